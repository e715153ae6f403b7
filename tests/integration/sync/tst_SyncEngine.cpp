#include "app/devstack/sim/Tm4Simulator.h"
#include "services/domain/crediting/CreditingService.h"
#include "services/domain/policy/Caller.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "services/sync/SyncEngine.h"
#include "services/tm4/Tm4Client.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace mikro;
using sync::ProjectSyncReport;
using sync::SyncMode;

namespace {
constexpr qint64 Golden = 501;
const QString Mia = u"mia_maps"_s; // Mikro mapper, editor on every project
const QString Victor = u"victor_validates"_s; // Mikro validator, validator on every project
const QString Stranger = u"someone_else"_s; // not a Mikro user
const domain::Caller Admin { u"admin"_s, u"org-a"_s, domain::Role::Admin, true };

/// A TM4 stand-in on loopback: a world, its simulator, a server and a client pointed at it.
struct Tm4Endpoint
{
    explicit Tm4Endpoint(devstack::Tm4World::Settings settings)
        : world(std::make_shared<devstack::Tm4World>(std::move(settings)))
        , simulator(world)
    {
        simulator.addRoutes(router);
        server = std::make_unique<http::HttpServer>(router, http::HttpLimits {});
        const auto listening = server->listen(QHostAddress::LocalHost, 0);
        port = listening.ok() ? listening.value() : 0;
        tm4::Tm4Settings client;
        client.apiUrl = QUrl(u"http://127.0.0.1:%1/api/v2"_s.arg(port));
        client.token = core::Secret("test-token");
        client.maxConcurrency = 8;
        client.maxRetries = 8;
        client.backoffBase = std::chrono::milliseconds(5);
        client.backoffMax = std::chrono::milliseconds(50);
        tm4 = std::make_unique<tm4::Tm4Client>(client);
    }
    std::shared_ptr<devstack::Tm4World> world;
    devstack::Tm4Simulator simulator;
    http::Router router;
    std::unique_ptr<http::HttpServer> server;
    quint16 port = 0;
    std::unique_ptr<tm4::Tm4Client> tm4;
};

devstack::Tm4World::Settings generated(qint64 firstProject, int projects, int tasks)
{
    devstack::Tm4World::Settings s;
    s.seed = 7;
    s.projects = projects;
    s.tasksPerProject = tasks;
    s.firstProjectId = firstProject;
    s.mappers = { Mia, u"max_maps"_s, u"unknown_mapper"_s };
    s.validators = { Victor, u"ada_maps"_s };
    s.outsiders = { Stranger };
    return s;
}

} // namespace

/// The TM4 sync against the simulator over real HTTP, on both engines: the golden scenarios of
/// the TM4 issue, each with its exact ledger, and the exactly-once properties.
class tst_SyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mappedThenValidated();
    void outsiderValidationWaitsForTheAdmin();
    void selfValidationWaitsForTheAdmin();
    void invalidatedRemappedValidated();
    void validatedThenInvalidatedIsReversed();
    void sameStatusChangesAreFoundByTheFullSync();
    void splitChildrenDoNotCreditCopiedHistory();
    void aSyncRefreshesNameTaskCountAndBudget();
    void badImageryEarnsNothing();
    void ratesChangedBetweenFirstSightAndValidation();
    void incrementalSyncFetchesOnlyChangedTasks();
    void resyncChangesNothing();
    void injectedFailuresEndWithTheCleanLedger();
    void malformedProjectDoesNotBlockTheOthers();
    void liveLeaseKeepsASecondSyncOff();
    void schedulersOfSeveralInstancesSyncOncePerInterval();
    void concurrentEnginesOnPostgresCreditOnce();
    void twoServerProcessesCreditOnce();
    void syncForCallerIsForAdminsAndMembers();
    void contributionsAreReadButNeverCredited();

private:
    void addProject(qint64 id, qint64 mappingRate = 150, qint64 validationRate = 50);
    std::unique_ptr<sync::SyncEngine> engine(
        tm4::Tm4Client &client, const QString &instance, store::Database *db = nullptr);
    ProjectSyncReport syncGolden(SyncMode mode = SyncMode::Incremental);
    QStringList ledger(const QString &where = u"TRUE"_s);
    QStringList ledgerByPerson(qint64 firstProject, int projects);
    qint64 scalar(const QString &sql) { return testing::scalarSql(*m_db, sql); }

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::CreditingService> m_crediting;
    std::unique_ptr<Tm4Endpoint> m_tm4;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

void tst_SyncEngine::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 8);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_crediting = std::make_unique<domain::CreditingService>(*m_db, m_clock);
    testing::execSql(*m_db,
        u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z')"_s);
    testing::execSql(*m_db,
        u"INSERT INTO users (id, org_id, role, osm_username, created_at) VALUES "
        "('mia', 'org-a', 'user', 'Mia_Maps', '2026-01-01T00:00:00Z'), "
        "('max', 'org-a', 'user', 'max_maps', '2026-01-01T00:00:00Z'), "
        "('victor', 'org-a', 'validator', 'victor_validates', '2026-01-01T00:00:00Z'), "
        "('admin', 'org-a', 'admin', 'ada_maps', '2026-01-01T00:00:00Z'), "
        "('mapper-only', 'org-a', 'user', 'plain_user', '2026-01-01T00:00:00Z')"_s);
    devstack::Tm4World::Settings empty;
    m_tm4 = std::make_unique<Tm4Endpoint>(empty);
    QVERIFY(m_tm4->port != 0);
    m_tm4->world->addProject(Golden, u"Golden"_s, 10);
    addProject(Golden);
    m_engine = engine(*m_tm4->tm4, u"test-1"_s);
}

void tst_SyncEngine::cleanup()
{
    if (m_db && !QTest::currentTestFailed()) {
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE status = 'running'"_s), 0);
    }
    m_engine.reset();
    m_tm4.reset();
    m_crediting.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_SyncEngine::addProject(qint64 id, qint64 mappingRate, qint64 validationRate)
{
    testing::execSql(*m_db,
        u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
        "active, created_at) VALUES (%1, 'org-a', 'P%1', 'https://tasks.example/projects/%1', "
        "%2, %3, TRUE, '2026-01-01T00:00:00Z')"_s.arg(id)
            .arg(mappingRate)
            .arg(validationRate));
    testing::execSql(*m_db,
        u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
        "(%1, 'mia', 'editor', '2026-01-01T00:00:00Z'), (%1, 'max', 'editor', "
        "'2026-01-01T00:00:00Z'), (%1, 'victor', 'validator', '2026-01-01T00:00:00Z'), "
        "(%1, 'admin', 'validator', '2026-01-01T00:00:00Z')"_s.arg(id));
}

std::unique_ptr<sync::SyncEngine> tst_SyncEngine::engine(
    tm4::Tm4Client &client, const QString &instance, store::Database *db)
{
    sync::SyncEngine::Settings settings;
    settings.instance = instance;
    return std::make_unique<sync::SyncEngine>(
        db ? *db : *m_db, client, *m_crediting, m_clock, settings);
}

ProjectSyncReport tst_SyncEngine::syncGolden(SyncMode mode)
{
    const ProjectSyncReport report
        = testing::runOffMain([this, mode] { return m_engine->syncProject(Golden, mode); });
    if (report.error)
        qWarning() << *report.error;
    return report;
}

QStringList tst_SyncEngine::ledger(const QString &where)
{
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    auto rows = tx.value().exec(
        u"SELECT user_id, kind, amount_cents FROM ledger_entries WHERE "_s + where);
    QStringList out;
    while (rows.ok() && rows.value().next())
        out << u"%1 %2 %3"_s.arg(rows.value().value(0).toString(), rows.value().value(1).toString())
                   .arg(rows.value().value(2).toLongLong());
    out.sort();
    return out;
}

/// Per person and kind, the sums over a range of projects: comparable between two worlds made
/// from one seed under different project ids.
QStringList tst_SyncEngine::ledgerByPerson(qint64 firstProject, int projects)
{
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    auto rows
        = tx.value().exec(u"SELECT user_id, kind, SUM(amount_cents), COUNT(*) FROM ledger_entries "
                          "WHERE project_id >= :a AND project_id < :b GROUP BY user_id, kind"_s,
            { { u"a"_s, firstProject }, { u"b"_s, firstProject + projects } });
    QStringList out;
    while (rows.ok() && rows.value().next())
        out << u"%1 %2 %3 x%4"_s
                   .arg(rows.value().value(0).toString(), rows.value().value(1).toString())
                   .arg(rows.value().value(2).toLongLong())
                   .arg(rows.value().value(3).toLongLong());
    out.sort();
    return out;
}

void tst_SyncEngine::mappedThenValidated()
{
    m_tm4->world->map(Golden, 1, Mia);
    m_tm4->world->validate(Golden, 1, Victor);
    const auto report = syncGolden();
    QCOMPARE(report.outcome, ProjectSyncReport::Outcome::Succeeded);
    QCOMPARE(report.tasksListed, 10);
    QCOMPARE(report.tasksFetched, 10); // first sight: every task is new
    QCOMPARE(report.eventsIngested, 2);
    QCOMPARE(ledger(), QStringList({ u"mia mapping 150"_s, u"victor validation 50"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tasks WHERE project_id = 501"_s), 10);
    // The task list, the project (name and task count), and ten histories.
    QCOMPARE(scalar(u"SELECT requests_made FROM sync_runs WHERE status = 'succeeded'"_s), 12);
    QCOMPARE(scalar(u"SELECT events_ingested FROM sync_runs WHERE status = 'succeeded'"_s), 2);
}

void tst_SyncEngine::outsiderValidationWaitsForTheAdmin()
{
    m_tm4->world->map(Golden, 2, Mia);
    m_tm4->world->validate(Golden, 2, Stranger);
    QCOMPARE(syncGolden().outcome, ProjectSyncReport::Outcome::Succeeded);
    QCOMPARE(ledger(), QStringList());
    const auto queue = m_crediting->reviewQueue(Admin);
    QVERIFY(queue.ok());
    QCOMPARE(queue.value().size(), 1);
    QCOMPARE(queue.value().constFirst().reason, domain::ReviewReason::OutsideValidator);
    QVERIFY(m_crediting->decideReview(Admin, Golden, 2, true).ok());
    QCOMPARE(ledger(), QStringList({ u"mia mapping 150"_s })); // the stranger has no account
    QCOMPARE(syncGolden(SyncMode::Full).eventsIngested, 0);
    QCOMPARE(ledger(), QStringList({ u"mia mapping 150"_s }));
}

void tst_SyncEngine::selfValidationWaitsForTheAdmin()
{
    m_tm4->world->map(Golden, 3, Victor);
    m_tm4->world->validate(Golden, 3, u"Victor_Validates"_s); // the same person, another case
    QCOMPARE(syncGolden().outcome, ProjectSyncReport::Outcome::Succeeded);
    QCOMPARE(ledger(), QStringList());
    const auto queue = m_crediting->reviewQueue(Admin);
    QVERIFY(queue.ok());
    QCOMPARE(queue.value().size(), 1);
    QCOMPARE(queue.value().constFirst().reason, domain::ReviewReason::SelfValidation);
    QVERIFY(m_crediting->decideReview(Admin, Golden, 3, true).ok());
    QCOMPARE(ledger(), QStringList({ u"victor mapping 150"_s })); // no pay for checking oneself
}

void tst_SyncEngine::invalidatedRemappedValidated()
{
    m_tm4->world->map(Golden, 4, Mia);
    m_tm4->world->invalidate(Golden, 4, Victor);
    m_tm4->world->map(Golden, 4, Mia);
    m_tm4->world->validate(Golden, 4, Victor);
    QCOMPARE(syncGolden().eventsIngested, 4);
    // The invalidation pays the validator; nothing was validated before it, so nothing reverses.
    QCOMPARE(ledger(),
        QStringList(
            { u"mia mapping 150"_s, u"victor validation 50"_s, u"victor validation 50"_s }));
}

void tst_SyncEngine::validatedThenInvalidatedIsReversed()
{
    m_tm4->world->map(Golden, 5, Mia);
    m_tm4->world->validate(Golden, 5, Victor);
    syncGolden();
    m_tm4->world->invalidate(Golden, 5, u"ada_maps"_s);
    const auto report = syncGolden();
    QCOMPARE(report.tasksFetched, 1); // only the task whose status changed
    QCOMPARE(report.eventsIngested, 1);
    QCOMPARE(ledger(),
        QStringList({ u"admin validation 50"_s, u"mia mapping 150"_s, u"mia reversal -150"_s,
            u"victor validation 50"_s }));
}

void tst_SyncEngine::sameStatusChangesAreFoundByTheFullSync()
{
    m_tm4->world->map(Golden, 6, Mia);
    m_tm4->world->validate(Golden, 6, Victor);
    syncGolden();
    // Between two syncs: invalidated, remapped by the same mapper, validated again. The task list
    // shows VALIDATED by mia as before.
    m_tm4->world->invalidate(Golden, 6, Victor);
    m_tm4->world->map(Golden, 6, Mia);
    m_tm4->world->validate(Golden, 6, Victor);
    const auto incremental = syncGolden();
    QCOMPARE(incremental.tasksFetched, 0);
    QCOMPARE(incremental.eventsIngested, 0);
    QCOMPARE(ledger().size(), 2);
    const auto full = syncGolden(SyncMode::Full);
    QCOMPARE(full.tasksFetched, 10);
    QCOMPARE(full.eventsIngested, 3);
    QCOMPARE(ledger(),
        QStringList({ u"mia mapping 150"_s, u"mia mapping 150"_s, u"mia reversal -150"_s,
            u"victor validation 50"_s, u"victor validation 50"_s, u"victor validation 50"_s }));
}

void tst_SyncEngine::splitChildrenDoNotCreditCopiedHistory()
{
    m_tm4->world->map(Golden, 7, Mia);
    m_tm4->world->invalidate(Golden, 7, Victor);
    QCOMPARE(syncGolden().eventsIngested, 2);
    QCOMPARE(ledger(), QStringList({ u"victor validation 50"_s }));
    const QList<qint64> children = m_tm4->world->split(Golden, 7, Mia);
    QCOMPARE(children.size(), 4);
    const auto report = syncGolden();
    QCOMPARE(report.tasksFetched, 4); // the four new children
    QCOMPARE(report.eventsIngested, 8); // SPLIT and READY in each; the copies are skipped
    QCOMPARE(ledger(), QStringList({ u"victor validation 50"_s }));
    m_tm4->world->map(Golden, children[0], u"max_maps"_s);
    m_tm4->world->validate(Golden, children[0], Victor);
    syncGolden();
    QCOMPARE(ledger(),
        QStringList(
            { u"max mapping 150"_s, u"victor validation 50"_s, u"victor validation 50"_s }));
    QCOMPARE(syncGolden(SyncMode::Full).eventsIngested, 0);
}

void tst_SyncEngine::aSyncRefreshesNameTaskCountAndBudget()
{
    // Issue 10 #14 (API.md §11.4): TM4 renames the project and splits a task into four.
    testing::execSql(*m_db,
        u"UPDATE projects SET total_tasks = 10, budget_cents = 2000 WHERE id = %1"_s.arg(Golden));
    m_tm4->world->addProject(Golden, u"Golden, phase 2"_s, 0);
    m_tm4->world->split(Golden, 3, Mia);
    QCOMPARE(syncGolden().outcome, ProjectSyncReport::Outcome::Succeeded);
    const qint64 rates = testing::scalarSql(*m_db,
        u"SELECT mapping_rate_cents + validation_rate_cents FROM projects WHERE id = %1"_s.arg(
            Golden));
    QCOMPARE(
        testing::scalarSql(*m_db, u"SELECT total_tasks FROM projects WHERE id = %1"_s.arg(Golden)),
        13);
    QCOMPARE(
        testing::scalarSql(*m_db, u"SELECT budget_cents FROM projects WHERE id = %1"_s.arg(Golden)),
        13 * rates);
    QCOMPARE(testing::scalarSql(*m_db,
                 u"SELECT COUNT(*) FROM projects WHERE id = %1 AND name = 'Golden, phase 2'"_s.arg(
                     Golden)),
        1);
}

void tst_SyncEngine::badImageryEarnsNothing()
{
    m_tm4->world->badImagery(Golden, 8, Mia);
    QCOMPARE(syncGolden().eventsIngested, 1);
    QCOMPARE(ledger(), QStringList());
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM tasks WHERE task_id = 8 AND status = 'BADIMAGERY'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM task_events WHERE action = 'BADIMAGERY'"_s), 1);
}

void tst_SyncEngine::ratesChangedBetweenFirstSightAndValidation()
{
    syncGolden(); // every task seen at 150 / 50
    testing::execSql(*m_db,
        u"UPDATE projects SET mapping_rate_cents = 300, validation_rate_cents = 100 WHERE id = 501"_s);
    m_tm4->world->map(Golden, 9, Mia);
    m_tm4->world->validate(Golden, 9, Victor);
    const QList<qint64> children = m_tm4->world->split(Golden, 10, Mia, 2);
    m_tm4->world->map(Golden, children[0], Mia);
    m_tm4->world->validate(Golden, children[0], Victor);
    syncGolden();
    // Task 9 keeps the rates of its first sight; the split child is new and takes today's.
    QCOMPARE(ledger(),
        QStringList({ u"mia mapping 150"_s, u"mia mapping 300"_s, u"victor validation 100"_s,
            u"victor validation 50"_s }));
}

void tst_SyncEngine::incrementalSyncFetchesOnlyChangedTasks()
{
    syncGolden();
    m_tm4->world->map(Golden, 1, Mia);
    m_tm4->world->lockForMapping(Golden, 2, Mia);
    const auto report = syncGolden();
    QCOMPARE(report.tasksFetched, 2);
    QCOMPARE(report.requests, 4u); // the task list, the project, and two histories
    QCOMPARE(syncGolden().tasksFetched, 0); // TM4's statuses are stored: nothing left to fetch
}

void tst_SyncEngine::resyncChangesNothing()
{
    Tm4Endpoint world(generated(2001, 2, 120));
    testing::execSql(*m_db, u"UPDATE projects SET active = FALSE WHERE id = 501"_s);
    addProject(2001);
    addProject(2002);
    auto engine2 = engine(*world.tm4, u"test-2"_s);
    const auto first = testing::runOffMain([&] { return engine2->syncAll(false); });
    QCOMPARE(first.count(ProjectSyncReport::Outcome::Succeeded), 2); // inactive Golden is left out
    const QStringList once = ledger();
    QVERIFY(once.size() > 50);
    const auto events = scalar(u"SELECT COUNT(*) FROM task_events"_s);
    const auto again = testing::runOffMain([&] { return engine2->syncAll(true); });
    for (const auto &p : again.projects)
        QCOMPARE(p.eventsIngested, 0);
    QCOMPARE(ledger(), once);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM task_events"_s), events);
    const auto incremental = testing::runOffMain([&] { return engine2->syncAll(false); });
    for (const auto &p : incremental.projects)
        QCOMPARE(p.tasksFetched, 0);
    // The world moves on: the next incremental sync fetches only what changed.
    const int changed = world.world->advance(0.1);
    QCOMPARE(changed, 24);
    const auto after = testing::runOffMain([&] { return engine2->syncAll(false); });
    int fetched = 0;
    quint64 requests = 0;
    for (const auto &p : after.projects) {
        fetched += p.tasksFetched;
        requests += p.requests;
    }
    QCOMPARE(fetched, changed);
    // + the task list and the project per project
    QCOMPARE(requests, static_cast<quint64>(changed) + 4);
}

void tst_SyncEngine::injectedFailuresEndWithTheCleanLedger()
{
    // One seed, two worlds under different project ids: one served cleanly, one with 20 % of
    // its answers 503 or 429. The ledgers must match person by person.
    Tm4Endpoint clean(generated(3001, 2, 80));
    Tm4Endpoint flaky(generated(4001, 2, 80));
    flaky.simulator.setKnobs({ 0, 0.2, {}, true });
    for (const qint64 id : { 3001, 3002, 4001, 4002 })
        addProject(id);
    QCOMPARE(testing::runOffMain([&] {
        return engine(*clean.tm4, u"clean"_s)->syncProject(3001, SyncMode::Full);
    }).outcome,
        ProjectSyncReport::Outcome::Succeeded);
    QCOMPARE(testing::runOffMain([&] {
        return engine(*clean.tm4, u"clean"_s)->syncProject(3002, SyncMode::Full);
    }).outcome,
        ProjectSyncReport::Outcome::Succeeded);
    auto flakyEngine = engine(*flaky.tm4, u"flaky"_s);
    const auto a
        = testing::runOffMain([&] { return flakyEngine->syncProject(4001, SyncMode::Full); });
    const auto b
        = testing::runOffMain([&] { return flakyEngine->syncProject(4002, SyncMode::Full); });
    QCOMPARE(a.outcome, ProjectSyncReport::Outcome::Succeeded);
    QCOMPARE(b.outcome, ProjectSyncReport::Outcome::Succeeded);
    QVERIFY2(a.requests + b.requests > 2 + 160, "retries happened");
    QVERIFY(flaky.simulator.requestsServed() > clean.simulator.requestsServed());
    QVERIFY(!ledgerByPerson(3001, 2).isEmpty());
    QCOMPARE(ledgerByPerson(4001, 2), ledgerByPerson(3001, 2));
}

void tst_SyncEngine::malformedProjectDoesNotBlockTheOthers()
{
    Tm4Endpoint world(generated(5001, 3, 40));
    testing::execSql(*m_db, u"UPDATE projects SET active = FALSE WHERE id = 501"_s);
    for (const qint64 id : { 5001, 5002, 5003 })
        addProject(id);
    world.simulator.setKnobs({ 0, 0.0, { 5002 }, true });
    auto engine3 = engine(*world.tm4, u"test-3"_s);
    QList<sync::SyncProgress> progress;
    const auto report = testing::runOffMain([&] {
        return engine3->syncForCaller(Admin, std::nullopt, SyncMode::Incremental,
            [&progress](const sync::SyncProgress &p) { progress << p; });
    });
    QVERIFY(report.ok());
    QCOMPARE(report.value().projects.size(), 3);
    for (const auto &p : report.value().projects) {
        if (p.projectId == 5002) {
            QCOMPARE(p.outcome, ProjectSyncReport::Outcome::Failed);
            QVERIFY(p.error);
            QCOMPARE(p.error->code, QByteArray("tm4_malformed"));
        } else {
            QCOMPARE(p.outcome, ProjectSyncReport::Outcome::Succeeded);
            QVERIFY(p.eventsIngested > 0);
        }
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE project_id = 5002 AND status = "
                    "'failed' AND error LIKE '%tm4_malformed%'"_s),
        1);
    QVERIFY(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE project_id IN (5001, 5003)"_s) > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE project_id = 5002"_s), 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().projectsDone, 3);
    QCOMPARE(progress.constLast().projectsTotal, 3);
}

void tst_SyncEngine::liveLeaseKeepsASecondSyncOff()
{
    testing::execSql(*m_db,
        u"INSERT INTO sync_runs (project_id, mode, status, lease_owner, lease_until, started_at) "
        "VALUES (501, 'incremental', 'running', 'elsewhere', '2999-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z')"_s);
    const auto skipped = syncGolden();
    QCOMPARE(skipped.outcome, ProjectSyncReport::Outcome::Skipped);
    QCOMPARE(skipped.error->code, QByteArray("sync_in_progress"));
    QCOMPARE(skipped.requests, 0u);
    // The holder died: once its lease is past, the project is taken over.
    testing::execSql(*m_db,
        u"UPDATE sync_runs SET lease_until = '2000-01-01T00:00:00Z' WHERE lease_owner = 'elsewhere'"_s);
    QCOMPARE(syncGolden().outcome, ProjectSyncReport::Outcome::Succeeded);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE lease_owner = 'elsewhere' AND "
                    "status = 'failed' AND error LIKE 'lease expired%'"_s),
        1);
}

/// Issue #15 §4: every instance runs the scheduler; a project is synced once per interval
/// between them, whichever comes first, and again in the next interval.
void tst_SyncEngine::schedulersOfSeveralInstancesSyncOncePerInterval()
{
    using namespace std::chrono_literals;
    auto first = engine(*m_tm4->tm4, u"instance-1"_s);
    auto second = engine(*m_tm4->tm4, u"instance-2"_s);
    const auto ran = testing::runOffMain([&] { return first->syncAll(false, {}, nullptr, 30min); });
    QCOMPARE(ran.count(ProjectSyncReport::Outcome::Succeeded), 1);
    // The other instance's scheduler fires later in the same interval (the test clock starts at
    // 17:23:57; the half hour ends at 17:30): nothing to do.
    m_clock.advance(5min);
    const auto other
        = testing::runOffMain([&] { return second->syncAll(false, {}, nullptr, 30min); });
    QCOMPARE(other.count(ProjectSyncReport::Outcome::Skipped), 1);
    QCOMPARE(other.count(ProjectSyncReport::Outcome::Succeeded), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs"_s), 1);
    // A request is not the schedule: it runs whatever the interval.
    QCOMPARE(testing::runOffMain([&] {
        return second->syncProject(Golden, SyncMode::Incremental, u"admin"_s);
    }).outcome,
        ProjectSyncReport::Outcome::Succeeded);
    // The next interval belongs to whichever scheduler comes first.
    m_clock.advance(30min);
    const auto next
        = testing::runOffMain([&] { return second->syncAll(false, {}, nullptr, 30min); });
    QCOMPARE(next.count(ProjectSyncReport::Outcome::Succeeded), 1);
    QCOMPARE(testing::runOffMain([&] {
        return first->syncAll(false, {}, nullptr, 30min);
    }).count(ProjectSyncReport::Outcome::Skipped),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE scheduled_slot IS NOT NULL"_s), 2);
}

void tst_SyncEngine::concurrentEnginesOnPostgresCreditOnce()
{
    if (m_temp->config().engine != store::Engine::Postgres)
        QSKIP("PostgreSQL only: SQLite has one writer, so there is no race to lose");
    // Two engines, each with its own connections, sync the same world at once; a third world
    // from the same seed is synced alone as the reference.
    Tm4Endpoint shared(generated(6001, 3, 60));
    Tm4Endpoint reference(generated(7001, 3, 60));
    for (const qint64 id : { 6001, 6002, 6003, 7001, 7002, 7003 })
        addProject(id);
    store::Database second(m_temp->config(), 8);
    Tm4Endpoint sameWorldAgain(generated(6001, 3, 60)); // a second client on an identical world
    auto a = engine(*shared.tm4, u"process-a"_s);
    auto b = engine(*sameWorldAgain.tm4, u"process-b"_s, &second);
    for (int round = 0; round < 3; ++round) {
        auto first = QtConcurrent::run([&] {
            for (const qint64 id : { 6001, 6002, 6003 })
                (void)a->syncProject(id, SyncMode::Full);
            store::Database::releaseThreadState();
        });
        auto other = QtConcurrent::run([&] {
            for (const qint64 id : { 6003, 6002, 6001 })
                (void)b->syncProject(id, SyncMode::Full);
            store::Database::releaseThreadState();
        });
        while (!first.isFinished() || !other.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    for (const qint64 id : { 7001, 7002, 7003 })
        QCOMPARE(testing::runOffMain([&] {
            return engine(*reference.tm4, u"reference"_s)->syncProject(id, SyncMode::Full);
        }).outcome,
            ProjectSyncReport::Outcome::Succeeded);
    QVERIFY(!ledgerByPerson(7001, 3).isEmpty());
    QCOMPARE(ledgerByPerson(6001, 3), ledgerByPerson(7001, 3));
    QVERIFY(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE project_id BETWEEN 6001 AND 6003 AND "
                   "status = 'succeeded'"_s)
        >= 3);
}

/// Two `mikro-server --sync-once` processes against one store and one TM4 at the same moment:
/// the ledger equals that of one solo sync of an identical world.
void tst_SyncEngine::twoServerProcessesCreditOnce()
{
    Tm4Endpoint shared(generated(8001, 3, 60));
    testing::execSql(*m_db, u"UPDATE projects SET active = FALSE WHERE id = 501"_s);
    for (const qint64 id : { 8001, 8002, 8003 })
        addProject(id);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto database = m_temp->environment();
    for (auto it = database.cbegin(); it != database.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(u"TM4_API_URL"_s, u"http://127.0.0.1:%1/api/v2"_s.arg(shared.port));
    env.insert(u"LOG_LEVEL"_s, u"warning"_s);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 2; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        processes.push_back(std::move(process));
    }
    for (auto &process : processes)
        process->start(QStringLiteral(MIKRO_SERVER_BIN), { u"--sync-once"_s });
    for (auto &process : processes) {
        QVERIFY(QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 120000));
        const QByteArray output = process->readAll();
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
            output.constData());
        QVERIFY2(output.contains("sync done, 0 project(s) failed"), output.constData());
    }
    // Each project was synced by one of them or both (one after the other); never at once.
    QVERIFY(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE project_id BETWEEN 8001 AND 8003 AND "
                   "status = 'succeeded'"_s)
        >= 3);
    Tm4Endpoint reference(generated(9001, 3, 60));
    for (const qint64 id : { 9001, 9002, 9003 }) {
        addProject(id);
        QCOMPARE(testing::runOffMain([&] {
            return engine(*reference.tm4, u"reference"_s)->syncProject(id, SyncMode::Full);
        }).outcome,
            ProjectSyncReport::Outcome::Succeeded);
    }
    QVERIFY(!ledgerByPerson(9001, 3).isEmpty());
    QCOMPARE(ledgerByPerson(8001, 3), ledgerByPerson(9001, 3));
}

/// Admins sync any project of their organisation, or all of them; members sync the active
/// projects they belong to, from the role each action asks (API.md §8, §11.4); nobody else.
void tst_SyncEngine::syncForCallerIsForAdminsAndMembers()
{
    const domain::Caller mia { u"mia"_s, u"org-a"_s, domain::Role::User, true };
    const domain::Caller victor { u"victor"_s, u"org-a"_s, domain::Role::Validator, true };
    const domain::Caller outsider { u"mapper-only"_s, u"org-a"_s, domain::Role::User, true };
    const domain::Caller otherAdmin { u"admin-b"_s, u"org-b"_s, domain::Role::Admin, true };
    const auto kindOf = [](const core::Result<void> &r) {
        return r.ok() ? std::optional<core::ErrorKind>() : std::optional(r.error().kind);
    };
    QCOMPARE(kindOf(testing::runOffMain(
                 [&] { return m_engine->authorize(mia, Golden, domain::Role::Validator); })),
        std::optional(core::ErrorKind::Forbidden));
    QVERIFY(testing::runOffMain([&] {
        return m_engine->authorize(victor, Golden, domain::Role::Validator);
    }).ok());
    QVERIFY(testing::runOffMain([&] {
        return m_engine->authorize(mia, Golden, domain::Role::User);
    }).ok());
    QCOMPARE(kindOf(testing::runOffMain(
                 [&] { return m_engine->authorize(outsider, Golden, domain::Role::User); })),
        std::optional(core::ErrorKind::NotFound));
    const auto everything = testing::runOffMain(
        [&] { return m_engine->syncForCaller(mia, std::nullopt, SyncMode::Full); });
    QVERIFY(!everything.ok());
    QCOMPARE(everything.error().kind, core::ErrorKind::Forbidden);
    const auto hidden = testing::runOffMain(
        [&] { return m_engine->syncForCaller(otherAdmin, Golden, SyncMode::Full); });
    QVERIFY(!hidden.ok());
    QCOMPARE(hidden.error().kind, core::ErrorKind::NotFound);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs"_s), 0);
    QCOMPARE(testing::runOffMain([&] { return m_engine->memberProjects(mia); }).value(),
        QList<qint64>({ Golden }));
    QVERIFY(
        testing::runOffMain([&] { return m_engine->memberProjects(outsider); }).value().isEmpty());
    QCOMPARE(testing::runOffMain([&] { return m_engine->staffedProjects(mia); }).error().kind,
        core::ErrorKind::Forbidden);
    const auto byMember = testing::runOffMain(
        [&] { return m_engine->syncForCaller(mia, Golden, SyncMode::Incremental); });
    QVERIFY(byMember.ok());
    const auto done = testing::runOffMain(
        [&] { return m_engine->syncForCaller(Admin, Golden, SyncMode::Full); });
    QVERIFY(done.ok());
    QCOMPARE(done.value().projects.size(), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE requested_by = 'admin'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE requested_by = 'mia'"_s), 1);
}

void tst_SyncEngine::contributionsAreReadButNeverCredited()
{
    m_tm4->world->map(Golden, 1, Mia);
    m_tm4->world->validate(Golden, 1, Victor);
    m_tm4->world->map(Golden, 2, Mia);
    m_tm4->world->invalidate(Golden, 2, Victor); // the snapshot forgets invalidated work
    const auto people = testing::awaitResult(m_tm4->tm4->contributions(Golden));
    QVERIFY(people && people->ok());
    QCOMPARE(people->value().size(), 2);
    for (const tm4::Contribution &c : people->value()) {
        if (c.username == Mia)
            QCOMPARE(c.mappedTasks, QList<qint64>({ 1 }));
        else
            QCOMPARE(c.validatedTasks, QList<qint64>({ 1 }));
    }
    QCOMPARE(ledger(), QStringList()); // reading it credits nothing
    const auto missing = testing::awaitResult(m_tm4->tm4->contributions(4040));
    QCOMPARE(missing->error().code, QByteArray("tm4_project_not_found"));
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_SyncEngine.moc"
