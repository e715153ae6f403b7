#include "app/devstack/sim/Tm4Simulator.h"
#include "app/devstack/sim/Tm4World.h"
#include "models/ItemRoles.h"
#include "models/sync/SyncProjectsModel.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "ui/common/RecordTable.h"
#include "ui/pages/OrgSyncPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using Rows = models::SyncProjectsModel;

namespace {

constexpr qint64 Roads = 9301;
constexpr qint64 Bridges = 9302; // no members
constexpr qint64 Schools = 9303; // one member, a failed run
constexpr qint64 Rivers = 9304; // the screenshots' long run

} // namespace

/// Sync for an admin (UI.md §5.8) through both backends, both engines, with a TM4 simulator
/// (Roads: 30 tasks mapped by the mapper and validated by the admin, a member validator):
/// each project with its last run (a failed one first, one without members "Not synced: no
/// members"); Sync now runs in the background while the page shows the run's phase, then the
/// run in the project's history and how the round ended; a failed run's full error.
class tst_OrgSyncPage : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { stopPages(); }
    void theBoardShowsEachProject_data() { backends(); }
    void theBoardShowsEachProject();
    void syncNowRunsAndEndsInTheHistory_data() { backends(); }
    void syncNowRunsAndEndsInTheHistory();
    void aRunHeldElsewhereCannotBeStarted_data() { backends(); }
    void aRunHeldElsewhereCannotBeStarted();
    void screenshots();

private:
    QTranslator m_english;
};

void tst_OrgSyncPage::initTestCase()
{
    startPageSuite();
    QVERIFY(testing::installMikroTranslation(m_english, u"en"_s));
}

void tst_OrgSyncPage::init()
{
    startBackends(Admin);
    seedSyncBoard(); // Roads 9301 (30 tasks, mapped and validated), Bridges 9302
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (%1, 'org_devstack', 'Schools', "
         "'https://tasks.example/projects/%1', 100, 50, TRUE, '2026-01-01T00:00:00Z')"_s.arg(
             Schools));
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(%1, '%2', 'editor', '2026-01-01T00:00:00Z')"_s.arg(Schools)
             .arg(testing::Mapper));
    exec(u"INSERT INTO sync_runs (project_id, mode, status, requested_by, started_at, "
         "finished_at, requests_made, events_ingested, error) VALUES (%1, 'incremental', "
         "'failed', NULL, '2026-12-01T10:00:00Z', '2026-12-01T10:00:07Z', 3, 0, "
         "'The Tasking Manager answered 503 for project 9303.\nRetried 3 times.')"_s.arg(Schools));
    m_session = std::make_unique<client::Session>();
}

void tst_OrgSyncPage::theBoardShowsEachProject()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgSyncPage>(name);
    QVERIFY(page);
    QAbstractItemModel *rows = page->projectsTable()->view()->model();
    QCOMPARE(rows->rowCount(), 3);
    const auto cell
        = [rows](int row, int column) { return rows->index(row, column).data().toString(); };
    // Failed first, then by state and project.
    QCOMPARE(cell(0, Rows::Project), u"Schools"_s);
    QCOMPARE(cell(0, Rows::LastRun), u"Failed"_s);
    QCOMPARE(cell(0, Rows::LastError), u"The Tasking Manager answered 503 for project 9303."_s);
    QCOMPARE(cell(0, Rows::Duration), u"7 s"_s);
    QCOMPARE(cell(0, Rows::Requests), u"3"_s);
    QCOMPARE(rows->index(0, Rows::LastRun).data(models::StatusRole).toString(), u"failed"_s);
    QCOMPARE(cell(1, Rows::Project), u"Roads"_s);
    QCOMPARE(cell(1, Rows::LastRun), u"Never"_s);
    QCOMPARE(cell(1, Rows::Members), u"2"_s);
    QCOMPARE(cell(1, Rows::Tm4Id), u"9301"_s);
    QCOMPARE(cell(2, Rows::LastRun), u"Not synced: no members"_s);
    QCOMPARE(testing::cardValue(*page, u"syncedProjectsCard"_s), u"2"_s);
    QCOMPARE(testing::cardValue(*page, u"failedLastRunCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"newEventsCard"_s), u"0"_s);
    QCOMPARE(testing::cardValue(*page, u"lastCompletedRunCard"_s), u"None yet"_s);

    // The failed project's history holds its run with the whole error, to copy.
    page->selectProject(Schools);
    QAbstractItemModel *runs = page->runsTable()->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 1, 10000);
    QCOMPARE(runs->index(0, 3).data().toString(), u"Schedule"_s);
    auto *error = page->findChild<QPlainTextEdit *>(u"syncErrorText"_s);
    QTRY_COMPARE_WITH_TIMEOUT(error->toPlainText(),
        u"The Tasking Manager answered 503 for project 9303.\nRetried 3 times."_s, 10000);
    QVERIFY(page->findChild<QPushButton *>(u"copySyncErrorButton"_s)->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(u"cancelSyncButton"_s)->isEnabled());
    page->findChild<QPushButton *>(u"openInTm4Button"_s)->click();
    QCOMPARE(m_opened.value(0), QUrl(u"https://tasks.example/projects/9303"_s));
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());
}

void tst_OrgSyncPage::aRunHeldElsewhereCannotBeStarted()
{
    QFETCH(QString, name);
    // Another instance runs Roads, its lease good for ten more minutes (UI.md §5.8).
    QDateTime until = QDateTime::currentDateTimeUtc().addSecs(600);
    until.setTime(QTime(until.time().hour(), until.time().minute())); // whole minutes
    exec(u"INSERT INTO sync_runs (project_id, mode, status, lease_owner, lease_until, started_at) "
         "VALUES (%1, 'incremental', 'running', 'other-host:42', '%2', '%3')"_s.arg(Roads)
             .arg(until.toString(Qt::ISODate),
                 QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODate)));
    auto page = openPage<ui::OrgSyncPage>(name);
    QVERIFY(page);
    page->selectProject(Roads);
    QAbstractItemModel *rows = page->projectsTable()->view()->model();
    int row = 0;
    while (
        row < rows->rowCount() && rows->index(row, Rows::Project).data().toString() != "Roads"_L1)
        ++row;
    QVERIFY(row < rows->rowCount());
    QCOMPARE(rows->index(row, Rows::LastRun).data().toString(),
        u"Running elsewhere until %1"_s.arg(
            QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
    QCOMPARE(rows->index(row, Rows::LastRun).data(models::StatusRole).toString(),
        u"running_elsewhere"_s);
    // Neither started again nor cancelled from here; the page keeps reading while it runs.
    QVERIFY(!page->findChild<QPushButton *>(u"syncNowButton"_s)->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(u"cancelSyncButton"_s)->isEnabled());
    QVERIFY(page->findChild<QPushButton *>(u"syncAllButton"_s)->isEnabled());
}

void tst_OrgSyncPage::syncNowRunsAndEndsInTheHistory()
{
    QFETCH(QString, name);
    devstack::Tm4Simulator::Knobs slow;
    slow.latencyMs = 60; // the run lasts long enough to be seen running
    m_tm4->setKnobs(slow);
    auto page = openPage<ui::OrgSyncPage>(name);
    QVERIFY(page);
    page->selectProject(Roads);
    QAbstractItemModel *rows = page->projectsTable()->view()->model();
    const auto roadsState = [page = page.get(), rows] {
        for (int row = 0; row < rows->rowCount(); ++row)
            if (rows->index(row, Rows::Project).data().toString() == "Roads"_L1)
                return rows->index(row, Rows::LastRun).data().toString();
        return QString();
    };
    auto *syncNow = page->findChild<QPushButton *>(u"syncNowButton"_s);
    QVERIFY(syncNow->isEnabled());
    QSignalSpy progress(page.get(), &ui::Page::workProgress);
    // Ctrl+Shift+S is Sync now.
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    page->projectsTable()->view()->setFocus();
    QTest::keyClick(
        page->projectsTable()->view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(roadsState() == "Waiting"_L1 || roadsState() == "Running"_L1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(roadsState(), u"Succeeded"_s, 30000);
    auto *footer = page->findChild<QLabel *>(u"syncFooter"_s);
    QTRY_COMPARE_WITH_TIMEOUT(footer->text(), u"Sync finished: 1 succeeded, 0 failed"_s, 10000);
    // The status bar's bar followed it: 0 of 1 while it ran, then gone.
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.first().at(1).toInt(), 1);
    QCOMPARE(progress.first().at(2).toString(), u"Syncing: 0 of 1 projects"_s);
    QCOMPARE(progress.last().at(1).toInt(), 0);
    QCOMPARE(testing::cardValue(*page, u"newEventsCard"_s), u"60"_s);
    QVERIFY(testing::cardValue(*page, u"lastCompletedRunCard"_s) != u"None yet"_s);
    QCOMPARE(testing::cardSubLine(*page, u"lastCompletedRunCard"_s), u"Roads"_s);
    QAbstractItemModel *runs = page->runsTable()->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 1, 10000);
    QCOMPARE(runs->index(0, 1).data().toString(), u"Succeeded"_s);
    QCOMPARE(runs->index(0, 5).data().toString(), u"60"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'mapping' AND "
                    "project_id = 9301"_s),
        30);
    m_tm4->setKnobs({});
}

void tst_OrgSyncPage::screenshots()
{
    QCoreApplication::removeTranslator(&m_english);
    // Rivers: 200 tasks behind a slow Tasking Manager, still syncing through all three pictures.
    m_tm4->world().addProject(Rivers, u"Rivers"_s, 200);
    for (qint64 task = 1; task <= 200; ++task)
        m_tm4->world().map(Rivers, task, u"mapper_osm"_s);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (%1, 'org_devstack', 'Rivers', "
         "'https://tasks.example/projects/%1', 100, 50, TRUE, '2026-01-01T00:00:00Z')"_s.arg(
             Rivers));
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(%1, '%2', 'editor', '2026-01-01T00:00:00Z')"_s.arg(Rivers)
             .arg(testing::Mapper));
    QVERIFY(testing::awaitClient(m_http->sync().start(Roads, false)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE project_id = 9301 "
                                     "AND status = 'succeeded'"_s),
        1, 20000);
    devstack::Tm4Simulator::Knobs slow;
    slow.latencyMs = 300;
    m_tm4->setKnobs(slow);
    pageScreenshots<ui::OrgSyncPage>(u"admin-sync"_s, [](ui::OrgSyncPage &page) {
        page.selectProject(Rivers);
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.projectsTable()->view()->setFocus();
        QTest::keyClick(
            page.projectsTable()->view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QAbstractItemModel *rows = page.projectsTable()->view()->model();
        QVERIFY(QTest::qWaitFor(
            [rows] {
                for (int row = 0; row < rows->rowCount(); ++row)
                    if (rows->index(row, Rows::Progress).data(models::ProgressRole).toDouble()
                        > 0.0)
                        return true;
                return false;
            },
            20000));
        // The picture shows Schools' run with its whole error, once they are read.
        page.selectProject(Schools);
        auto *error = page.findChild<QPlainTextEdit *>(u"syncErrorText"_s);
        QVERIFY(QTest::qWaitFor(
            [&page, error] {
                return page.runsTable()->view()->model()->rowCount() == 1
                    && !error->toPlainText().isEmpty();
            },
            10000));
    });
    m_tm4->setKnobs({});
}

QTEST_MAIN(tst_OrgSyncPage)
#include "tst_OrgSyncPage.moc"
