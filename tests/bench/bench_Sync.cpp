#include "app/devstack/sim/Tm4Simulator.h"
#include "services/core/Clock.h"
#include "services/core/ConfigReader.h"
#include "services/domain/crediting/CreditingService.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "services/sync/SyncEngine.h"
#include "services/tm4/Tm4Client.h"
#include "tests/support/AwaitResult.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The TM4 issue's sync benchmark: a simulated TM4 with P projects × T tasks answering every
/// request after L ms; the first full sync, then an incremental sync after 10 % of the tasks
/// changed. Reports wall time, requests, the lower bound requests × L ÷ concurrency, and the
/// requests the per-user approach would have made for the same world.
/// Environment: MIKRO_BENCH_PROJECTS (50), MIKRO_BENCH_TASKS (1000), MIKRO_BENCH_LATENCY_MS (20),
/// MIKRO_BENCH_CONCURRENCY (16), MIKRO_BENCH_SYNC_DATABASE_URL (a PostgreSQL database the
/// benchmark may empty; default: SQLite in a temporary directory).
class bench_Sync : public QObject
{
    Q_OBJECT
private slots:
    void firstFullSyncThenIncremental();

private:
    static int env(const char *name, int fallback)
    {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue(name, &ok);
        return ok && value > 0 ? value : fallback;
    }
};

namespace {

void report(const char *what, qint64 ms, quint64 requests, double bound, qint64 extra = -1)
{
    std::printf("%-22s wall %7lld ms  requests %7llu  lower bound %7.0f ms  ratio %.2f%s\n", what,
        ms, requests, bound, bound > 0 ? static_cast<double>(ms) / bound : 0.0,
        extra >= 0 ? qPrintable(u"  changed tasks %1"_s.arg(extra)) : "");
    std::fflush(stdout);
}

} // namespace

void bench_Sync::firstFullSyncThenIncremental()
{
    const int projects = env("MIKRO_BENCH_PROJECTS", 50);
    const int tasks = env("MIKRO_BENCH_TASKS", 1000);
    const int latency = env("MIKRO_BENCH_LATENCY_MS", 20);
    const int concurrency = env("MIKRO_BENCH_CONCURRENCY", 16);
    core::SystemClock clock;

    QTemporaryDir dir;
    const QString url = qEnvironmentVariable("MIKRO_BENCH_SYNC_DATABASE_URL");
    core::ConfigReader reader(url.isEmpty()
            ? core::ConfigReader::Values {}
            : core::ConfigReader::Values { { u"DATABASE_URL"_s, url } });
    store::Database db(
        store::DatabaseConfig::fromSettings(reader, dir.filePath(u"bench.sqlite"_s)), 4);
    if (db.engine() == store::Engine::Postgres) {
        auto tx = db.begin();
        QVERIFY(tx.ok());
        QVERIFY(tx.value().exec(u"DROP SCHEMA public CASCADE"_s).ok());
        QVERIFY(tx.value().exec(u"CREATE SCHEMA public"_s).ok());
        QVERIFY(tx.value().commit().ok());
    }
    QVERIFY(store::Migrator(db, clock).migrate().ok());

    // The world: the org's people map and validate alongside people Mikro does not know.
    devstack::Tm4World::Settings settings;
    settings.seed = 42;
    settings.projects = projects;
    settings.tasksPerProject = tasks;
    settings.firstProjectId = 1;
    QStringList people;
    for (int i = 0; i < 40; ++i)
        people << u"mapper_%1"_s.arg(i);
    settings.mappers = people + QStringList { u"stranger_1"_s, u"stranger_2"_s };
    settings.validators = { u"validator_0"_s, u"validator_1"_s, u"validator_2"_s };
    settings.outsiders = { u"outside_validator"_s };
    auto world = std::make_shared<devstack::Tm4World>(settings);
    devstack::Tm4Simulator simulator(world);
    simulator.setKnobs({ latency, 0.0, {}, true });
    http::Router router;
    simulator.addRoutes(router);
    http::HttpLimits limits;
    limits.workerThreads = 2;
    http::HttpServer server(router, limits);
    const auto port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());

    {
        auto tx = db.begin();
        QVERIFY(tx.ok());
        QVERIFY(tx.value()
                    .exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('o', 'Bench', "
                          "'2026-01-01T00:00:00Z')"_s)
                    .ok());
        QStringList everyone = people;
        everyone << settings.validators;
        for (qsizetype i = 0; i < everyone.size(); ++i) {
            const QString role
                = everyone[i].startsWith("validator"_L1) ? u"validator"_s : u"user"_s;
            QVERIFY(tx.value()
                        .exec(u"INSERT INTO users (id, org_id, role, osm_username, created_at) "
                              "VALUES (:id, 'o', :role, :osm, '2026-01-01T00:00:00Z')"_s,
                            { { u"id"_s, everyone[i] }, { u"role"_s, role },
                                { u"osm"_s, everyone[i] } })
                        .ok());
        }
        for (int p = 1; p <= projects; ++p) {
            QVERIFY(tx.value()
                        .exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
                              "validation_rate_cents, active, created_at) VALUES (:p, 'o', 'P', "
                              "'https://tasks.example/projects/1', 100, 40, TRUE, "
                              "'2026-01-01T00:00:00Z')"_s,
                            { { u"p"_s, p } })
                        .ok());
            for (const QString &person : everyone)
                QVERIFY(tx.value()
                            .exec(u"INSERT INTO project_members (project_id, user_id, "
                                  "member_role, assigned_at) VALUES (:p, :u, :r, "
                                  "'2026-01-01T00:00:00Z')"_s,
                                { { u"p"_s, p }, { u"u"_s, person },
                                    { u"r"_s,
                                        person.startsWith("validator"_L1) ? u"validator"_s
                                                                          : u"editor"_s } })
                            .ok());
        }
        QVERIFY(tx.value().commit().ok());
    }

    tm4::Tm4Settings client;
    client.apiUrl = QUrl(u"http://127.0.0.1:%1/api/v2"_s.arg(port.value()));
    client.maxConcurrency = concurrency;
    tm4::Tm4Client tm4(client);
    domain::CreditingService crediting(db, clock);
    sync::SyncEngine::Settings engineSettings;
    engineSettings.instance = u"bench"_s;
    sync::SyncEngine engine(db, tm4, crediting, clock, engineSettings);

    std::printf("world: %d projects x %d tasks (%d after splits), latency %d ms, concurrency %d, "
                "store %s\n",
        projects, tasks, world->taskCount(), latency, concurrency,
        qPrintable(db.config().describe()));
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport first = testing::runOffMain([&] { return engine.syncAll(true); });
    const qint64 firstMs = timer.elapsed();
    quint64 firstRequests = 0;
    int events = 0;
    for (const auto &p : first.projects) {
        QCOMPARE(p.outcome, sync::ProjectSyncReport::Outcome::Succeeded);
        firstRequests += p.requests;
        events += p.eventsIngested;
    }
    report("first full sync", firstMs, firstRequests,
        static_cast<double>(firstRequests) * latency / concurrency);
    std::printf("  events ingested %d, ledger entries %lld\n", events, [&db] {
        auto tx = db.begin(store::Database::Access::ReadOnly);
        auto q = tx.value().exec(u"SELECT COUNT(*) FROM ledger_entries"_s);
        return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }());

    const int changed = world->advance(0.10);
    timer.restart();
    const sync::SyncReport incremental = testing::runOffMain([&] { return engine.syncAll(false); });
    const qint64 incrementalMs = timer.elapsed();
    quint64 incrementalRequests = 0;
    for (const auto &p : incremental.projects) {
        QCOMPARE(p.outcome, sync::ProjectSyncReport::Outcome::Succeeded);
        incrementalRequests += p.requests;
    }
    report("incremental (10 %)", incrementalMs, incrementalRequests,
        static_cast<double>(incrementalRequests) * latency / concurrency, changed);
    // The bound: no more requests than changed tasks + 2 per project.
    QVERIFY(incrementalRequests <= static_cast<quint64>(changed + 2 * projects));

    // The per-user approach for the same world: each Mikro user's contributions in each project,
    // then one status call per task those list.
    quint64 perUser = 0;
    const QSet<QString> mikroPeople(people.cbegin(), people.cend());
    for (const qint64 projectId : world->projectIds()) {
        perUser += static_cast<quint64>(people.size() + settings.validators.size());
        const QJsonArray users = QJsonDocument::fromJson(*world->contributionsJson(projectId))
                                     .object()
                                     .value(u"userContributions"_s)
                                     .toArray();
        for (const auto &u : users) {
            const QJsonObject o = u.toObject();
            const QString name = o.value(u"username"_s).toString();
            if (mikroPeople.contains(name) || settings.validators.contains(name))
                perUser += static_cast<quint64>(o.value(u"mappedTasks"_s).toArray().size()
                    + o.value(u"validatedTasks"_s).toArray().size());
        }
    }
    std::printf(
        "per-user approach      requests %7llu (for one pass over the same world)\n", perUser);
}

QTEST_GUILESS_MAIN(bench_Sync)
#include "bench_Sync.moc"
