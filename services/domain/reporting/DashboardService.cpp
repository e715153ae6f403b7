#include "services/domain/reporting/DashboardService.h"

#include "services/core/Clock.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/domain/reporting/OrgTaskActivity.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

constexpr int Weeks = 12;

/// The 13 instants (UTC) that bound the last 12 local weeks, the current partial week last.
QList<QDateTime> weekBounds(
    const QDateTime &nowUtc, const QTimeZone &zone, Qt::DayOfWeek firstDay, QList<QDate> *starts)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    const int back = (today.dayOfWeek() - int(firstDay) + 7) % 7;
    const QDate thisWeek = today.addDays(-back);
    QList<QDateTime> bounds;
    for (int w = Weeks - 1; w >= 0; --w) {
        const QDate start = thisWeek.addDays(qint64(-7) * w);
        starts->append(start);
        bounds.append(QDateTime(start, QTime(0, 0), zone).toUTC());
    }
    bounds.append(QDateTime(thisWeek.addDays(7), QTime(0, 0), zone).toUTC());
    return bounds;
}

/// Month bounds in the zone: [last month start, this month start, next month start).
QList<QDateTime> monthBounds(const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    return { QDateTime(thisMonth.addMonths(-1), QTime(0, 0), zone).toUTC(),
        QDateTime(thisMonth, QTime(0, 0), zone).toUTC(),
        QDateTime(thisMonth.addMonths(1), QTime(0, 0), zone).toUTC() };
}

/// The bounds of API.md §3's contributions: 60 and 30 days before now, and now.
QList<QDateTime> thirtyDayBounds(const QDateTime &nowUtc)
{
    return { nowUtc.addDays(-60), nowUtc.addDays(-30), nowUtc };
}

/// Distinct tasks per local week for each series: one grouped statement per series, each
/// narrowed by its own WHERE (so an index can serve it), the week computed once per row.
core::Result<WeeklySeries> weekly(store::Transaction &tx, const QDateTime &now,
    const QTimeZone &zone, Qt::DayOfWeek firstDay, const QList<std::pair<QString, QString>> &series,
    const QVariantMap &values)
{
    WeeklySeries out;
    const QList<QDateTime> bounds = weekBounds(now, zone, firstDay, &out.weekStarts);
    QVariantMap bound = values;
    QStringList whens;
    for (int w = 0; w <= Weeks; ++w)
        bound.insert(u"w%1"_s.arg(w), store::utcValue(bounds[w]));
    for (int w = 1; w < Weeks; ++w)
        whens << u"WHEN e.action_at < :w%1 THEN %2"_s.arg(w).arg(w - 1);
    const QString bucket = u"CASE "_s + whens.join(u' ') + u" ELSE %1 END"_s.arg(Weeks - 1);
    for (const auto &[name, fromWhere] : series) {
        auto rows = tx.exec(u"SELECT "_s + bucket
                + u", COUNT(DISTINCT e.project_id * 1000000000 + e.task_id) "_s + fromWhere
                + u" AND e.action_at >= :w0 AND e.action_at < :w12 GROUP BY 1"_s,
            bound);
        if (!rows.ok())
            return rows.error();
        QList<int> counts(Weeks, 0);
        while (rows.value().next())
            counts[qBound(0, rows.value().value(0).toInt(), Weeks - 1)]
                = rows.value().value(1).toInt();
        out.series.insert(name, counts);
    }
    return out;
}

core::Result<MoneyFigures> money(
    store::Transaction &tx, const QString &where, const QVariantMap &values)
{
    auto row = tx.exec(
        u"SELECT "
        "COALESCE(SUM(CASE WHEN kind IN ('mapping', 'validation', 'checklist', "
        "'checklist_validation', "
        "'reversal') THEN amount_cents ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN kind = 'adjustment' THEN amount_cents ELSE 0 END), 0), "
        "COALESCE(-SUM(CASE WHEN kind = 'payout' THEN amount_cents ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN kind IN ('mapping', 'reversal') THEN amount_cents ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN kind = 'validation' THEN amount_cents ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN kind IN ('checklist', 'checklist_validation') THEN amount_cents "
        "ELSE 0 END), 0) "
        "FROM ledger_totals WHERE "_s
            + where,
        values);
    if (!row.ok())
        return row.error();
    row.value().next();
    auto pending = tx.exec(
        u"SELECT COALESCE(SUM(amount_cents), 0) FROM payment_requests WHERE status = 'pending' AND "_s
            + where,
        values);
    if (!pending.ok())
        return pending.error();
    pending.value().next();
    const store::Rows &q = row.value();
    MoneyFigures m;
    m.earned = core::Money(q.value(0).toLongLong());
    m.adjustments = core::Money(q.value(1).toLongLong());
    m.paid = core::Money(q.value(2).toLongLong());
    m.mappingEarnings = core::Money(q.value(3).toLongLong());
    m.validationEarnings = core::Money(q.value(4).toLongLong());
    m.checklistEarnings = core::Money(q.value(5).toLongLong());
    m.pending = core::Money(pending.value().value(0).toLongLong());
    m.payable = core::Money(
        m.earned.cents() + m.adjustments.cents() - m.paid.cents() - m.pending.cents());
    return m;
}

} // namespace

DashboardService::DashboardService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<PersonDashboard> DashboardService::person(
    const Caller &caller, const QTimeZone &zone, Qt::DayOfWeek firstDay) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOwnBalance); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<PersonDashboard> {
        const QDateTime now = m_clock.nowUtc();
        PersonDashboard d;
        auto figures = money(tx, u"user_id = :me"_s, { { u"me"_s, caller.userId } });
        if (!figures.ok())
            return figures.error();
        d.money = figures.value();
        const QList<QDateTime> months = monthBounds(now, zone);
        const QList<QDateTime> days = thirtyDayBounds(now);
        // The person's OSM username names them in TM4 events.
        auto osm = tx.exec(u"SELECT COALESCE(osm_username, '') FROM users WHERE id = :me"_s,
            { { u"me"_s, caller.userId } });
        if (!osm.ok())
            return osm.error();
        const QString username = osm.value().next() ? osm.value().value(0).toString() : QString();
        auto counts = tx.exec(
            u"SELECT "
            "(SELECT COUNT(*) FROM tasks WHERE mapper_user_id = :me), "
            "(SELECT COUNT(*) FROM tasks WHERE mapper_user_id = :me AND status = 'VALIDATED'), "
            "(SELECT COUNT(*) FROM tasks WHERE mapper_user_id = :me AND status = 'INVALIDATED'), "
            "(SELECT COUNT(*) FROM task_events e WHERE e.action = 'VALIDATED' AND "
            "lower(e.actor_username) = lower(:osm) AND e.project_id IN "
            "(SELECT id FROM projects WHERE org_id = :org)), "
            "(SELECT COUNT(*) FROM task_events e WHERE e.action = 'INVALIDATED' AND "
            "lower(e.actor_username) = lower(:osm) AND e.project_id IN "
            "(SELECT id FROM projects WHERE org_id = :org)), "
            "(SELECT COUNT(DISTINCT CAST(e.project_id AS TEXT) || ':' || CAST(e.task_id AS TEXT)) "
            "FROM task_events e "
            " WHERE e.action = 'MAPPED' AND lower(e.actor_username) = lower(:osm) AND e.action_at "
            ">= :m1 AND e.action_at < :m2), "
            "(SELECT COUNT(DISTINCT CAST(e.project_id AS TEXT) || ':' || CAST(e.task_id AS TEXT)) "
            "FROM task_events e "
            " WHERE e.action = 'MAPPED' AND lower(e.actor_username) = lower(:osm) AND e.action_at "
            ">= :m0 AND e.action_at < :m1), "
            "(SELECT COUNT(*) FROM project_members m JOIN projects p ON p.id = m.project_id WHERE "
            "m.user_id = :me AND p.active), "
            // API.md §3 for the web API's dashboards.
            "(SELECT COUNT(*) FROM tasks WHERE mapper_user_id = :me AND status IN ('MAPPED', "
            "'LOCKED_FOR_VALIDATION')), "
            "COALESCE((SELECT approved FROM mapper_outcomes WHERE user_id = :me), 0), "
            "(SELECT COUNT(DISTINCT CAST(e.project_id AS TEXT) || ':' || CAST(e.task_id AS TEXT)) "
            "FROM task_events e WHERE e.action = 'MAPPED' AND lower(e.actor_username) = "
            "lower(:osm) AND e.action_at >= :d1), "
            "(SELECT COUNT(DISTINCT CAST(e.project_id AS TEXT) || ':' || CAST(e.task_id AS TEXT)) "
            "FROM task_events e WHERE e.action = 'MAPPED' AND lower(e.actor_username) = "
            "lower(:osm) AND e.action_at >= :d0 AND e.action_at < :d1)"_s,
            { { u"me"_s, caller.userId }, { u"osm"_s, username }, { u"org"_s, caller.orgId },
                { u"m0"_s, store::utcValue(months[0]) }, { u"m1"_s, store::utcValue(months[1]) },
                { u"m2"_s, store::utcValue(months[2]) }, { u"d0"_s, store::utcValue(days[0]) },
                { u"d1"_s, store::utcValue(days[1]) } });
        if (!counts.ok())
            return counts.error();
        counts.value().next();
        const store::Rows &c = counts.value();
        d.tasksMapped = c.value(0).toInt();
        d.tasksValidated = c.value(1).toInt();
        d.tasksInvalidated = c.value(2).toInt();
        d.validationsMade = c.value(3).toInt();
        d.invalidationsMade = c.value(4).toInt();
        d.tasksThisMonth = c.value(5).toInt();
        d.tasksLastMonth = c.value(6).toInt();
        d.activeProjects = c.value(7).toInt();
        d.api.awaiting = c.value(8).toInt();
        d.api.approved = c.value(9).toInt();
        d.api.last30Days = c.value(10).toInt();
        d.api.previous30Days = c.value(11).toInt();
        const QString byMe
            = u"FROM task_events e WHERE lower(e.actor_username) = lower(:osm) AND e.action = "_s;
        auto series = weekly(tx, now, zone, firstDay,
            { { u"mapped"_s, byMe + u"'MAPPED'"_s },
                { u"validated"_s,
                    u"FROM tasks t JOIN task_events e ON e.project_id = t.project_id "
                    "AND e.task_id = t.task_id WHERE t.mapper_user_id = :me "
                    "AND e.action = 'VALIDATED'"_s },
                { u"validated_by_me"_s, byMe + u"'VALIDATED'"_s },
                { u"invalidated_by_me"_s, byMe + u"'INVALIDATED'"_s } },
            { { u"me"_s, caller.userId }, { u"osm"_s, username } });
        if (!series.ok())
            return series.error();
        d.weekly = series.value();
        return d;
    });
}

core::Result<ValidatorDashboard> DashboardService::validator(
    const Caller &caller, const QTimeZone &zone, Qt::DayOfWeek firstDay) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewValidatorWork); !allowed.ok())
        return allowed.error();
    auto own = person(caller, zone, firstDay);
    if (!own.ok())
        return own.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<ValidatorDashboard> {
        auto counts = tx.exec(
            u"SELECT "
            "(SELECT COUNT(*) FROM project_members m JOIN projects p ON p.id = m.project_id "
            " WHERE m.user_id = :me AND NOT p.active AND NOT p.completed), "
            "(SELECT COUNT(*) FROM project_members m JOIN projects p ON p.id = m.project_id "
            " WHERE m.user_id = :me AND p.completed), "
            "(SELECT COUNT(*) FROM user_checklists c WHERE c.org_id = :org AND c.user_id <> :me "
            " AND c.confirmed_at IS NULL AND EXISTS (SELECT 1 FROM user_checklist_items i "
            " WHERE i.user_checklist_id = c.id AND i.completed_at IS NOT NULL "
            " AND i.confirmed_at IS NULL))"_s,
            { { u"me"_s, caller.userId }, { u"org"_s, caller.orgId } });
        if (!counts.ok())
            return counts.error();
        counts.value().next();
        ValidatorDashboard d;
        d.person = own.value();
        d.inactiveProjects = counts.value().value(0).toInt();
        d.completedProjects = counts.value().value(1).toInt();
        d.readyForConfirmation = counts.value().value(2).toInt();
        return d;
    });
}

core::Result<OrgDashboard> DashboardService::org(
    const Caller &caller, const QTimeZone &zone, Qt::DayOfWeek firstDay) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOrgPayments); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<OrgDashboard> {
        const QDateTime now = m_clock.nowUtc();
        OrgDashboard d;
        auto figures = money(tx, u"org_id = :org"_s, { { u"org"_s, caller.orgId } });
        if (!figures.ok())
            return figures.error();
        d.money = figures.value();
        const QList<QDateTime> month = monthBounds(now, zone);
        auto counts = tx.exec(
            u"SELECT "
            "(SELECT COUNT(*) FROM projects WHERE org_id = :org AND active AND NOT completed), "
            "(SELECT COUNT(*) FROM projects WHERE org_id = :org AND NOT active AND NOT completed), "
            "(SELECT COUNT(*) FROM projects WHERE org_id = :org AND completed), "
            "(SELECT COUNT(*) FROM users WHERE org_id = :org AND deactivated_at IS NULL), "
            "(SELECT COUNT(*) FROM users WHERE org_id = :org AND deactivated_at IS NULL AND role = "
            "'validator'), "
            "(SELECT COUNT(*) FROM users WHERE org_id = :org AND deactivated_at IS NULL AND role = "
            "'admin'), "
            "(SELECT COUNT(*) FROM payment_requests WHERE org_id = :org AND status = 'pending'), "
            "(SELECT COUNT(*) FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.org_id = "
            ":org AND t.needs_review), "
            // A project's latest run decides whether it has a sync problem now.
            "(SELECT COUNT(*) FROM projects p WHERE p.org_id = :org AND (SELECT r.status FROM "
            "sync_runs r WHERE r.project_id = p.id ORDER BY r.started_at DESC, r.id DESC LIMIT 1) "
            "= 'failed'), "
            // UI.md §5.1: who could request a payout now (payable ≥ minimum, nothing pending).
            "(SELECT COUNT(*) FROM (SELECT (SELECT COALESCE(SUM(t.amount_cents), 0) FROM "
            "ledger_totals t WHERE t.user_id = u.id) AS payable FROM users u WHERE u.org_id = :org "
            "AND u.deactivated_at IS NULL AND NOT EXISTS (SELECT 1 FROM payment_requests r WHERE "
            "r.user_id = u.id AND r.status = 'pending')) x WHERE x.payable > 0 AND x.payable >= "
            "(SELECT min_payout_cents FROM orgs WHERE id = :org)), "
            // UI.md §5.4: what was paid this and last local month, and in how many payouts.
            "(SELECT COALESCE(-SUM(amount_cents), 0) FROM ledger_entries WHERE org_id = :org AND "
            "kind = 'payout' AND created_at >= :month AND created_at < :next), "
            "(SELECT COALESCE(-SUM(amount_cents), 0) FROM ledger_entries WHERE org_id = :org AND "
            "kind = 'payout' AND created_at >= :last AND created_at < :month), "
            "(SELECT COUNT(*) FROM ledger_entries WHERE org_id = :org AND kind = 'payout' AND "
            "created_at >= :month AND created_at < :next), "
            "(SELECT COUNT(*) FROM ledger_entries WHERE org_id = :org AND kind = 'payout' AND "
            "created_at >= :last AND created_at < :month)"_s,
            { { u"org"_s, caller.orgId }, { u"last"_s, store::utcValue(month[0]) },
                { u"month"_s, store::utcValue(month[1]) },
                { u"next"_s, store::utcValue(month[2]) } });
        if (!counts.ok())
            return counts.error();
        counts.value().next();
        const store::Rows &c = counts.value();
        d.syncProblems = c.value(8).toInt();
        d.canRequest = c.value(9).toInt();
        d.paidThisMonth = core::Money(c.value(10).toLongLong());
        d.paidLastMonth = core::Money(c.value(11).toLongLong());
        d.payoutsThisMonth = c.value(12).toInt();
        d.payoutsLastMonth = c.value(13).toInt();
        d.activeProjects = c.value(0).toInt();
        d.inactiveProjects = c.value(1).toInt();
        d.completedProjects = c.value(2).toInt();
        d.people = c.value(3).toInt();
        d.validators = c.value(4).toInt();
        d.admins = c.value(5).toInt();
        d.pendingRequests = c.value(6).toInt();
        d.needsReview = c.value(7).toInt();
        auto monthly = orgDistinctTasks(tx, caller.orgId, { u"MAPPED"_s }, month);
        if (!monthly.ok())
            return monthly.error();
        d.tasksLastMonth = monthly.value().value(u"MAPPED"_s).value(0);
        d.tasksThisMonth = monthly.value().value(u"MAPPED"_s).value(1);
        // The quarter-hour rollup: the current quarter hour is in the last window.
        const QList<QDateTime> days = thirtyDayBounds(now);
        auto rolling = orgDistinctTasks(tx, caller.orgId, { u"MAPPED"_s },
            { days[0], days[1], days[2].addSecs(qint64(15) * 60) });
        if (!rolling.ok())
            return rolling.error();
        d.api.previous30Days = rolling.value().value(u"MAPPED"_s).value(0);
        d.api.last30Days = rolling.value().value(u"MAPPED"_s).value(1);
        auto statuses = tx.exec(
            u"SELECT s.status, SUM(s.tasks) FROM project_task_status s "
            "JOIN projects p ON p.id = s.project_id "
            "WHERE p.org_id = :org AND s.status IN ('MAPPED', 'LOCKED_FOR_VALIDATION', "
            "'VALIDATED', 'INVALIDATED') GROUP BY s.status "
            // API.md §3: a validated task in review is not yet validated for the web API.
            "UNION ALL SELECT 'IN_REVIEW', COUNT(*) FROM tasks t JOIN projects p ON p.id = "
            "t.project_id WHERE p.org_id = :org AND t.needs_review AND t.status = 'VALIDATED'"_s,
            { { u"org"_s, caller.orgId } });
        if (!statuses.ok())
            return statuses.error();
        int validatedInReview = 0;
        while (statuses.value().next()) {
            const QString status = statuses.value().value(0).toString();
            const int n = statuses.value().value(1).toInt();
            if (status == "MAPPED"_L1) {
                d.tasksMapped = n;
                d.api.awaiting += n;
            } else if (status == "LOCKED_FOR_VALIDATION"_L1) {
                d.api.awaiting += n;
            } else if (status == "VALIDATED"_L1) {
                d.tasksValidated = n;
            } else if (status == "INVALIDATED"_L1) {
                d.tasksInvalidated = n;
            } else {
                validatedInReview = n;
            }
        }
        d.api.approved = d.tasksValidated - validatedInReview;
        const QList<QDateTime> weeks = weekBounds(now, zone, firstDay, &d.weekly.weekStarts);
        auto series = orgDistinctTasks(
            tx, caller.orgId, { u"MAPPED"_s, u"VALIDATED"_s, u"INVALIDATED"_s }, weeks);
        if (!series.ok())
            return series.error();
        d.weekly.series = { { u"mapped"_s, series.value().value(u"MAPPED"_s) },
            { u"validated"_s, series.value().value(u"VALIDATED"_s) },
            { u"invalidated"_s, series.value().value(u"INVALIDATED"_s) } };
        return d;
    });
}

} // namespace mikro::domain
