#include "models/payments/ImportPreviewModel.h"
#include "models/payments/OrgAdjustmentsModel.h"
#include "models/payments/OrgPayoutsModel.h"
#include "models/payments/OrgRequestsModel.h"
#include "models/payments/PaidPeriod.h"
#include "models/payments/PayoutsModel.h"
#include "services/core/Csv.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/MoneyEdit.h"
#include "ui/common/PersonPicker.h"
#include "ui/common/RecordTable.h"
#include "ui/common/ShortList.h"
#include "ui/dialogs/AdjustmentDialog.h"
#include "ui/dialogs/ManualPaymentDialog.h"
#include "ui/dialogs/PayRequestDialog.h"
#include "ui/dialogs/PayoutSettingsDialog.h"
#include "ui/dialogs/RejectRequestDialog.h"
#include "ui/dialogs/import/ImportPreviewPages.h"
#include "ui/dialogs/import/ImportResultsWizard.h"
#include "ui/pages/OrgDashboardPage.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/pages/ReconciliationPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
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
    void aManualPaymentIsConfirmedWithThePayableAfter_data() { backends(); }
    void aManualPaymentIsConfirmedWithThePayableAfter();
    void aDebitBelowZeroSaysSoBeforeItLands_data() { backends(); }
    void aDebitBelowZeroSaysSoBeforeItLands();
    void aBatchIsExportedAndTheProvidersFileReconciled_data() { backends(); }
    void aBatchIsExportedAndTheProvidersFileReconciled();
    void payoutSettingsKeepALockedCurrency_data() { backends(); }
    void payoutSettingsKeepALockedCurrency();
    void screenshots();

private:
    qint64 mapperRequests();
    /// `subject` signs in, is onboarded, earns `cents` and requests all of it; the request's id.
    qint64 personRequests(const QString &subject, const QString &osm, qint64 cents);
    /// Runs the import wizard on `path` to its last page: the summary it ends with.
    QString importThroughWizard(ui::ReconciliationPage &page, const QString &path,
        const std::function<void(ui::ImportResultsWizard &)> &atPreview);
    /// The primary button of `dialog`, pressed, and the confirmation answered Yes; its question.
    static QString confirmAndSend(ui::PersonMoneyDialog &dialog);
    /// Screenshots of Manual payment…, Adjustment… with its question, and the import wizard's
    /// columns and preview for the provider file at `path`.
    void shootForms(ui::ReconciliationPage &page, const QString &path, const QString &suffix,
        const QString &dir);
    /// A provider's result file for the pending requests: the first paid, the second with
    /// another amount, and an id Mikro never issued.
    QString writeProviderFile(const QString &dir);
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

qint64 tst_ReconciliationPages::personRequests(
    const QString &subject, const QString &osm, qint64 cents)
{
    if (post(subject, "/api/login", "{}").status != 200)
        return 0;
    onboard(subject, osm);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES ('org_devstack', '%1', 'mapping', %2, 'earned-%1', "
         "'2026-01-01T00:00:00Z')"_s.arg(subject)
             .arg(cents));
    const auto made = post(subject, "/api/transaction/submit_payment_request", "{}");
    return made.status == 200 ? json(made).value(u"request_id"_s).toInteger() : 0;
}

QString tst_ReconciliationPages::confirmAndSend(ui::PersonMoneyDialog &dialog)
{
    auto *primary = dialog.findChild<QPushButton *>(u"primaryButton"_s);
    if (!primary || !primary->isEnabled())
        return {};
    primary->click();
    if (!QTest::qWaitFor(
            [&] { return dialog.confirmation() && dialog.confirmation()->isVisible(); }))
        return {};
    QMessageBox *box = dialog.confirmation();
    QString question = box->text();
    box->button(QMessageBox::Yes)->click();
    return question;
}

QString tst_ReconciliationPages::importThroughWizard(ui::ReconciliationPage &page,
    const QString &path, const std::function<void(ui::ImportResultsWizard &)> &atPreview)
{
    page.findChild<QPushButton *>(u"importResultsButton"_s)->click();
    auto *wizard = dialogOf<ui::ImportResultsWizard>(page);
    if (!wizard)
        return u"no wizard"_s;
    if (const QStringList nameless = testing::namelessInFocusChain(*wizard); !nameless.isEmpty())
        return u"nameless: "_s + nameless.join(u", "_s);
    wizard->findChild<QLineEdit *>(u"importFilePath"_s)->setText(path);
    wizard->next();
    if (!QTest::qWaitFor(
            [&] { return wizard->currentId() == ui::ImportResultsWizard::ColumnsStep; }))
        return u"the file was not read"_s;
    wizard->next();
    auto *preview = wizard->previewPage();
    if (!QTest::qWaitFor([&] { return preview->isComplete(); }, 10000))
        return u"no preview"_s;
    if (const QStringList nameless = testing::namelessInFocusChain(*wizard); !nameless.isEmpty())
        return u"nameless: "_s + nameless.join(u", "_s);
    atPreview(*wizard);
    wizard->next();
    if (wizard->currentId() != ui::ImportResultsWizard::ResultStep) {
        if (!QTest::qWaitFor([&] { return preview->confirmation() != nullptr; }))
            return u"no confirmation"_s;
        preview->confirmation()->button(QMessageBox::Yes)->click();
    }
    if (!QTest::qWaitFor(
            [&] { return wizard->currentId() == ui::ImportResultsWizard::ResultStep; }, 10000))
        return u"never paid"_s;
    QString summary = wizard->findChild<QLabel *>(u"importSummary"_s)->text();
    const QPointer<ui::ImportResultsWizard> closing(wizard);
    wizard->accept();
    // Gone (it deletes itself on close) before the next wizard is looked for.
    if (!QTest::qWaitFor([&] { return closing.isNull(); }))
        return u"the wizard stayed open"_s;
    return summary;
}

void tst_ReconciliationPages::aManualPaymentIsConfirmedWithThePayableAfter()
{
    QFETCH(QString, name);
    QTranslator english; // the cards' plural forms come from mikro_en
    QVERIFY(testing::installMikroTranslation(english, u"en"_s));
    const auto removeEnglish = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    auto page = openPage<ui::ReconciliationPage>(name);
    QVERIFY(page);
    // The cards (UI.md §5.4): nothing requested, the mapper's $15.50 payable, nothing paid.
    QCOMPARE(testing::cardValue(*page, u"pendingRequestsCard"_s), u"0"_s);
    QCOMPARE(testing::cardValue(*page, u"payableNotRequestedCard"_s), u"$15.50"_s);
    QCOMPARE(testing::cardValue(*page, u"paidTotalCard"_s), u"$0.00"_s);
    page->findChild<QPushButton *>(u"manualPaymentButton"_s)->click();
    auto *dialog = dialogOf<ui::ManualPaymentDialog>(*page);
    QVERIFY(dialog);
    auto *picker = dialog->findChild<ui::PersonPicker *>(u"personPicker"_s);
    QCOMPARE(picker->count(), 2); // the admin and the mapper
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());
    QTest::keyClicks(picker->lineEdit(), u"Mia Mapper (mapper_osm) · "_s);
    picker->choose(Mapper);
    QVERIFY(dialog->person());
    QCOMPARE(dialog->findChild<QLabel *>(u"personPayable"_s)->text(), u"$15.50"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"paidTo"_s)->text(), u"mapper_osm@pay.example"_s);
    auto *amount = dialog->findChild<ui::MoneyEdit *>(u"moneyAmount"_s);
    auto *primary = dialog->findChild<QPushButton *>(u"primaryButton"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"transferReference"_s), u"CASH-1"_s);
    QTest::keyClicks(amount->lineEdit(), u"20"_s);
    QVERIFY(!primary->isEnabled()); // more than is owed
    QVERIFY(dialog->findChild<QLabel *>(u"amountWarning"_s)->text().contains(u"$15.50"_s));
    amount->lineEdit()->clear();
    QTest::keyClicks(amount->lineEdit(), u"5"_s);
    QVERIFY(primary->isEnabled());
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    const QString question = confirmAndSend(*dialog);
    QCOMPARE(question,
        u"Record a payment of $5.00 to Mia Mapper (mapper_osm) (mapper_osm@pay.example), "
        "reference CASH-1? Payable becomes $10.50."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty()
            && status.last().at(0).toString()
                == u"Payment recorded: $5.00 to Mia Mapper (mapper_osm)"_s,
        10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments WHERE request_id IS NULL AND amount_cents = "
                    "500 AND external_ref = 'CASH-1'"_s),
        1);
    QTRY_COMPARE_WITH_TIMEOUT(page->paymentsTable()->view()->model()->rowCount(), 1, 10000);
    // The payment says whom it paid, that no request was behind it, and which admin paid it.
    using Paid = models::OrgPayoutsModel;
    const QAbstractItemModel &payments = *page->paymentsTable()->view()->model();
    QCOMPARE(payments.index(0, Paid::Person).data().toString(), u"Mia Mapper (mapper_osm)"_s);
    QCOMPARE(payments.index(0, Paid::RequestNumber).data().toString(), u"Manual"_s);
    QCOMPARE(payments.index(0, Paid::PaidBy).data().toString(), u"Ada Admin"_s);
    QCOMPARE(payments.index(0, Paid::TransferReference).data().toString(), u"CASH-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        testing::cardValue(*page, u"payableNotRequestedCard"_s), u"$10.50"_s, 10000);
    QCOMPARE(testing::cardValue(*page, u"paidThisMonthCard"_s), u"$5.00"_s);
    QCOMPARE(testing::cardSubLine(*page, u"paidThisMonthCard"_s),
        u"1 payout · last month $0.00 (0 payouts)"_s);
    QCOMPARE(testing::cardValue(*page, u"paidTotalCard"_s), u"$5.00"_s);

    // The history's date range: paid today, so in this month and not in the last.
    auto *period = page->findChild<QComboBox *>(u"paidPeriodFilter"_s);
    auto *tabs = page->findChild<QTabWidget *>(u"reconciliationTabs"_s);
    const auto choose = [period](models::PaidPeriod wanted) {
        period->setCurrentIndex(period->findData(static_cast<int>(wanted)));
    };
    choose(models::PaidPeriod::LastMonth);
    QCOMPARE(payments.rowCount(), 0);
    QCOMPARE(tabs->tabText(1), u"Payments (0 of 1)"_s);
    choose(models::PaidPeriod::ThisMonth);
    QCOMPARE(payments.rowCount(), 1);
    QCOMPARE(tabs->tabText(1), u"Payments (1)"_s);
}

void tst_ReconciliationPages::aDebitBelowZeroSaysSoBeforeItLands()
{
    QFETCH(QString, name);
    auto page = openPage<ui::ReconciliationPage>(name);
    QVERIFY(page);
    page->findChild<QPushButton *>(u"adjustmentButton"_s)->click();
    auto *dialog = dialogOf<ui::AdjustmentDialog>(*page);
    QVERIFY(dialog);
    dialog->choosePerson(Mapper);
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());
    dialog->findChild<QRadioButton *>(u"debitChoice"_s)->click();
    auto *primary = dialog->findChild<QPushButton *>(u"primaryButton"_s);
    QTest::keyClicks(dialog->findChild<ui::MoneyEdit *>(u"moneyAmount"_s)->lineEdit(), u"20"_s);
    QVERIFY(!primary->isEnabled()); // a reason first
    QVERIFY(dialog->findChild<QLabel *>(u"amountWarning"_s)->text().contains(u"-$4.50"_s));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"adjustmentReason"_s), u"Paid twice"_s);
    QVERIFY(primary->isEnabled());
    const QString question = confirmAndSend(*dialog);
    QCOMPARE(question,
        u"Debit Mia Mapper (mapper_osm) $20.00? Payable becomes -$4.50.\nPayable becomes "
        "negative."_s);
    QVERIFY(!primary->isEnabled()); // until the answer: a second press cannot send it again
    const QPointer<ui::AdjustmentDialog> open(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjustment' AND "
                    "amount_cents = -2000 AND note = 'Paid twice'"_s),
        1);
    // The Adjustments tab lists it: whose, signed, why and by whom.
    using Adjusted = models::OrgAdjustmentsModel;
    const QAbstractItemModel &adjustments = *page->adjustmentsTable()->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(adjustments.rowCount(), 1, 10000);
    QCOMPARE(
        adjustments.index(0, Adjusted::Person).data().toString(), u"Mia Mapper (mapper_osm)"_s);
    QCOMPARE(adjustments.index(0, Adjusted::Amount).data().toString(), u"-$20.00"_s);
    QCOMPARE(adjustments.index(0, Adjusted::Reason).data().toString(), u"Paid twice"_s);
    QCOMPARE(adjustments.index(0, Adjusted::By).data().toString(), u"Ada Admin"_s);
    auto *tabs = page->findChild<QTabWidget *>(u"reconciliationTabs"_s);
    QCOMPARE(tabs->tabText(2), u"Adjustments (1)"_s);
}

void tst_ReconciliationPages::aBatchIsExportedAndTheProvidersFileReconciled()
{
    QFETCH(QString, name);
    const qint64 mapper = mapperRequests();
    const qint64 validator = personRequests(testing::Validator, u"validator_osm"_s, 1200);
    const qint64 other = personRequests(u"auth0|devstack-mapper-2"_s, u"second_osm"_s, 800);
    QVERIFY(mapper > 0 && validator > 0 && other > 0);
    // In English as an English-speaking admin sees it (the plural forms come from mikro_en).
    QTranslator english;
    QVERIFY(testing::installMikroTranslation(english, u"en"_s));
    const auto removeEnglish = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    auto page = openPage<ui::ReconciliationPage>(name);
    QVERIFY(page);
    QCOMPARE(page->pendingTable()->view()->model()->rowCount(), 3);

    // Export: the save dialog, then the file, the status line, nothing changed.
    QTemporaryDir dir;
    const QString batchPath = dir.filePath(u"batch.csv"_s);
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    page->findChild<QPushButton *>(u"exportBatchButton"_s)->click();
    QFileDialog *save = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        save = page->findChild<QFileDialog *>();
        return save && save->isVisible();
    }));
    QVERIFY(save->selectedFiles().value(0).contains(u"mikro-payout-batch-"_s));
    // Typed into the dialog's file name, as a person would.
    auto *fileName = save->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(fileName);
    fileName->setText(batchPath);
    static_cast<QDialog *>(save)->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 10000);
    QCOMPARE(status.last().at(0).toString(), u"Exported 3 requests ($35.50)"_s);
    QFile batchFile(batchPath);
    QVERIFY(batchFile.open(QIODevice::ReadOnly));
    const auto batch = core::parseCsv(batchFile.readAll());
    QVERIFY(batch.ok());
    QCOMPARE(batch.value().size(), 4);
    QCOMPARE(batch.value().at(0),
        (QStringList { u"email"_s, u"amount"_s, u"currency"_s, u"request_id"_s, u"note"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending'"_s), 3);

    // The provider's answer, as a provider writes it: its own column names and order; the
    // mapper paid, the validator paid another amount, and an id Mikro never issued.
    QString result = u"Transaction ID,Payee Email,Request ID,Amount,Currency,Status\r\n"_s;
    for (const QStringList &row : batch.value().mid(1)) {
        const qint64 id = row.at(3).toLongLong();
        if (id == mapper)
            result += u"TX-A,%1,%2,%3,USD,Completed\r\n"_s.arg(row.at(0), row.at(3), row.at(1));
        else if (id == validator)
            result += u"TX-B,%1,%2,9.99,USD,Completed\r\n"_s.arg(row.at(0), row.at(3));
    }
    result += u"TX-C,ghost@pay.example,987654,3.00,USD,Completed\r\n"_s;
    const QString resultPath = dir.filePath(u"provider.csv"_s);
    QFile resultFile(resultPath);
    QVERIFY(resultFile.open(QIODevice::WriteOnly));
    resultFile.write(result.toUtf8());
    resultFile.close();

    const QString summary
        = importThroughWizard(*page, resultPath, [&](ui::ImportResultsWizard &wizard) {
              QAbstractItemModel &rows = *wizard.previewPage()->table()->view()->model();
              QCOMPARE(rows.rowCount(), 3);
              using C = models::ImportPreviewModel;
              QCOMPARE(rows.index(0, C::Result).data().toString(), u"Match"_s);
              QCOMPARE(rows.index(1, C::Result).data().toString(), u"Amount differs"_s);
              QCOMPARE(rows.index(1, C::FileAmount).data().toString(), u"9.99"_s);
              QCOMPARE(rows.index(1, C::Requested).data().toString(), u"$12.00"_s);
              QCOMPARE(rows.index(2, C::Result).data().toString(), u"Unknown request"_s);
              QCOMPARE(wizard.findChild<QLabel *>(u"previewTotals"_s)->text(),
                  u"1 match, $15.50 · 1 needs a decision · 1 skipped"_s);
              QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0); // a preview pays nothing
          });
    QCOMPARE(summary, u"1 paid ($15.50) · 2 skipped"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments WHERE external_ref = 'TX-A' AND "
                    "amount_cents = 1550"_s),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending'"_s), 2);
    // The page follows: two pending, one payment; the mapper sees the payment as theirs.
    QTRY_COMPARE_WITH_TIMEOUT(page->pendingTable()->view()->model()->rowCount(), 2, 10000);
    QCOMPARE(page->paymentsTable()->view()->model()->rowCount(), 1);
    const QJsonObject own = json(post(Mapper, "/api/transaction/fetch_user_transactions", "{}"));
    QCOMPARE(own.value(u"payments"_s).toArray().size(), 1);
    QCOMPARE(
        own.value(u"payments"_s).toArray().at(0).toObject().value(u"payoneer_id"_s), u"TX-A"_s);
    // On screen too: the mapper's own Payments page lists it, and the admin dashboard shows it
    // paid out this month, with the two requests still pending.
    const auto mappers = openPageAs<ui::PaymentsPage>(Mapper);
    QVERIFY(mappers.page);
    QAbstractItemModel &payouts = *mappers.page->payoutsTable()->view()->model();
    QCOMPARE(payouts.rowCount(), 1);
    QCOMPARE(
        payouts.index(0, models::PayoutsModel::TransferReference).data().toString(), u"TX-A"_s);
    auto overview = openPage<ui::OrgDashboardPage>(name);
    QVERIFY(overview);
    QCOMPARE(testing::cardValue(*overview, u"orgPaidCard"_s), u"$15.50"_s);
    QCOMPARE(testing::cardSubLine(*overview, u"orgPaidCard"_s), u"$15.50 this month"_s);
    QCOMPARE(testing::cardSubLine(*overview, u"orgPendingCard"_s), u"2 requests"_s);
    QVERIFY(overview->payoutsList()->lines().value(0).contains(u"$15.50"_s));
    overview.reset();

    // The same file again: already paid, nothing more.
    const QString again = importThroughWizard(
        *page, resultPath, [&](ui::ImportResultsWizard &wizard) {
            QCOMPARE(
                wizard.previewPage()->table()->view()->model()->index(0, 6).data().toString().left(
                    14),
                u"Already paid ("_s);
        });
    QCOMPARE(again, u"Nothing was paid. · 2 skipped · 1 already paid before"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
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

void tst_ReconciliationPages::payoutSettingsKeepALockedCurrency()
{
    QFETCH(QString, name);
    auto page = openPage<ui::ReconciliationPage>(name);
    QVERIFY(page);
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    page->findChild<QPushButton *>(u"payoutSettingsButton"_s)->click();
    auto *dialog = dialogOf<ui::PayoutSettingsDialog>(*page);
    QVERIFY(dialog);
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());
    // The mapper's earnings are in the ledger: the currency stays, and says why.
    auto *currency = dialog->findChild<QLineEdit *>(u"currencyEdit"_s);
    QVERIFY(!currency->isEnabled());
    QCOMPARE(currency->text(), u"USD"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"currencyNote"_s)->text().contains(u"USD"_s));
    auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(!save->isEnabled()); // nothing changed yet
    QLineEdit *minimum = dialog->findChild<ui::MoneyEdit *>(u"minimumPayoutEdit"_s)->lineEdit();
    minimum->clear();
    QTest::keyClicks(minimum, u"-1"_s);
    QVERIFY(!save->isEnabled()); // never below zero
    minimum->clear();
    QTest::keyClicks(minimum, u"25"_s);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT min_payout_cents FROM orgs WHERE id = 'org_devstack'"_s), 2500, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 10000);
    QCOMPARE(status.last().at(0).toString(), u"Payout settings saved: minimum payout $25.00"_s);
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
    using Column = models::OrgRequestsModel;
    QCOMPARE(pending.index(0, Column::Amount).data().toString(), u"$15.50"_s);
    QVERIFY(pending.index(0, Column::Person).data().toString().contains(u"(mapper_osm)"_s));
    QCOMPARE(page->findChild<QTabWidget *>(u"reconciliationTabs"_s)->tabText(0),
        u"Requests (1 pending)"_s);
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
    // It is history now: Rejected shows it with who decided and why; Pay and Reject stay off.
    auto *status = page->findChild<QComboBox *>(u"requestStatusFilter"_s);
    status->setCurrentIndex(2); // Rejected
    QAbstractItemModel &shown = *page->pendingTable()->view()->model();
    QCOMPARE(shown.rowCount(), 1);
    using Column = models::OrgRequestsModel;
    QCOMPARE(shown.index(0, Column::Status).data().toString(), u"Rejected"_s);
    QCOMPARE(shown.index(0, Column::DecidedBy).data().toString(), u"Ada Admin"_s);
    QCOMPARE(
        shown.index(0, Column::DecisionNote).data().toString(), u"The payment email bounced"_s);
    page->pendingTable()->view()->setCurrentIndex(shown.index(0, 0));
    QVERIFY(!page->findChild<QPushButton *>(u"payRequestButton"_s)->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(u"rejectRequestButton"_s)->isEnabled());
    status->setCurrentIndex(1); // Paid: none
    QCOMPARE(shown.rowCount(), 0);
}

QString tst_ReconciliationPages::writeProviderFile(const QString &dir)
{
    const qint64 mapper = scalar(
        u"SELECT id FROM payment_requests WHERE user_id = '%1' AND status = 'pending'"_s.arg(
            Mapper));
    const qint64 validator = scalar(
        u"SELECT id FROM payment_requests WHERE user_id = '%1' AND status = 'pending'"_s.arg(
            testing::Validator));
    QString path = dir + u"/provider.csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(u"Transaction ID,Payee Email,Request ID,Amount,Currency,Status\n"
               "TX-A,mapper_osm@pay.example,%1,15.50,USD,Completed\n"
               "TX-B,validator_osm@pay.example,%2,9.99,USD,Completed\n"
               "TX-C,ghost@pay.example,987654,3.00,USD,Completed\n"_s.arg(mapper)
                   .arg(validator)
                   .toUtf8());
    return path;
}

void tst_ReconciliationPages::shootForms(
    ui::ReconciliationPage &page, const QString &path, const QString &suffix, const QString &dir)
{
    page.findChild<QPushButton *>(u"manualPaymentButton"_s)->click();
    auto *manual = dialogOf<ui::ManualPaymentDialog>(page);
    QVERIFY(manual);
    manual->choosePerson(u"auth0|devstack-mapper-2"_s);
    QTest::keyClicks(manual->findChild<ui::MoneyEdit *>(u"moneyAmount"_s)->lineEdit(), u"5"_s);
    QTest::keyClicks(manual->findChild<QLineEdit *>(u"transferReference"_s), u"CASH-1"_s);
    QCoreApplication::processEvents();
    QVERIFY(testing::saveScreenshot(*manual, u"manual-payment"_s + suffix, dir));
    manual->reject();

    page.findChild<QPushButton *>(u"adjustmentButton"_s)->click();
    auto *adjust = dialogOf<ui::AdjustmentDialog>(page);
    QVERIFY(adjust);
    adjust->choosePerson(Mapper);
    adjust->findChild<QRadioButton *>(u"debitChoice"_s)->click();
    QTest::keyClicks(adjust->findChild<ui::MoneyEdit *>(u"moneyAmount"_s)->lineEdit(), u"20"_s);
    QTest::keyClicks(adjust->findChild<QLineEdit *>(u"adjustmentReason"_s), u"Paid twice"_s);
    QCoreApplication::processEvents();
    QVERIFY(testing::saveScreenshot(*adjust, u"adjustment"_s + suffix, dir));
    adjust->findChild<QPushButton *>(u"primaryButton"_s)->click();
    QVERIFY(QTest::qWaitFor([&] { return adjust->confirmation() != nullptr; }));
    QCoreApplication::processEvents();
    QVERIFY(
        testing::saveScreenshot(*adjust->confirmation(), u"adjustment-confirm"_s + suffix, dir));
    adjust->confirmation()->button(QMessageBox::Cancel)->click();
    adjust->reject();

    page.findChild<QPushButton *>(u"payoutSettingsButton"_s)->click();
    auto *settings = dialogOf<ui::PayoutSettingsDialog>(page);
    QVERIFY(settings);
    QVERIFY(testing::saveScreenshot(*settings, u"payout-settings"_s + suffix, dir));
    settings->reject();

    page.findChild<QPushButton *>(u"importResultsButton"_s)->click();
    auto *wizard = dialogOf<ui::ImportResultsWizard>(page);
    QVERIFY(wizard);
    QVERIFY(testing::saveScreenshot(*wizard, u"import-file"_s + suffix, dir));
    wizard->findChild<QLineEdit *>(u"importFilePath"_s)->setText(path);
    wizard->next();
    QVERIFY(QTest::qWaitFor(
        [&] { return wizard->currentId() == ui::ImportResultsWizard::ColumnsStep; }));
    QVERIFY(testing::saveScreenshot(*wizard, u"import-columns"_s + suffix, dir));
    wizard->next();
    QVERIFY(QTest::qWaitFor([&] { return wizard->previewPage()->isComplete(); }, 10000));
    QCoreApplication::processEvents();
    QVERIFY(testing::saveScreenshot(*wizard, u"import-preview"_s + suffix, dir));
    wizard->reject();
}

void tst_ReconciliationPages::screenshots()
{
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    QVERIFY(mapperRequests() > 0);
    QVERIFY(personRequests(testing::Validator, u"validator_osm"_s, 1200) > 0);
    // Someone with money owed and no request yet, for the manual payment.
    QCOMPARE(post(u"auth0|devstack-mapper-2"_s, "/api/login", "{}").status, 200);
    onboard(u"auth0|devstack-mapper-2"_s, u"second_osm"_s);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES ('org_devstack', 'auth0|devstack-mapper-2', 'mapping', 4200, 'e2', "
         "'2026-01-01T00:00:00Z')"_s);
    // A manual payment and two adjustments, for the Payments and Adjustments tabs.
    const QByteArray second = R"("user_id":"auth0|devstack-mapper-2")";
    QCOMPARE(
        post(Admin, "/api/transaction/create_transaction",
            "{" + second
                + R"(,"transaction_type":"payment","amount":"12.00","payoneer_id":"PAYONEER-41","notes":"Cash at the office"})")
            .status,
        200);
    QCOMPARE(post(Admin, "/api/transaction/create_adjustment",
                 "{" + second + R"(,"amount":"5.00","reason":"Flood response bonus"})")
                 .status,
        200);
    QCOMPARE(post(Admin, "/api/transaction/create_adjustment",
                 "{" + second + R"(,"amount":"-1.50","reason":"Task 12 paid twice"})")
                 .status,
        200);
    const QString providerFile = writeProviderFile(dir.path());
    QVERIFY(!providerFile.isEmpty());
    QTranslator english; // English plural forms, as people see them
    QVERIFY(testing::installMikroTranslation(english, u"en"_s));
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto page = openPage<ui::ReconciliationPage>(u"http"_s);
        QVERIFY(page);
        page->pendingTable()->view()->setCurrentIndex(
            page->pendingTable()->view()->model()->index(0, 0));
        QVERIFY(testing::saveScreenshot(*page, u"admin-payments"_s + scheme, dir.path()));
        auto *tabs = page->findChild<QTabWidget *>(u"reconciliationTabs"_s);
        tabs->setCurrentIndex(1);
        QVERIFY(testing::saveScreenshot(*page, u"admin-payments-history"_s + scheme, dir.path()));
        tabs->setCurrentIndex(2);
        QVERIFY(
            testing::saveScreenshot(*page, u"admin-payments-adjustments"_s + scheme, dir.path()));
        tabs->setCurrentIndex(0);
        page->findChild<QPushButton *>(u"payRequestButton"_s)->click();
        auto *dialog = dialogOf<ui::PayRequestDialog>(*page);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"transferReference"_s), u"PAYONEER-77"_s);
        QVERIFY(testing::saveScreenshot(*dialog, u"pay-request"_s + scheme, dir.path()));
        dialog->reject();
        shootForms(*page, providerFile, scheme, dir.path());
        QVERIFY(!QTest::currentTestFailed());
    }
    QCoreApplication::removeTranslator(&english);
    QApplication::setPalette(testing::uiPalette(false));
    QTranslator spanish;
    QVERIFY(testing::installMikroTranslation(spanish, u"es"_s));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto page = openPage<ui::ReconciliationPage>(u"http"_s);
    QVERIFY(page);
    QVERIFY(testing::saveScreenshot(*page, u"admin-payments-es"_s, dir.path()));
    shootForms(*page, providerFile, u"-es"_s, dir.path());
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale::c());
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_ReconciliationPages)
#include "tst_ReconciliationPages.moc"
