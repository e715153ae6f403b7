#include "services/core/Clock.h"
#include "services/core/ConfigReader.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/reporting/DashboardService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "services/store/SqlValues.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The domain's heaviest reads on an org of 2,000 people, 300 projects, 500,000 tasks and
/// 1,000,000 ledger entries (issue #3's benchmark). PostgreSQL only; needs
/// MIKRO_BENCH_DATABASE_URL=postgresql://… (a database it may fill; seeding runs once).
/// Run: build/bench/tests/bench/bench_DomainQueries -minimumvalue 20
class bench_DomainQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paymentsOverviewEveryPersonsBalances();
    void onePersonsDashboard();
    void adminDashboard();

private:
    core::SystemClock m_clock;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::PeopleService> m_people;
    std::unique_ptr<domain::DashboardService> m_dashboards;
    const domain::Caller m_admin { u"u-0"_s, u"bench-org"_s, domain::Role::Admin, true };
    const domain::Caller m_person { u"u-1234"_s, u"bench-org"_s, domain::Role::User, true };
};

void bench_DomainQueries::initTestCase()
{
    const QString url = qEnvironmentVariable("MIKRO_BENCH_DATABASE_URL");
    if (url.isEmpty())
        QSKIP("MIKRO_BENCH_DATABASE_URL is not set (a PostgreSQL database to fill); see "
              "docs/PERFORMANCE.md");
    core::ConfigReader reader({ { u"DATABASE_URL"_s, url } });
    m_db = std::make_unique<store::Database>(store::DatabaseConfig::fromSettings(reader, {}), 2);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    auto tx = m_db->begin();
    QVERIFY(tx.ok());
    auto seeded = tx.value().exec(u"SELECT COUNT(*) FROM orgs WHERE id = 'bench-org'"_s);
    QVERIFY(seeded.ok());
    seeded.value().next();
    if (seeded.value().value(0).toInt() == 0) {
        QElapsedTimer clock;
        clock.start();
        const QStringList seed {
            u"INSERT INTO orgs (id, name, created_at) VALUES ('bench-org', 'Bench', now())"_s,
            u"INSERT INTO users (id, org_id, role, osm_username, email, first_name, last_name, "
            u"created_at) "
            "SELECT 'u-' || g, 'bench-org', CASE WHEN g = 0 THEN 'admin' WHEN g % 20 = 0 THEN "
            "'validator' ELSE 'user' END, "
            "'osm_' || g, 'u' || g || '@bench.example', 'First' || g, 'Last' || g, now() FROM generate_series(0, 1999) g"_s,
            u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
            u"validation_rate_cents, active, created_at) "
            "SELECT 100000 + g, 'bench-org', 'Project ' || g, 'https://t.example/projects/' || "
            "(100000 + g), 150, 50, "
            "g % 3 <> 0, now() FROM generate_series(0, 299) g"_s,
            u"INSERT INTO tasks (project_id, task_id, status, mapper_user_id, validator_user_id, "
            u"mapping_rate_cents, "
            "validation_rate_cents, updated_at) SELECT 100000 + (g % 300), 1 + g / 300, "
            "CASE WHEN g % 4 = 0 THEN 'VALIDATED' WHEN g % 4 = 1 THEN 'INVALIDATED' ELSE 'MAPPED' "
            "END, "
            "'u-' || (1 + g % 1999), 'u-' || (20 * (1 + g % 99)), 150, 50, now() FROM generate_series(0, 499999) g"_s,
            u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, "
            u"action_at, ingested_at) "
            "SELECT 100000 + (g % 300), 1 + g / 300, g, 'MAPPED', 'osm_' || (1 + g % 1999), "
            "now() - make_interval(hours => g % 2400), now() FROM generate_series(0, 499999) g"_s,
            u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
            u"project_id, task_id, created_at) "
            "SELECT 'bench-org', 'u-' || (1 + g % 1999), CASE WHEN g % 10 = 0 THEN 'validation' "
            "WHEN g % 97 = 0 THEN "
            "'reversal' ELSE 'mapping' END, CASE WHEN g % 97 = 0 AND g % 10 <> 0 THEN -150 ELSE "
            "150 END, 'bench:' || g, "
            "100000 + (g % 300), 1 + (g / 300) % 1667, now() - make_interval(hours => g % 2400) "
            "FROM generate_series(0, 999999) g"_s,
            u"INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, status, "
            u"requested_at) "
            "SELECT 'bench-org', 'u-' || g, 1000, 'u' || g || '@bench.example', 'pending', now() "
            "FROM generate_series(1, 200) g"_s,
            u"ANALYZE"_s,
        };
        for (const QString &statement : seed) {
            auto done = tx.value().exec(statement);
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().diagnostic));
        }
        QVERIFY(tx.value().commit().ok());
        qInfo("seeded in %lld ms", clock.elapsed());
    }
    m_people = std::make_unique<domain::PeopleService>(*m_db, m_clock);
    m_dashboards = std::make_unique<domain::DashboardService>(*m_db, m_clock);
}

void bench_DomainQueries::paymentsOverviewEveryPersonsBalances()
{
    int people = 0;
    QBENCHMARK
    {
        people = int(m_people->orgPeople(m_admin).value().size());
    }
    QCOMPARE(people, 2000);
}

void bench_DomainQueries::onePersonsDashboard()
{
    bool ok = false;
    QBENCHMARK
    {
        ok = m_dashboards->person(m_person, QTimeZone("America/Lima"), Qt::Monday).ok();
    }
    QVERIFY(ok);
}

void bench_DomainQueries::adminDashboard()
{
    bool ok = false;
    QBENCHMARK
    {
        ok = m_dashboards->org(m_admin, QTimeZone("America/Lima"), Qt::Monday).ok();
    }
    QVERIFY(ok);
    // The rollup's figures at this scale equal a distinct count over the events themselves.
    const QTimeZone lima("America/Lima");
    const auto d = m_dashboards->org(m_admin, lima, Qt::Monday);
    QVERIFY(d.ok());
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    QVERIFY(tx.ok());
    for (int w : { 0, 6, 11 }) {
        const QDate start = d.value().weekly.weekStarts[w];
        auto raw = tx.value().exec(
            u"SELECT COUNT(DISTINCT e.project_id * 1000000000 + e.task_id) FROM task_events e "
            "JOIN projects p ON p.id = e.project_id WHERE p.org_id = 'bench-org' "
            "AND e.action = 'MAPPED' AND e.action_at >= :from AND e.action_at < :to"_s,
            { { u"from"_s, store::utcValue(QDateTime(start, QTime(0, 0), lima)) },
                { u"to"_s, store::utcValue(QDateTime(start.addDays(7), QTime(0, 0), lima)) } });
        QVERIFY(raw.ok() && raw.value().next());
        QCOMPARE(d.value().weekly.series.value(u"mapped"_s).value(w), raw.value().value(0).toInt());
    }
}

QTEST_GUILESS_MAIN(bench_DomainQueries)
#include "bench_DomainQueries.moc"
