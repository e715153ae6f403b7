#include "services/core/UtcTime.h"
#include "services/domain/reporting/DashboardService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::Role;

namespace {
const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
// Wednesday 2026-11-25, 12:00 UTC = 07:00 in Lima (UTC−5, no daylight saving).
const QDateTime Now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
const QTimeZone Lima("America/Lima");
} // namespace

/// Dashboard figures (UI.md §2.1, §2.2) from aggregate SQL, cut in local weeks and months; both
/// engines.
class tst_DashboardService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void moneyFiguresFollowTheDefinitions();
    void weeklySeriesAreLocalOrderedAndZeroFilled();
    void monthCountsAndTaskFigures();
    void orgDashboardSumsTheOrganisation();
    void orgActivityCountsDistinctTasksWhateverTheOrder();

private:
    struct Event
    {
        qint64 project;
        qint64 task;
        qint64 history;
        QString action;
        QDateTime at;
    };
    void compareOrgActivity(const QList<Event> &events);
    void event(qint64 task, qint64 history, const QString &action, const QString &actor,
        const QString &at);
    void exec(const QString &sql);

    testing::TestClock m_clock { Now };
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::DashboardService> m_dashboards;
};

void tst_DashboardService::init()
{
    QVERIFY(Lima.isValid());
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config());
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_dashboards = std::make_unique<domain::DashboardService>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO users (id, org_id, role, osm_username, created_at) VALUES "
         "('admin', 'org-a', 'admin', 'ada', '2026-01-01T00:00:00Z'), "
         "('mapper', 'org-a', 'user', 'Mia_Maps', '2026-01-01T00:00:00Z'), "
         "('validator', 'org-a', 'validator', 'victor', '2026-01-01T00:00:00Z'), "
         "('gone', 'org-a', 'user', 'gone', '2026-01-01T00:00:00Z')"_s);
    exec(u"UPDATE users SET deactivated_at = '2026-02-01T00:00:00Z' WHERE id = 'gone'"_s);
    exec(
        u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
        u"active, created_at) VALUES "
        "(1, 'org-a', 'P1', 'https://t.example/projects/1', 150, 50, TRUE, "
        "'2026-01-01T00:00:00Z'), "
        "(2, 'org-a', 'P2', 'https://t.example/projects/2', 150, 50, FALSE, "
        "'2026-01-01T00:00:00Z'), "
        "(3, 'org-b', 'P3', 'https://t.example/projects/3', 150, 50, TRUE, '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
        "(1, 'mapper', 'editor', '2026-01-01T00:00:00Z'), (2, 'mapper', 'editor', '2026-01-01T00:00:00Z')"_s);
}

void tst_DashboardService::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_dashboards.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_DashboardService::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

void tst_DashboardService::event(
    qint64 task, qint64 history, const QString &action, const QString &actor, const QString &at)
{
    exec(u"INSERT INTO tasks (project_id, task_id, status, mapper_user_id, mapping_rate_cents, "
         u"validation_rate_cents, "
         "updated_at) VALUES (1, %1, 'MAPPED', 'mapper', 150, 50, '2026-01-01T00:00:00Z') "
         "ON CONFLICT (project_id, task_id) DO NOTHING"_s.arg(task));
    exec(u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, "
         u"action_at, ingested_at) "
         "VALUES (1, %1, %2, '%3', '%4', '%5', '2026-11-25T00:00:00Z')"_s.arg(task)
             .arg(history)
             .arg(action, actor, at));
}

void tst_DashboardService::moneyFiguresFollowTheDefinitions()
{
    exec(u"INSERT INTO payments (id, org_id, user_id, amount_cents, external_ref, paid_by, "
         u"paid_at) VALUES "
         "(1, 'org-a', 'mapper', 100, 'P', 'admin', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"payment_id, created_at) VALUES "
         "('org-a', 'mapper', 'mapping', 300, 'a', NULL, '2026-01-01T00:00:00Z'), "
         "('org-a', 'mapper', 'reversal', -150, 'b', NULL, '2026-01-01T00:00:00Z'), "
         "('org-a', 'mapper', 'validation', 50, 'c', NULL, '2026-01-01T00:00:00Z'), "
         "('org-a', 'mapper', 'checklist', 500, 'd', NULL, '2026-01-01T00:00:00Z'), "
         "('org-a', 'mapper', 'adjustment', -25, 'e', NULL, '2026-01-01T00:00:00Z'), "
         "('org-a', 'mapper', 'payout', -100, 'f', 1, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, status, "
         u"requested_at) VALUES "
         "('org-a', 'mapper', 200, 'm@p.example', 'pending', '2026-01-02T00:00:00Z')"_s);
    const auto d = m_dashboards->person(Mapper, Lima, Qt::Monday);
    QVERIFY(d.ok());
    const domain::MoneyFigures &m = d.value().money;
    QCOMPARE(m.earned, Money(300 - 150 + 50 + 500));
    QCOMPARE(m.adjustments, Money(-25));
    QCOMPARE(m.paid, Money(100));
    QCOMPARE(m.pending, Money(200));
    QCOMPARE(m.payable, Money(700 - 25 - 100 - 200));
    QCOMPARE(m.mappingEarnings, Money(150));
    QCOMPARE(m.validationEarnings, Money(50));
    QCOMPARE(m.checklistEarnings, Money(500));
}

void tst_DashboardService::weeklySeriesAreLocalOrderedAndZeroFilled()
{
    // Monday 2026-11-23 03:00 UTC is Sunday 22:00 in Lima: the previous local week.
    event(10, 1, u"MAPPED"_s, u"mia_maps"_s, u"2026-11-23T03:00:00Z"_s);
    // Monday 2026-11-23 06:00 UTC is Monday 01:00 in Lima: this week.
    event(11, 1, u"MAPPED"_s, u"Mia_Maps"_s, u"2026-11-23T06:00:00Z"_s);
    event(11, 2, u"VALIDATED"_s, u"victor"_s, u"2026-11-24T15:00:00Z"_s);
    // Twice the same task in one week counts once.
    event(12, 1, u"MAPPED"_s, u"Mia_Maps"_s, u"2026-10-01T15:00:00Z"_s);
    event(12, 2, u"MAPPED"_s, u"Mia_Maps"_s, u"2026-10-01T16:00:00Z"_s);
    // Thirteen weeks ago: outside the window.
    event(13, 1, u"MAPPED"_s, u"Mia_Maps"_s, u"2026-08-20T15:00:00Z"_s);
    const auto d = m_dashboards->person(Mapper, Lima, Qt::Monday);
    QVERIFY(d.ok());
    const domain::WeeklySeries &w = d.value().weekly;
    QCOMPARE(w.weekStarts.size(), 12);
    QCOMPARE(w.weekStarts.constLast(), QDate(2026, 11, 23));
    QCOMPARE(w.weekStarts.constFirst(), QDate(2026, 9, 7));
    const QList<int> mapped = w.series.value(u"mapped"_s);
    QCOMPARE(mapped.size(), 12);
    QCOMPARE(mapped[11], 1); // this week: task 11
    QCOMPARE(mapped[10], 1); // last week: task 10
    QCOMPARE(mapped[3], 1); // week of 28 Sep: task 12, once
    QCOMPARE(std::accumulate(mapped.cbegin(), mapped.cend(), 0), 3);
    QCOMPARE(w.series.value(u"validated"_s)[11], 1); // my task 11 got validated this week
    QCOMPARE(w.series.value(u"validated_by_me"_s)[11], 0);
    // Sunday as the first weekday moves the Sunday-evening event into this week.
    const auto sunday = m_dashboards->person(Mapper, Lima, Qt::Sunday);
    QCOMPARE(sunday.value().weekly.weekStarts.constLast(), QDate(2026, 11, 22));
    QCOMPARE(sunday.value().weekly.series.value(u"mapped"_s)[11], 2);
}

void tst_DashboardService::monthCountsAndTaskFigures()
{
    event(20, 1, u"MAPPED"_s, u"Mia_Maps"_s, u"2026-11-02T15:00:00Z"_s);
    event(21, 1, u"MAPPED"_s, u"Mia_Maps"_s, u"2026-11-01T03:00:00Z"_s); // 31 Oct 22:00 in Lima
    event(22, 1, u"MAPPED"_s, u"Mia_Maps"_s, u"2026-10-15T15:00:00Z"_s);
    exec(u"UPDATE tasks SET status = 'VALIDATED' WHERE task_id = 20"_s);
    exec(u"UPDATE tasks SET status = 'INVALIDATED' WHERE task_id = 22"_s);
    const auto d = m_dashboards->person(Mapper, Lima, Qt::Monday);
    QVERIFY(d.ok());
    QCOMPARE(d.value().tasksThisMonth, 1);
    QCOMPARE(d.value().tasksLastMonth, 2);
    QCOMPARE(d.value().tasksMapped, 3);
    QCOMPARE(d.value().tasksValidated, 1);
    QCOMPARE(d.value().tasksInvalidated, 1);
    QCOMPARE(d.value().activeProjects, 1); // project 2 is inactive
}

void tst_DashboardService::orgDashboardSumsTheOrganisation()
{
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"created_at) VALUES "
         "('org-a', 'mapper', 'mapping', 300, 'a', '2026-01-01T00:00:00Z'), "
         "('org-a', 'gone', 'mapping', 150, 'b', '2026-01-01T00:00:00Z')"_s); // deactivated people
                                                                              // count
    exec(u"INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, status, "
         u"requested_at) VALUES "
         "('org-a', 'mapper', 200, 'm@p.example', 'pending', '2026-01-02T00:00:00Z')"_s);
    event(30, 1, u"MAPPED"_s, u"Mia_Maps"_s, u"2026-11-24T15:00:00Z"_s);
    event(30, 2, u"INVALIDATED"_s, u"victor"_s, u"2026-11-24T16:00:00Z"_s);
    exec(
        u"UPDATE tasks SET needs_review = TRUE, review_reason = 'self_validation' WHERE task_id = 30"_s);
    const auto d = m_dashboards->org(Admin, Lima, Qt::Monday);
    QVERIFY(d.ok());
    QCOMPARE(d.value().money.earned, Money(450));
    QCOMPARE(d.value().money.pending, Money(200));
    QCOMPARE(d.value().money.payable, Money(250));
    QCOMPARE(d.value().activeProjects, 1);
    QCOMPARE(d.value().inactiveProjects, 1);
    QCOMPARE(d.value().people, 3);
    QCOMPARE(d.value().validators, 1);
    QCOMPARE(d.value().admins, 1);
    QCOMPARE(d.value().pendingRequests, 1);
    QCOMPARE(d.value().needsReview, 1);
    QCOMPARE(d.value().weekly.series.value(u"invalidated"_s)[11], 1);
    QCOMPARE(m_dashboards->org(Mapper, Lima, Qt::Monday).error().code, QByteArray("forbidden"));
}

/// The admin dashboard reads distinct tasks per week and month from the trigger-kept rollup
/// (migration 0004). Events arrive in any order, several to a statement, with ties and several
/// in one quarter hour; some are then removed one by one, in a batch, and with a whole project.
/// After each step the org's weekly and monthly figures, in zones on the hour, the half hour and
/// the three quarters, equal the distinct tasks counted from the events themselves.
void tst_DashboardService::orgActivityCountsDistinctTasksWhateverTheOrder()
{
    QRandomGenerator random(20261126);
    const QStringList actions { u"MAPPED"_s, u"VALIDATED"_s, u"INVALIDATED"_s };
    QList<Event> events;
    QList<QDateTime> used;
    for (qint64 project = 1; project <= 3; ++project) {
        for (qint64 task = 1; task <= 40; ++task) {
            exec(u"INSERT INTO tasks (project_id, task_id, status, mapping_rate_cents, "
                 "validation_rate_cents, updated_at) VALUES (%1, %2, 'MAPPED', 150, 50, "
                 "'2026-01-01T00:00:00Z')"_s.arg(project)
                     .arg(task));
            const int count = 1 + random.bounded(5);
            for (int h = 1; h <= count; ++h) {
                QDateTime at = Now.addSecs(-qint64(random.bounded(100 * 24 * 60)) * 60);
                const int shape = random.bounded(10);
                if (shape == 0 && !used.isEmpty()) // the same instant as another event
                    at = used[random.bounded(int(used.size()))];
                else if (shape == 1 && !used.isEmpty()) // minutes from another event
                    at = used[random.bounded(int(used.size()))].addSecs(60 * random.bounded(10));
                used << at;
                events << Event { project, task, h, actions[random.bounded(3)], at };
            }
        }
    }
    QList<Event> shuffled = events;
    for (qsizetype i = shuffled.size() - 1; i > 0; --i)
        shuffled.swapItemsAt(i, random.bounded(int(i + 1)));
    for (qsizetype i = 0; i < shuffled.size();) {
        const qsizetype batch = std::min<qsizetype>(1 + random.bounded(4), shuffled.size() - i);
        QStringList rows;
        for (qsizetype j = i; j < i + batch; ++j) {
            const Event &e = shuffled[j];
            rows << u"(%1, %2, %3, '%4', 'someone', '%5', '2026-11-25T00:00:00.000Z')"_s
                        .arg(e.project)
                        .arg(e.task)
                        .arg(e.history)
                        .arg(e.action, core::toIsoUtcMillis(e.at));
        }
        exec(u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, "
             "action_at, ingested_at) VALUES "_s
            + rows.join(u", "_s));
        i += batch;
    }
    compareOrgActivity(events);
    if (QTest::currentTestFailed())
        return;

    // One by one, then a batch of many tasks at once.
    for (int n = 0; n < 25; ++n) {
        const Event gone = events.takeAt(random.bounded(int(events.size())));
        exec(u"DELETE FROM task_events WHERE project_id = %1 AND task_id = %2 AND history_id = %3"_s
                 .arg(gone.project)
                 .arg(gone.task)
                 .arg(gone.history));
    }
    exec(u"DELETE FROM task_events WHERE project_id = 1 AND history_id = 2"_s);
    events.removeIf([](const Event &e) { return e.project == 1 && e.history == 2; });
    compareOrgActivity(events);
    if (QTest::currentTestFailed())
        return;

    exec(u"DELETE FROM projects WHERE id = 2"_s);
    events.removeIf([](const Event &e) { return e.project == 2; });
    compareOrgActivity(events);
}

void tst_DashboardService::compareOrgActivity(const QList<Event> &events)
{
    const auto distinctTasks
        = [&](const QString &action, const QDateTime &from, const QDateTime &to) {
              QSet<std::pair<qint64, qint64>> tasks;
              for (const Event &e : events)
                  if (e.project != 3 && e.action == action && e.at >= from && e.at < to)
                      tasks.insert({ e.project, e.task });
              return int(tasks.size());
          };
    const QList<std::pair<QTimeZone, Qt::DayOfWeek>> views { { QTimeZone::utc(), Qt::Monday },
        { Lima, Qt::Monday }, { QTimeZone("Asia/Kathmandu"), Qt::Sunday },
        { QTimeZone("America/St_Johns"), Qt::Saturday } };
    for (const auto &[zone, firstDay] : views) {
        QVERIFY(zone.isValid());
        const auto d = m_dashboards->org(Admin, zone, firstDay);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().diagnostic));
        const QList<QDate> &starts = d.value().weekly.weekStarts;
        QCOMPARE(starts.size(), 12);
        int seen = 0;
        for (int w = 0; w < 12; ++w) {
            const QDateTime from(starts[w], QTime(0, 0), zone);
            const QDateTime to(starts[w].addDays(7), QTime(0, 0), zone);
            for (const auto &[name, action] :
                { std::pair(u"mapped"_s, u"MAPPED"_s), std::pair(u"validated"_s, u"VALIDATED"_s),
                    std::pair(u"invalidated"_s, u"INVALIDATED"_s) }) {
                const int expected = distinctTasks(action, from, to);
                seen += expected;
                QCOMPARE(d.value().weekly.series.value(name).value(w), expected);
            }
        }
        QVERIFY(seen > 0); // the scenario has activity in the weeks shown
        const QDate today = Now.toTimeZone(zone).date();
        const QDate month(today.year(), today.month(), 1);
        QCOMPARE(d.value().tasksThisMonth,
            distinctTasks(u"MAPPED"_s, QDateTime(month, QTime(0, 0), zone),
                QDateTime(month.addMonths(1), QTime(0, 0), zone)));
        QCOMPARE(d.value().tasksLastMonth,
            distinctTasks(u"MAPPED"_s, QDateTime(month.addMonths(-1), QTime(0, 0), zone),
                QDateTime(month, QTime(0, 0), zone)));
    }
    QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
}

QTEST_GUILESS_MAIN(tst_DashboardService)
#include "tst_DashboardService.moc"
