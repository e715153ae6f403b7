#include "models/payments/PendingRequestsModel.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/MoneyEdit.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/PayRequestDialog.h"
#include "ui/dialogs/RejectRequestDialog.h"
#include "ui/pages/ReconciliationPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// Payments for an admin (UI.md §5.4) driven as an admin would — pick the oldest request, pay it
/// with the provider's reference and an amount that may not exceed the request, reject another
/// with a reason — through both backends of services/client, both engines; the money is checked
/// in the store after each step.
class tst_ReconciliationPages : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startPageSuite(); }
    void init();
    void cleanup() { stopPages(); }
    void aRequestIsPaidWithNoMoreThanWasAsked_data() { backends(); }
    void aRequestIsPaidWithNoMoreThanWasAsked();
    void aRequestIsRejectedWithItsReason_data() { backends(); }
    void aRequestIsRejectedWithItsReason();
    void screenshots();

private:
    qint64 mapperRequests();
    template <typename Dialog>
    [[nodiscard]] static Dialog *dialogOf(ui::ReconciliationPage &page);
};

void tst_ReconciliationPages::init()
{
    startBackends(Admin);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    m_session = std::make_unique<client::Session>();
    QSettings().remove(u"tables"_s);
}

qint64 tst_ReconciliationPages::mapperRequests()
{
    const auto made
        = post(Mapper, "/api/transaction/submit_payment_request", R"({"notes":"for November"})");
    return made.status == 200 ? json(made).value(u"request_id"_s).toInteger() : 0;
}

template <typename Dialog>
Dialog *tst_ReconciliationPages::dialogOf(ui::ReconciliationPage &page)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = page.findChild<Dialog *>();
        return dialog != nullptr && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void tst_ReconciliationPages::aRequestIsPaidWithNoMoreThanWasAsked()
{
    QFETCH(QString, name);
    const qint64 request = mapperRequests();
    QVERIFY(request > 0);
    auto page = openPage<ui::ReconciliationPage>(name);
    QVERIFY(page);
    QAbstractItemModel &pending = *page->pendingTable()->view()->model();
    QCOMPARE(pending.rowCount(), 1);
    using Column = models::PendingRequestsModel;
    QCOMPARE(pending.index(0, Column::Amount).data().toString(), u"$15.50"_s);
    QVERIFY(pending.index(0, Column::Person).data().toString().contains(u"(mapper_osm)"_s));
    QCOMPARE(page->findChild<QTabWidget *>(u"reconciliationTabs"_s)->tabText(0),
        u"Pending requests (1)"_s);
    page->pendingTable()->view()->setCurrentIndex(pending.index(0, 0));
    auto *payButton = page->findChild<QPushButton *>(u"payRequestButton"_s);
    QVERIFY(payButton->isEnabled());
    payButton->click();
    auto *dialog = dialogOf<ui::PayRequestDialog>(*page);
    QVERIFY(dialog);
    auto *pay = dialog->findChild<QPushButton *>(u"payButton"_s);
    auto *amount = dialog->findChild<ui::MoneyEdit *>(u"paymentAmount"_s);
    QCOMPARE(amount->value(), std::optional(core::Money(1550))); // the request's by default
    QVERIFY(!pay->isEnabled()); // no reference yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"transferReference"_s), u"PAYONEER-77"_s);
    QVERIFY(pay->isEnabled());
    QCOMPARE(pay->text(), u"Pay $15.50 to Mia Mapper (mapper_osm)"_s);
    // Never more than was asked: the field says so and the button waits.
    amount->lineEdit()->clear();
    QTest::keyClicks(amount->lineEdit(), u"15.51"_s);
    QVERIFY(!pay->isEnabled());
    QCOMPARE(amount->problem(), u"Enter at most $15.50."_s);
    amount->lineEdit()->clear();
    QTest::keyClicks(amount->lineEdit(), u"10"_s);
    QCOMPARE(pay->text(), u"Pay $10.00 to Mia Mapper (mapper_osm)"_s);
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    pay->click();
    QVERIFY(!pay->isEnabled()); // until the answer
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty()
            && status.last().at(0).toString()
                == u"Request paid: $10.00 to Mia Mapper (mapper_osm)"_s,
        10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments WHERE amount_cents = 1000 AND external_ref = "
                    "'PAYONEER-77'"_s),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'paid'"_s), 1);
    // The page reads the organisation again: nothing pending, one payment.
    QTRY_COMPARE_WITH_TIMEOUT(pending.rowCount(), 0, 10000);
    QCOMPARE(page->paymentsTable()->view()->model()->rowCount(), 1);
    QVERIFY(!payButton->isEnabled());
}

void tst_ReconciliationPages::aRequestIsRejectedWithItsReason()
{
    QFETCH(QString, name);
    const qint64 request = mapperRequests();
    QVERIFY(request > 0);
    auto page = openPage<ui::ReconciliationPage>(name);
    QVERIFY(page);
    page->pendingTable()->view()->setCurrentIndex(
        page->pendingTable()->view()->model()->index(0, 0));
    page->findChild<QPushButton *>(u"rejectRequestButton"_s)->click();
    auto *dialog = dialogOf<ui::RejectRequestDialog>(*page);
    QVERIFY(dialog);
    auto *reject = dialog->findChild<QPushButton *>(u"rejectButton"_s);
    QVERIFY(!reject->isEnabled()); // a reason first
    QTest::keyClicks(
        dialog->findChild<QPlainTextEdit *>(u"rejectReason"_s), u"The payment email bounced"_s);
    QVERIFY(reject->isEnabled());
    reject->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'rejected'"_s), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->pendingTable()->view()->model()->rowCount(), 0, 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
}

void tst_ReconciliationPages::screenshots()
{
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    QVERIFY(mapperRequests() > 0);
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto page = openPage<ui::ReconciliationPage>(u"http"_s);
        QVERIFY(page);
        page->pendingTable()->view()->setCurrentIndex(
            page->pendingTable()->view()->model()->index(0, 0));
        QVERIFY(testing::saveScreenshot(*page, u"admin-payments"_s + scheme, dir.path()));
        page->findChild<QPushButton *>(u"payRequestButton"_s)->click();
        auto *dialog = dialogOf<ui::PayRequestDialog>(*page);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"transferReference"_s), u"PAYONEER-77"_s);
        QVERIFY(testing::saveScreenshot(*dialog, u"pay-request"_s + scheme, dir.path()));
        dialog->reject();
    }
    QApplication::setPalette(testing::uiPalette(false));
    QTranslator spanish;
    QVERIFY(testing::installMikroTranslation(spanish, u"es"_s));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto page = openPage<ui::ReconciliationPage>(u"http"_s);
    QVERIFY(page);
    QVERIFY(testing::saveScreenshot(*page, u"admin-payments-es"_s, dir.path()));
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale::c());
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_ReconciliationPages)
#include "tst_ReconciliationPages.moc"
