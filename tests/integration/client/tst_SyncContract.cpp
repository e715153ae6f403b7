#include "app/devstack/sim/Tm4Simulator.h"
#include "app/devstack/sim/Tm4World.h"
#include "services/client/SyncClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

namespace {

constexpr qint64 Roads = 9301;
constexpr qint64 Bridges = 9302; // no members

} // namespace

/// Tasking Manager sync through both backends on one database, both engines (DESIGN.md §2.1,
/// UI.md §5.8): where each project stands reads the same through either; a run asked for through
/// either is recorded with who asked, brings the mapped tasks in, and stands for a second request
/// within a minute; a run is cancelled after the request in flight and recorded as cancelled;
/// another organisation's or an unknown project is refused alike, and a mapper may not cancel.
class tst_SyncContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void theBoardIsTheSameThroughBoth();
    void aRunIsRecordedWithWhoAskedForIt_data() { backendRows(); }
    void aRunIsRecordedWithWhoAskedForIt();
    void aRunningSyncIsCancelled_data() { backendRows(); }
    void aRunningSyncIsCancelled();
    void refusalsAreAlike();

private:
    static void backendRows();
    [[nodiscard]] sync::ProjectSyncStatus statusOf(client::Backend &backend, qint64 project);
};

void tst_SyncContract::backendRows()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : backendNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_SyncContract::init()
{
    startBackends(Admin);
    seedSyncBoard(); // Roads 9301 (30 tasks, mapped and validated), Bridges 9302
    exec(u"INSERT INTO orgs (id, name, currency, created_at) VALUES ('org_other', 'Other', "
         "'USD', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (9399, 'org_other', 'Theirs', "
         "'https://tasks.example/projects/9399', 100, 50, TRUE, '2026-01-01T00:00:00Z')"_s);
}

sync::ProjectSyncStatus tst_SyncContract::statusOf(client::Backend &backend, qint64 project)
{
    const auto overview = testing::awaitClient(backend.sync().overview());
    if (!overview.ok())
        return {};
    for (const sync::ProjectSyncStatus &s : overview.value().projects)
        if (s.projectId == project)
            return s;
    return {};
}

void tst_SyncContract::theBoardIsTheSameThroughBoth()
{
    const auto overHttp = testing::awaitClient(m_http->sync().overview());
    const auto inProcess = testing::awaitClient(m_local->sync().overview());
    QVERIFY2(overHttp.ok(),
        qPrintable(overHttp.ok() ? QString() : testing::describeError(overHttp.error())));
    QVERIFY2(inProcess.ok(),
        qPrintable(inProcess.ok() ? QString() : testing::describeError(inProcess.error())));
    for (const client::SyncOverview *o : { &overHttp.value(), &inProcess.value() }) {
        QCOMPARE(o->projects.size(), 2); // never the other organisation's
        const sync::ProjectSyncStatus &roads = o->projects[0];
        QCOMPARE(roads.projectId, Roads);
        QCOMPARE(roads.name, u"Roads"_s);
        QCOMPARE(roads.members, 2);
        QVERIFY(roads.active);
        QCOMPARE(roads.url, u"https://tasks.example/projects/9301"_s);
        QCOMPARE(roads.runId, 0);
        QCOMPARE(o->projects[1].projectId, Bridges);
        QCOMPARE(o->projects[1].members, 0);
        QCOMPARE(o->newEvents24h, 0);
        QVERIFY(!o->scheduler.running);
        QVERIFY(o->scheduler.queuedProjects.isEmpty());
    }
}

void tst_SyncContract::aRunIsRecordedWithWhoAskedForIt()
{
    QFETCH(QString, name);
    client::Backend &b = backend(name);
    const auto queued = testing::awaitClient(b.sync().start(Roads, false));
    QVERIFY2(
        queued.ok(), qPrintable(queued.ok() ? QString() : testing::describeError(queued.error())));
    QVERIFY(queued.value());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(b, Roads).status, sync::RunStatus::Succeeded, 20000);
    const sync::ProjectSyncStatus last = statusOf(b, Roads);
    QCOMPARE(last.eventsIngested, 60); // each task mapped, then validated
    QVERIFY(last.requestsMade > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE project_id = 9301 AND kind IN "
                    "('mapping', 'validation')"_s),
        60);
    QVERIFY(last.finishedAt >= last.startedAt);
    // Either backend reads the same history: one run, incremental, asked for by the admin.
    for (const QString &reader : backendNames()) {
        const auto page = testing::awaitClient(backend(reader).sync().runs(Roads, 0));
        QVERIFY(page.ok());
        QCOMPARE(page.value().runs.size(), 1);
        const sync::ProjectSyncStatus &run = page.value().runs[0];
        QCOMPARE(run.runId, last.runId);
        QCOMPARE(run.mode, sync::SyncMode::Incremental);
        QCOMPARE(run.requestedBy, Admin);
        QCOMPARE(run.requestedByName, u"Ada Admin"_s);
        QCOMPARE(run.eventsIngested, 60);
        QCOMPARE(page.value().nextBeforeId, 0);
        const auto overview = testing::awaitClient(backend(reader).sync().overview());
        QVERIFY(overview.ok());
        QCOMPARE(overview.value().newEvents24h, 60);
    }
    // Within a minute the finished run stands for a new request: nothing is queued.
    const auto again = testing::awaitClient(b.sync().start(Roads, true));
    QVERIFY(again.ok());
    QVERIFY(!again.value());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs"_s), 1);
}

void tst_SyncContract::aRunningSyncIsCancelled()
{
    QFETCH(QString, name);
    client::Backend &b = backend(name);
    devstack::Tm4Simulator::Knobs slow;
    slow.latencyMs = 150; // 30 histories one after the other: seconds, time enough to cancel
    m_tm4->setKnobs(slow);
    const auto queued = testing::awaitClient(b.sync().start(Roads, false));
    QVERIFY(queued.ok() && queued.value());
    // Cancelled once some tasks are in, while others are still to fetch.
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM task_events WHERE project_id = 9301"_s) >= 4, 20000);
    const auto cancelled = testing::awaitClient(b.sync().cancel(Roads));
    QVERIFY2(cancelled.ok(),
        qPrintable(cancelled.ok() ? QString() : testing::describeError(cancelled.error())));
    QVERIFY(cancelled.value());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(b, Roads).status, sync::RunStatus::Cancelled, 20000);
    const sync::ProjectSyncStatus last = statusOf(b, Roads);
    QVERIFY2(last.eventsIngested < 60, "a cancelled run stops before the end");
    QVERIFY2(last.eventsIngested > 0, "the run was cancelled while it brought tasks in");
    // What it brought in stays, credited: a mapping credit per validated task it ingested.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'mapping' AND "
                    "project_id = 9301"_s),
        scalar(u"SELECT COUNT(*) FROM task_events WHERE project_id = 9301 AND "
               "action = 'VALIDATED'"_s));
    // Nothing runs any more: a second cancel finds nothing to stop.
    const auto again = testing::awaitClient(b.sync().cancel(Roads));
    QVERIFY(again.ok());
    QVERIFY(!again.value());
    m_tm4->setKnobs({});
}

void tst_SyncContract::refusalsAreAlike()
{
    using testing::Refusal;
    using Kind = core::ErrorKind;
    expectRefusedAlike<bool>({
        { "start of another organisation's project",
            [](client::Backend &b) { return b.sync().start(9399, false); }, Kind::NotFound,
            "not_found" },
        { "start of an unknown project",
            [](client::Backend &b) { return b.sync().start(1, false); }, Kind::NotFound,
            "not_found" },
        { "cancel of another organisation's project",
            [](client::Backend &b) { return b.sync().cancel(9399); }, Kind::NotFound, "not_found" },
    });
    expectRefusedAlike<client::SyncRunsPage>({
        { "history of another organisation's project",
            [](client::Backend &b) { return b.sync().runs(9399, 0); }, Kind::NotFound,
            "not_found" },
    });
    // A mapper reads their own projects' state, but stops nobody's sync.
    onboard(Mapper, u"mapper_osm"_s);
    auto mapper = httpBackendFor(Mapper);
    const auto board = testing::awaitClient(mapper->sync().overview());
    QVERIFY(board.ok());
    QCOMPARE(board.value().projects.size(), 1);
    QCOMPARE(board.value().projects[0].projectId, Roads);
    const auto refused = testing::awaitClient(mapper->sync().cancel(Roads));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, core::ErrorKind::Forbidden);
    const auto history = testing::awaitClient(mapper->sync().runs(Bridges, 0));
    QVERIFY(!history.ok());
    QCOMPARE(history.error().kind, core::ErrorKind::NotFound);
}

QTEST_MAIN(tst_SyncContract)
#include "tst_SyncContract.moc"
