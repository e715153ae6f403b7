#include "models/ItemRoles.h"
#include "models/payments/LedgerModel.h"
#include "models/payments/PayoutRequestsModel.h"
#include "services/client/AccountClient.h"
#include "services/client/ChecklistsClient.h"
#include "services/client/DashboardsClient.h"
#include "services/client/PayoutsClient.h"
#include "services/client/Session.h"
#include "tests/integration/client/BackendPair.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/charts/EarningsDonut.h"
#include "ui/common/Banner.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/RequestPayoutDialog.h"
#include "ui/pages/AccountPage.h"
#include "ui/pages/DashboardLists.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/LedgerPanel.h"
#include "ui/pages/PaymentsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::cardSubLine;
using testing::cardValue;
using testing::Mapper;

namespace {

QString money(qint64 cents)
{
    return core::formatMoney(core::Money(cents), u"USD"_s, QLocale());
}

/// The dialog the page opened, once it is on screen.
template <typename Dialog>
Dialog *openedDialog(QWidget &page)
{
    Dialog *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        for (Dialog *d : page.findChildren<Dialog *>())
            if (d->isVisible())
                found = d;
        return found != nullptr;
    });
    return shown ? found : nullptr;
}

} // namespace

/// A person's own pages (UI.md §1.6, §3.1, §3.3) driven as a person would — reading the cards,
/// pressing the buttons, filling the dialogs — through both backends of services/client: a real
/// mikro-server on loopback and in process, each on both engines. Each page shows exactly the
/// figures the API gives for the same person.
class tst_PersonPages : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startPageSuite(); }
    void init();
    void cleanup() { stopPages(); }
    void dashboardShowsTheApiFigures_data() { backends(); }
    void dashboardShowsTheApiFigures();
    void dashboardListsMyProjectsAndWhatIsToDo_data() { backends(); }
    void dashboardListsMyProjectsAndWhatIsToDo();
    void dashboardKeepsItsFiguresWhenAListFails_data() { backends(); }
    void dashboardKeepsItsFiguresWhenAListFails();
    void aPayoutIsRequestedAndCancelledFromThePaymentsPage_data() { backends(); }
    void aPayoutIsRequestedAndCancelledFromThePaymentsPage();
    void aRefusedRequestKeepsTheDialogOpenWithTheReason();
    void belowTheMinimumTheButtonSaysWhy();
    void theLedgerLoadsAPageAtATime_data() { backends(); }
    void theLedgerLoadsAPageAtATime();
    void accountShowsTheProfileAsStored_data() { backends(); }
    void accountShowsTheProfileAsStored();
    void ownDetailsAreEditedWithTheConfirmations();
    void tablesKeepTheirColumnsAndOrder();
    void screenshots();

private:
    /// A project the mapper is on that requires a training they have not passed, and a
    /// checklist they started: the dashboard's lists have a line of each.
    void seedWorkToDo();
};

void tst_PersonPages::init()
{
    startBackends(Mapper);
    onboard(Mapper, u"mapper_osm"_s);
    m_session = std::make_unique<client::Session>();
    m_opened.clear();
    QSettings().remove(u"tables"_s); // every test starts from the default columns
}

void tst_PersonPages::dashboardShowsTheApiFigures()
{
    QFETCH(QString, name);
    auto page = openPage<ui::DashboardPage>(name);
    QVERIFY(page);
    const auto balance = testing::awaitClient(backend(u"http"_s).payouts().balance());
    const auto dash = testing::awaitClient(backend(u"http"_s).dashboards().person(
        QTimeZone::systemTimeZone(), QLocale().firstDayOfWeek()));
    QVERIFY(balance.ok() && dash.ok());
    QCOMPARE(cardValue(*page, u"payableCard"_s), money(balance.value().payable.cents()));
    QCOMPARE(cardValue(*page, u"payableCard"_s), money(1550));
    QCOMPARE(cardValue(*page, u"earnedCard"_s), money(1550));
    QCOMPARE(cardValue(*page, u"pendingCard"_s), money(0));
    QCOMPARE(cardSubLine(*page, u"pendingCard"_s), u"No open request"_s);
    QCOMPARE(cardValue(*page, u"paidCard"_s), money(0));
    QCOMPARE(cardValue(*page, u"mappedCard"_s), QString::number(dash.value().tasksMapped));
    QCOMPARE(
        cardSubLine(*page, u"mappedCard"_s), u"%1 this month"_s.arg(dash.value().tasksThisMonth));
    QCOMPARE(cardValue(*page, u"projectsCard"_s), QString::number(dash.value().activeProjects));
    // The donut's centre is the sum of its parts: the earnings by kind, adjustments included.
    QCOMPARE(page->findChild<ui::EarningsDonut *>()->centreText(), money(1550));
    auto *request = page->findChild<QPushButton *>(u"requestPayoutButton"_s);
    QVERIFY(request->isEnabled());
    QCOMPARE(page->updatedText().left(8), u"Updated "_s);
}

void tst_PersonPages::seedWorkToDo()
{
    seedSyncedProject(501);
    const qint64 training = createRoadsTraining();
    exec(u"INSERT INTO project_trainings (project_id, training_id) VALUES (501, %1)"_s.arg(
        training));
    QVERIFY(testing::awaitClient(m_local->checklists().start(createRoadQaChecklist())).ok());
}

void tst_PersonPages::dashboardListsMyProjectsAndWhatIsToDo()
{
    QFETCH(QString, name);
    seedWorkToDo();
    QVERIFY(!QTest::currentTestFailed());
    const auto requested = testing::awaitClient(m_local->payouts().requestPayout({}));
    QVERIFY(requested.ok());
    QCOMPARE(post(testing::Admin, "/api/transaction/reject_payment_request",
                 u"{\"request_id\":%1,\"reason\":\"Wrong payment email\"}"_s
                     .arg(requested.value().requestId)
                     .toUtf8())
                 .status,
        200);

    auto page = openPage<ui::DashboardPage>(name);
    QVERIFY(page);
    QCOMPARE(cardSubLine(*page, u"projectsCard"_s), u"1 need training"_s);
    ui::DashboardLists &lists = *page->lists();
    QCOMPARE(lists.projects()->topLevelItemCount(), 1);
    QCOMPARE(lists.projects()->topLevelItem(0)->text(0), u"Roads"_s);
    QCOMPARE(lists.toDoLines(),
        (QStringList { u"Pass “Roads 101” (required for Roads)"_s,
            u"Road QA: 0 of 2 items done · due %1"_s.arg(
                QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat)),
            u"Your request for %1 was rejected: Wrong payment email"_s.arg(money(1550)) }));
    QSignalSpy training(page.get(), &ui::DashboardPage::trainingPageRequested);
    emit lists.toDo()->itemActivated(lists.toDo()->item(0));
    QCOMPARE(training.size(), 1);
    QTest::mouseClick(page->findChild<QPushButton *>(u"openProjectButton"_s), Qt::LeftButton);
    QCOMPARE(m_opened, QList<QUrl> { QUrl(u"https://tasks.example/projects/501"_s) });
}

void tst_PersonPages::dashboardKeepsItsFiguresWhenAListFails()
{
    QFETCH(QString, name);
    // A real fault in the store behind both backends: the checklists' items cannot be read, so
    // the checklists list fails while the money figures still answer.
    exec(u"ALTER TABLE checklist_items RENAME TO checklist_items_gone"_s);
    auto restore = qScopeGuard(
        [this] { exec(u"ALTER TABLE checklist_items_gone RENAME TO checklist_items"_s); });
    auto page = openPage<ui::DashboardPage>(name);
    QVERIFY(page);
    QCOMPARE(cardValue(*page, u"payableCard"_s), money(1550));
    auto *banner = page->findChild<ui::Banner *>(u"banner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().startsWith(
                 u"Your figures are current, but some of your lists could not be loaded"_s),
        qPrintable(banner->message()));
    QVERIFY(page->findChild<QPushButton *>(u"requestPayoutButton"_s)->isEnabled());
    if (name == u"http"_s) {
        QTemporaryDir dir;
        for (const bool dark : { false, true }) {
            QApplication::setPalette(testing::uiPalette(dark));
            QVERIFY(testing::saveScreenshot(*page,
                dark ? u"dashboard-list-failed-dark"_s : u"dashboard-list-failed-light"_s,
                dir.path()));
        }
        QApplication::setPalette(testing::uiPalette(false));
    }
    // Once the store is whole again, "Try again" brings the lists and drops the warning.
    restore.dismiss();
    exec(u"ALTER TABLE checklist_items_gone RENAME TO checklist_items"_s);
    page->refresh();
    QTRY_VERIFY(!page->isLoading());
    QVERIFY(banner->isHidden());
}

void tst_PersonPages::aPayoutIsRequestedAndCancelledFromThePaymentsPage()
{
    QFETCH(QString, name);
    auto page = openPage<ui::PaymentsPage>(name);
    QVERIFY(page);
    QSignalSpy messages(page.get(), &ui::Page::statusMessage);
    QCOMPARE(page->requestsTable()->view()->model()->rowCount(), 0);
    QCOMPARE(
        page->findChild<QLabel *>(u"requestsTableEmpty"_s)->text(), u"No payout requests yet"_s);

    QTest::mouseClick(page->findChild<QPushButton *>(u"requestPayoutButton"_s), Qt::LeftButton);
    QPointer<ui::RequestPayoutDialog> dialog = openedDialog<ui::RequestPayoutDialog>(*page);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(u"payoutAmount"_s)->text(), money(1550));
    QCOMPARE(dialog->findChild<QLabel *>(u"paidTo"_s)->text(), u"mapper_osm@pay.example"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"payoutNote"_s), u"for November"_s);
    auto *submit = dialog->findChild<QPushButton *>(u"requestButton"_s);
    QCOMPARE(submit->text(), u"Request %1"_s.arg(money(1550)));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // accepted, then deleted on close
    QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, 5000);
    QCOMPARE(messages.first().first().toString(), u"Payout of %1 requested"_s.arg(money(1550)));

    // The server has it, and the page reloaded by itself (the change feed).
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending' AND "
                    "amount_cents = 1550 AND notes = 'for November'"_s),
        1);
    QTRY_COMPARE_WITH_TIMEOUT(page->requestsTable()->view()->model()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cardValue(*page, u"pendingCard"_s), money(1550), 10000);
    QCOMPARE(cardValue(*page, u"payableCard"_s), money(0));
    auto *view = page->requestsTable()->view();
    QCOMPARE(view->model()->index(0, models::PayoutRequestsModel::Status).data().toString(),
        u"Pending"_s);
    QVERIFY(!page->findChild<QPushButton *>(u"requestPayoutButton"_s)->isEnabled());

    // The search finds it by its note, whatever the case; a search that matches nothing says so.
    auto *search = page->requestsTable()->searchBox();
    QVERIFY(search->isVisible());
    QTest::keyClicks(search, u"NOVEMBER"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, u"december"_s);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QCOMPARE(page->findChild<QLabel *>(u"requestsTableEmpty"_s)->text(),
        u"Nothing matches “december”."_s);
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), 1);

    // Cancel it: select the row, Cancel request…, confirm.
    auto *cancel = page->findChild<QPushButton *>(u"cancelRequestButton"_s);
    QVERIFY(!cancel->isEnabled());
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *confirm = openedDialog<QMessageBox>(*page);
    QVERIFY(confirm);
    QCOMPARE(confirm->text(),
        u"Cancel your request for %1? It returns to your payable balance."_s.arg(money(1550)));
    QCOMPARE(confirm->defaultButton()->text(), u"Keep request"_s);
    QPushButton *yes = nullptr;
    for (QAbstractButton *b : confirm->buttons())
        if (b->text() == u"Cancel request"_s)
            yes = qobject_cast<QPushButton *>(b);
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'cancelled'"_s), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cardValue(*page, u"payableCard"_s), money(1550), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        view->model()->index(0, models::PayoutRequestsModel::Status).data().toString(),
        u"Cancelled"_s, 5000);
}

void tst_PersonPages::aRefusedRequestKeepsTheDialogOpenWithTheReason()
{
    auto page = openPage<ui::PaymentsPage>(u"http"_s);
    QVERIFY(page);
    QTest::mouseClick(page->findChild<QPushButton *>(u"requestPayoutButton"_s), Qt::LeftButton);
    auto *dialog = openedDialog<ui::RequestPayoutDialog>(*page);
    QVERIFY(dialog);
    // Meanwhile the same person asked from elsewhere: this one is refused by the server.
    QVERIFY(testing::awaitClient(m_local->payouts().requestPayout(u"elsewhere"_s)).ok());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"payoutNote"_s), u"mine"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"requestButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<ui::Banner *>()->isHidden(), 10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"payoutNote"_s)->toPlainText(), u"mine"_s);
    QVERIFY(dialog->findChild<QPushButton *>(u"requestButton"_s)->isEnabled());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests"_s), 1);
    dialog->reject();
}

void tst_PersonPages::belowTheMinimumTheButtonSaysWhy()
{
    exec(u"UPDATE orgs SET min_payout_cents = 2000"_s);
    auto page = openPage<ui::DashboardPage>(u"inprocess"_s);
    QVERIFY(page);
    auto *request = page->findChild<QPushButton *>(u"requestPayoutButton"_s);
    QVERIFY(!request->isEnabled());
    const QString reason = u"Minimum payout is %1; you have %2."_s.arg(money(2000), money(1550));
    QCOMPARE(page->findChild<QLabel *>(u"requestPayoutReason"_s)->text(), reason);
    QCOMPARE(request->toolTip(), reason);
    QCOMPARE(cardSubLine(*page, u"payableCard"_s), u"Minimum payout %1"_s.arg(money(2000)));
}

void tst_PersonPages::theLedgerLoadsAPageAtATime()
{
    QFETCH(QString, name);
    QStringList rows;
    for (int i = 1; i <= 450; ++i)
        rows << u"('org_devstack', '%1', '%2', %3, 'seed-%4', '2026-02-01T%5:%6:00Z')"_s.arg(Mapper,
            i % 3 == 0 ? u"adjustment"_s : u"mapping"_s, QString::number(i % 3 == 0 ? -5 : 100),
            QString::number(i), u"%1"_s.arg(i / 60, 2, 10, QLatin1Char('0')),
            u"%1"_s.arg(i % 60, 2, 10, QLatin1Char('0')));
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES "_s
        + rows.join(u", "_s));
    auto page = openPage<ui::PaymentsPage>(name);
    QVERIFY(page);
    ui::LedgerPanel *ledger = page->ledger();
    page->findChild<QTabWidget *>(u"paymentTabs"_s)->setCurrentWidget(ledger);
    QTRY_COMPARE_WITH_TIMEOUT(ledger->footerText(), u"Showing 200 of 452"_s, 10000);
    auto *view = ledger->table()->view();
    // Newest first: the seeded lines are newer than the fixture's two.
    QCOMPARE(view->model()->index(0, models::LedgerModel::Date).data(models::SortRole).toDateTime(),
        QDateTime(QDate(2026, 2, 1), QTime(7, 30), QTimeZone::utc()));
    view->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(ledger->footerText(), u"Showing 400 of 452"_s, 10000);
    view->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(ledger->footerText(), u"Showing 452 of 452"_s, 10000);
    QCOMPARE(
        view->model()->index(451, models::LedgerModel::Amount).data(models::CsvRole).toString(),
        u"15.00"_s); // the fixture's oldest line, last

    // Sorting by a header click asks the store for a new first page. (From the bottom, the
    // view would go on to ask for the next page at once: the test looks from the top.)
    view->scrollToTop();
    view->horizontalHeader()->setSortIndicator(models::LedgerModel::Amount, Qt::AscendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(ledger->footerText(), u"Showing 200 of 452"_s, 10000);
    QCOMPARE(view->model()->index(0, models::LedgerModel::Amount).data(models::CsvRole).toString(),
        u"-0.05"_s);
    // Filtering by kind too.
    auto *kind = ledger->findChild<QComboBox *>(u"ledgerKind"_s);
    view->scrollToTop();
    kind->setCurrentIndex(5); // Adjustment
    emit kind->activated(5);
    QTRY_COMPARE_WITH_TIMEOUT(ledger->footerText(), u"Showing 150 of 150"_s, 10000);
    QCOMPARE(view->model()->index(0, models::LedgerModel::Kind).data().toString(), u"Adjustment"_s);
    QCOMPARE(ledger->readsRunning(), 0);

    // Export… writes every line of the current filter and order, not only the loaded ones.
    QSignalSpy messages(ledger, &ui::LedgerPanel::statusMessage);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ledger.csv"_s);
    ledger->exportTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(!ledger->isExporting(), 20000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 151);
    QCOMPARE(lines.first(), u"Date,Kind,For,Amount"_s);
    QVERIFY(lines.at(1).endsWith(u",-0.05"_s));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(), u"150 ledger lines exported to %1"_s.arg(path));
}

void tst_PersonPages::accountShowsTheProfileAsStored()
{
    QFETCH(QString, name);
    auto page = openPage<ui::AccountPage>(name);
    QVERIFY(page);
    QCOMPARE(page->fieldText(u"osmUsername"_s), u"mapper_osm"_s);
    QCOMPARE(page->fieldText(u"paymentEmail"_s), u"mapper_osm@pay.example"_s);
    QCOMPARE(page->fieldText(u"role"_s), u"User"_s);
    QCOMPARE(page->fieldText(u"payableTotal"_s), money(1550));
    QCOMPARE(page->fieldText(u"organisation"_s), m_session->organisationName());
    QVERIFY(!m_session->organisationName().isEmpty());
    QVERIFY(page->fieldText(u"terms"_s).startsWith(u"Accepted on "_s));
    page->setKeychainAvailable(false);
    QCOMPARE(page->findChild<QLabel *>(u"keychainState"_s)->text(),
        u"Kept in memory only: the system keychain isn't available."_s);
}

void tst_PersonPages::ownDetailsAreEditedWithTheConfirmations()
{
    auto page = openPage<ui::AccountPage>(u"http"_s);
    QVERIFY(page);
    QSignalSpy messages(page.get(), &ui::Page::statusMessage);
    QTest::mouseClick(page->findChild<QPushButton *>(u"editProfile"_s), Qt::LeftButton);
    QVERIFY(page->isEditing());
    auto *email = page->findChild<QLineEdit *>(u"paymentEmailEdit"_s);
    auto *save = page->findChild<QPushButton *>(u"saveProfile"_s);
    email->clear();
    QTest::keyClicks(email, u"new@pay.example"_s);
    QVERIFY(!save->isEnabled()); // the new email is not repeated yet
    QCOMPARE(
        page->findChild<QLabel *>(u"editMessage"_s)->text(), u"Repeat the new payment email."_s);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"paymentEmailAgain"_s), u"new@pay.example"_s);
    QVERIFY(save->isEnabled());
    auto *city = page->findChild<QLineEdit *>(u"cityEdit"_s);
    city->clear();
    QTest::keyClicks(city, u"Cusco"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    // UI.md §1.6: a new payment email asks first, Cancel being the default.
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = page->findChild<QMessageBox *>(u"confirmDetails"_s)));
    QCOMPARE(confirm->text(),
        u"Future payouts, including your pending request, go to new@pay.example."_s);
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    QTest::mouseClick(confirm->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isEditing(), 10000);
    QCOMPARE(messages.last().first().toString(), u"Your details were saved"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE id = '%1' AND payment_email = "
                    "'new@pay.example' AND city = 'Cusco' AND osm_username = 'mapper_osm'"_s.arg(
                        Mapper)),
        1);
    // The page reads the person again (the change feed): the new values show.
    QTRY_COMPARE_WITH_TIMEOUT(page->fieldText(u"city"_s), u"Cusco"_s, 10000);
    QCOMPARE(page->fieldText(u"paymentEmail"_s), u"new@pay.example"_s);
}

void tst_PersonPages::tablesKeepTheirColumnsAndOrder()
{
    QVERIFY(testing::awaitClient(m_local->payouts().requestPayout(u"kept"_s)).ok());
    {
        auto page = openPage<ui::PaymentsPage>(u"inprocess"_s);
        QVERIFY(page);
        QHeaderView *header = page->requestsTable()->view()->horizontalHeader();
        header->resizeSection(models::PayoutRequestsModel::MyNote, 333);
        header->setSortIndicator(models::PayoutRequestsModel::Amount, Qt::AscendingOrder);
    }
    // UI.md §1.8: the next time, the person's columns and order, not the defaults.
    auto page = openPage<ui::PaymentsPage>(u"inprocess"_s);
    QVERIFY(page);
    QHeaderView *header = page->requestsTable()->view()->horizontalHeader();
    QCOMPARE(header->sectionSize(models::PayoutRequestsModel::MyNote), 333);
    QCOMPARE(header->sortIndicatorSection(), int(models::PayoutRequestsModel::Amount));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    // Reset layout (View menu) forgets them.
    QSettings().remove(u"tables"_s);
    auto fresh = openPage<ui::PaymentsPage>(u"inprocess"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->requestsTable()->view()->horizontalHeader()->sortIndicatorSection(),
        int(models::PayoutRequestsModel::Requested));
}

void tst_PersonPages::screenshots()
{
    // Light and dark, and one set in Spanish (UI.md §1.9, §8); docs/screenshots is made this way.
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    // A project with a required training and a checklist, so the dashboard's lists have lines.
    seedWorkToDo();
    QVERIFY(!QTest::currentTestFailed());
    exec(u"UPDATE projects SET name = 'Roads of Lima', last_synced_at = '2026-03-01T10:00:00Z' "
         "WHERE id = 501"_s);
    QVERIFY(testing::awaitClient(m_local->payouts().requestPayout(u"for November"_s)).ok());
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto dashboard = openPage<ui::DashboardPage>(u"http"_s);
        QVERIFY(dashboard);
        QVERIFY(testing::saveScreenshot(*dashboard, u"dashboard"_s + scheme, dir.path()));
        auto payments = openPage<ui::PaymentsPage>(u"http"_s);
        QVERIFY(payments);
        QVERIFY(testing::saveScreenshot(*payments, u"payments"_s + scheme, dir.path()));
        payments->findChild<QTabWidget *>(u"paymentTabs"_s)->setCurrentWidget(payments->ledger());
        QTRY_VERIFY(payments->ledger()->footerText().startsWith(u"Showing "_s));
        QVERIFY(testing::saveScreenshot(*payments, u"payments-ledger"_s + scheme, dir.path()));
        auto account = openPage<ui::AccountPage>(u"http"_s);
        QVERIFY(account);
        QVERIFY(testing::saveScreenshot(*account, u"account"_s + scheme, dir.path()));
        QTest::mouseClick(account->findChild<QPushButton *>(u"editProfile"_s), Qt::LeftButton);
        QVERIFY(testing::saveScreenshot(*account, u"account-editing"_s + scheme, dir.path()));
    }
    QApplication::setPalette(testing::uiPalette(false));
    QTranslator spanish;
    QVERIFY(testing::installMikroTranslation(spanish, u"es"_s));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto dashboard = openPage<ui::DashboardPage>(u"http"_s);
    QVERIFY(dashboard);
    QCOMPARE(dashboard->title(), u"Panel"_s);
    QVERIFY(testing::saveScreenshot(*dashboard, u"dashboard-es"_s, dir.path()));
    auto payments = openPage<ui::PaymentsPage>(u"http"_s);
    QVERIFY(payments);
    QVERIFY(testing::saveScreenshot(*payments, u"payments-es"_s, dir.path()));
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale::c());
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_PersonPages)
#include "tst_PersonPages.moc"
