#include "models/checklists/ReviewChecklistsModel.h"
#include "models/projects/ValidatorProjectsModel.h"
#include "services/client/ChecklistsClient.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/RecordTable.h"
#include "ui/common/ShortList.h"
#include "ui/pages/ChecklistDetail.h"
#include "ui/pages/DashboardLists.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/ReviewChecklistsPage.h"
#include "ui/pages/ValidatorWork.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;
using testing::Validator;

/// Review Checklists (UI.md §4.2) driven as a validator would — find the waiting checklist,
/// confirm its items, answer the question before the last one — through both backends of
/// services/client, both engines; every credit is checked in the ledger.
class tst_ReviewPages : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startPageSuite(); }
    void init();
    void cleanup() { stopPages(); }
    void theQueueShowsOtherPeoplesWaitingWork_data() { backends(); }
    void theQueueShowsOtherPeoplesWaitingWork();
    void theLastItemAsksFirstAndCreditsBothOnce_data() { backends(); }
    void theLastItemAsksFirstAndCreditsBothOnce();
    void theValidatorDashboardShowsTheWorkWaiting_data() { backends(); }
    void theValidatorDashboardShowsTheWorkWaiting();
    void theValidatorDashboardListsMyProjects_data() { backends(); }
    void theValidatorDashboardListsMyProjects();
    void screenshots();
    void dashboardScreenshots();

private:
    /// Ticks the "Confirmed" box of item `row` (0-based) as a click would.
    static void tick(ui::ReviewChecklistsPage &page, int row);
    /// The open "Confirm the last items?" question, once it shows.
    [[nodiscard]] static QMessageBox *question(ui::ReviewChecklistsPage &page);
    [[nodiscard]] qint64 credits(const QString &kind);
    qint64 m_template = 0;
    qint64 m_mappers = 0;
};

void tst_ReviewPages::init()
{
    startBackends(Validator);
    QCOMPARE(post(Validator, "/api/login", "{}").status, 200);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    onboard(Validator, u"validator_osm"_s);
    m_template = createRoadQaChecklist();
    // The mapper did both items; the validator's own checklist never shows in the queue.
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(m_template).toUtf8());
    QCOMPARE(started.status, 200);
    m_mappers = json(started).value(u"user_checklist_id"_s).toInteger();
    for (int number : { 1, 2 })
        QCOMPARE(
            post(Mapper, "/api/checklist/complete_list_item",
                u"{\"checklist_id\":%1,\"item_number\":%2}"_s.arg(m_mappers).arg(number).toUtf8())
                .status,
            200);
    const auto own = testing::awaitClient(m_local->checklists().start(m_template));
    QVERIFY(own.ok());
    QVERIFY(testing::awaitClient(m_local->checklists().setItemDone(own.value(), 1, true)).ok());
    m_session = std::make_unique<client::Session>();
    m_opened.clear();
    QSettings().remove(u"tables"_s);
}

void tst_ReviewPages::tick(ui::ReviewChecklistsPage &page, int row)
{
    QListWidgetItem *item = page.detail()->items()->item(row);
    QVERIFY(item);
    QVERIFY(item->flags() & Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}

QMessageBox *tst_ReviewPages::question(ui::ReviewChecklistsPage &page)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = page.findChild<QMessageBox *>(u"confirmLastItems"_s);
        return box != nullptr;
    });
    return shown ? box : nullptr;
}

qint64 tst_ReviewPages::credits(const QString &kind)
{
    return scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = '%1'"_s.arg(kind));
}

void tst_ReviewPages::theQueueShowsOtherPeoplesWaitingWork()
{
    QFETCH(QString, name);
    auto page = openPage<ui::ReviewChecklistsPage>(name);
    QVERIFY(page);
    QAbstractItemModel &shown = *page->table()->view()->model();
    QCOMPARE(shown.rowCount(), 1); // the mapper's; never the validator's own
    using Column = models::ReviewChecklistsModel;
    QCOMPARE(shown.index(0, Column::Checklist).data().toString(), u"Road QA"_s);
    QVERIFY(shown.index(0, Column::Person).data().toString().contains(u"mapper_osm"_s));
    QCOMPARE(shown.index(0, Column::Done).data().toString(), u"2/2"_s);
    QCOMPARE(shown.index(0, Column::Confirmed).data().toString(), u"0/2"_s);
    QCOMPARE(shown.index(0, Column::MyPay).data().toString(), u"$0.50"_s);
    QVERIFY(!shown.index(0, Column::WaitingSince).data().toString().isEmpty());
    QCOMPARE(page->detail()->items()->count(), 2);
    QCOMPARE(page->detail()->items()->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(page->confirmAllButton()->text(), u"Confirm all done items (2)"_s);
    QVERIFY(page->confirmAllButton()->isEnabled());
    QVERIFY(page->detail()->infoText().startsWith(u"Confirming the last item credits"_s));
    // Nothing is in progress or confirmed yet among other people's checklists.
    page->setFilter(ui::ReviewChecklistsPage::Confirmed);
    QCOMPARE(shown.rowCount(), 0);
    QCOMPARE(page->findChild<QLabel *>(u"reviewChecklistsTableEmpty"_s)->text(),
        u"No checklists here."_s);
    page->setFilter(ui::ReviewChecklistsPage::Waiting);
    QCOMPARE(shown.rowCount(), 1);
}

void tst_ReviewPages::theLastItemAsksFirstAndCreditsBothOnce()
{
    QFETCH(QString, name);
    auto page = openPage<ui::ReviewChecklistsPage>(name);
    QVERIFY(page);
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    const qint64 owner = credits(u"checklist"_s);
    const qint64 validator = credits(u"checklist_validation"_s);

    // Not the last item: it is confirmed at once.
    tick(*page, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        !status.isEmpty() && status.last().at(0).toString() == u"Item confirmed"_s, 10000);
    // The page shows the server's state after the change: confirmed, by whom, and locked.
    QTRY_VERIFY_WITH_TIMEOUT(page->detail()->items()->item(0)->text().contains(
                                 u"Confirmed by Victor Validator (validator_osm)"_s),
        10000);
    QCOMPARE(page->detail()->items()->item(0)->checkState(), Qt::Checked);
    QVERIFY(!(page->detail()->items()->item(0)->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(page->confirmAllButton()->text(), u"Confirm all done items (1)"_s);

    // The last one asks, naming the person and both credits; Cancel is the default and changes
    // nothing.
    tick(*page, 1);
    QMessageBox *box = question(*page);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"“Road QA”"_s) && box->text().contains(u"mapper_osm"_s)
            && box->text().contains(u"credited $2.50 and you $0.50"_s),
        qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_COMPARE(page->detail()->items()->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE user_checklist_id = %1 "
                    "AND confirmed_at IS NOT NULL"_s.arg(m_mappers)),
        1);

    tick(*page, 1);
    box = question(*page);
    QVERIFY(box);
    const auto buttons = box->buttons();
    const auto yes = std::ranges::find_if(
        buttons, [](QAbstractButton *b) { return b->text() == u"Confirm and credit"_s; });
    QVERIFY(yes != buttons.end());
    (*yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(credits(u"checklist"_s) == owner + 1, 10000);
    QCOMPARE(credits(u"checklist_validation"_s), validator + 1);
    // It left Waiting for Confirmed.
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->view()->model()->rowCount(), 0, 10000);
    page->setFilter(ui::ReviewChecklistsPage::Confirmed);
    QCOMPARE(page->table()->view()->model()->rowCount(), 1);
    QVERIFY(page->detail()->infoText().startsWith(u"Confirmed "_s));

    // End to end: the mapper, on their own desktop, sees the credit once — $15.50 earned before,
    // $2.50 for Road QA now — and the checklist confirmed.
    const auto mappers = openPageAs<ui::DashboardPage>(Mapper);
    QVERIFY(mappers.page);
    ui::DashboardPage &dashboard = *mappers.page;
    QCOMPARE(testing::cardValue(dashboard, u"earnedCard"_s), u"$18.00"_s);
    QVERIFY(!dashboard.validatorWork()->isVisible()); // a mapper's dashboard
    QVERIFY(dashboard.lists()->toDoLines().filter(u"Road QA"_s).isEmpty()); // nothing left to do
}

void tst_ReviewPages::theValidatorDashboardShowsTheWorkWaiting()
{
    QFETCH(QString, name);
    auto page = openPage<ui::DashboardPage>(name);
    QVERIFY(page);
    ui::ValidatorWork *work = page->validatorWork();
    QVERIFY(work->isVisible());
    QCOMPARE(testing::cardValue(*page, u"checklistsToReviewCard"_s), u"1"_s); // never one's own
    QCOMPARE(testing::cardSubLine(*page, u"checklistsToReviewCard"_s), u"0 stale"_s);
    QCOMPARE(testing::cardValue(*page, u"validationsMadeCard"_s), u"0"_s);
    QCOMPARE(testing::cardValue(*page, u"validationEarningsCard"_s), u"$0.00"_s);
    const QStringList waiting = work->waiting()->lines();
    QCOMPARE(waiting.size(), 1);
    QVERIFY(waiting.first().startsWith(u"Road QA · "_s));
    QVERIFY(waiting.first().contains(u"mapper_osm"_s));
    QSignalSpy toReview(page.get(), &ui::DashboardPage::reviewPageRequested);
    page->findChild<QPushButton *>(u"waitingLongestListOpen"_s)->click();
    QCOMPARE(toReview.size(), 1);
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());
}

void tst_ReviewPages::theValidatorDashboardListsMyProjects()
{
    // The validator validates on Roads: task 1 validated and task 2 invalidated by them.
    QFETCH(QString, name);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (701, 'org_devstack', 'Roads', "
         "'https://tasks.example/projects/701', 120, 40, TRUE, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(701, '%1', 'validator', '2026-01-01T00:00:00Z')"_s.arg(Validator));
    const QStringList actions { u"VALIDATED"_s, u"INVALIDATED"_s };
    for (int task = 1; task <= 2; ++task) {
        exec(u"INSERT INTO tasks (project_id, task_id, status, mapped_by, mapping_rate_cents, "
             "validation_rate_cents, updated_at) VALUES (701, %1, '%2', 'mapper_osm', 120, 40, "
             "'2026-02-01T00:00:00Z')"_s.arg(task)
                 .arg(actions[task - 1]));
        exec(u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, "
             "action_at, ingested_at) VALUES (701, %1, %1, '%2', 'validator_osm', "
             "'2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z')"_s.arg(task)
                 .arg(actions[task - 1]));
    }
    auto page = openPage<ui::DashboardPage>(name);
    QVERIFY(page);
    ui::RecordTable *projects = page->validatorWork()->projects();
    QVERIFY(projects->isVisible());
    const QAbstractItemModel *shown = projects->view()->model();
    QCOMPARE(shown->rowCount(), 1);
    const auto cell = [shown](int column) { return shown->index(0, column).data().toString(); };
    using Column = models::ValidatorProjectsModel::Column;
    QCOMPARE(cell(Column::Name), u"Roads"_s);
    QCOMPARE(cell(Column::MyRole), u"Validator"_s);
    QCOMPARE(cell(Column::ValidationRate), u"$0.40"_s);
    QCOMPARE(cell(Column::ValidatedByMe), u"1"_s);
    QCOMPARE(cell(Column::InvalidatedByMe), u"1"_s);
    QCOMPARE(cell(Column::MyMapped), u"0"_s);
    emit projects->activated(0); // double-click or Enter opens the Tasking Manager
    QCOMPARE(m_opened, QList<QUrl> { QUrl(u"https://tasks.example/projects/701"_s) });
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());
}

void tst_ReviewPages::dashboardScreenshots()
{
    pageScreenshots<ui::DashboardPage>(u"validator-dashboard"_s);
}

void tst_ReviewPages::screenshots()
{
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    QVERIFY(testing::awaitClient(
        m_local->checklists().addComment(m_mappers, u"Bridge names need a second look."_s))
                .ok());
    QVERIFY(testing::awaitClient(m_local->checklists().confirmItem(m_mappers, 1)).ok());
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto page = openPage<ui::ReviewChecklistsPage>(u"http"_s);
        QVERIFY(page);
        QVERIFY(testing::saveScreenshot(*page, u"review-checklists"_s + scheme, dir.path()));
        tick(*page, 1);
        QMessageBox *box = question(*page);
        QVERIFY(box);
        QVERIFY(testing::saveScreenshot(*box, u"review-confirm-last"_s + scheme, dir.path()));
        box->button(QMessageBox::Cancel)->click();
    }
    QApplication::setPalette(testing::uiPalette(false));
    QTranslator spanish;
    QVERIFY(testing::installMikroTranslation(spanish, u"es"_s));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto page = openPage<ui::ReviewChecklistsPage>(u"http"_s);
    QVERIFY(page);
    QVERIFY(testing::saveScreenshot(*page, u"review-checklists-es"_s, dir.path()));
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale::c());
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_ReviewPages)
#include "tst_ReviewPages.moc"
