#include "services/sync/SyncHistory.h"

#include "services/core/Clock.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::sync {
namespace {

// The projects a caller sees: every project of the organisation for an admin, their member
// projects for anyone else (`:all`, `:me`, `:org`).
const QString VisibleProjects
    = u"p.org_id = :org AND (:all OR EXISTS (SELECT 1 FROM project_members m "
      "WHERE m.project_id = p.id AND m.user_id = :me))"_s;

// The run columns read by runOf, from `r` joined with the requester `u`.
const QString RunColumns
    = u"r.id, r.mode, r.status, r.started_at, r.finished_at, r.requests_made, "
      "r.events_ingested, COALESCE(r.error, ''), COALESCE(r.requested_by, ''), "
      "TRIM(COALESCE(u.first_name, '') || ' ' || COALESCE(u.last_name, '')), r.lease_until, "
      "r.tasks_total, r.tasks_done"_s;

void readRun(const store::Rows &q, int first, ProjectSyncStatus &s)
{
    s.runId = q.value(first).toLongLong();
    s.mode = syncModeFromText(q.value(first + 1).toString()).value_or(SyncMode::Incremental);
    s.status = runStatusFromText(q.value(first + 2).toString()).value_or(RunStatus::Failed);
    s.startedAt = store::utcFromValue(q.value(first + 3)).value_or(QDateTime());
    s.finishedAt = store::utcFromValue(q.value(first + 4)).value_or(QDateTime());
    s.requestsMade = q.value(first + 5).toInt();
    s.eventsIngested = q.value(first + 6).toInt();
    s.error = q.value(first + 7).toString();
    s.requestedBy = q.value(first + 8).toString();
    s.requestedByName = q.value(first + 9).toString();
    s.tasksTotal = q.value(first + 11).toInt();
    s.tasksDone = q.value(first + 12).toInt();
    // A finished run's lease means nothing any more.
    if (s.status == RunStatus::Running)
        s.leaseUntil = store::utcFromValue(q.value(first + 10)).value_or(QDateTime());
}

core::Result<bool> seesEveryProject(const domain::Caller &caller)
{
    if (auto allowed = domain::AccessPolicy::check(caller, domain::Action::ViewProjects);
        !allowed.ok())
        return allowed.error();
    return domain::AccessPolicy::check(caller, domain::Action::ManageProjects).ok();
}

QVariantMap visibility(const domain::Caller &caller, bool all)
{
    return { { u"org"_s, caller.orgId }, { u"all"_s, all }, { u"me"_s, caller.userId } };
}

} // namespace

SyncHistory::SyncHistory(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<QList<ProjectSyncStatus>> SyncHistory::status(const domain::Caller &caller) const
{
    const auto all = seesEveryProject(caller);
    if (!all.ok())
        return all.error();
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<QList<ProjectSyncStatus>> {
            auto rows = tx.exec(u"SELECT p.id, p.name, p.last_synced_at, p.active, p.url, "
                                "(SELECT COUNT(*) FROM project_members pm WHERE pm.project_id = "
                                "p.id), "_s
                    + RunColumns
                    + u" FROM projects p LEFT JOIN sync_runs r ON r.id = (SELECT MAX(id) FROM "
                      "sync_runs WHERE project_id = p.id) LEFT JOIN users u ON u.id = "
                      "r.requested_by WHERE "_s
                    + VisibleProjects + u" ORDER BY p.id"_s,
                visibility(caller, all.value()));
            if (!rows.ok())
                return rows.error();
            QList<ProjectSyncStatus> out;
            store::Rows &q = rows.value();
            while (q.next()) {
                ProjectSyncStatus s;
                s.projectId = q.value(0).toLongLong();
                s.name = q.value(1).toString();
                s.lastSyncedAt = store::utcFromValue(q.value(2)).value_or(QDateTime());
                s.active = q.value(3).toBool();
                s.url = q.value(4).toString();
                s.members = q.value(5).toInt();
                readRun(q, 6, s);
                out << s;
            }
            return out;
        });
}

core::Result<QList<ProjectSyncStatus>> SyncHistory::runs(
    const domain::Caller &caller, qint64 projectId, int limit, qint64 beforeId) const
{
    const auto all = seesEveryProject(caller);
    if (!all.ok())
        return all.error();
    QVariantMap values = visibility(caller, all.value());
    values.insert(u"p"_s, projectId);
    values.insert(u"before"_s, beforeId);
    values.insert(u"limit"_s, limit);
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<QList<ProjectSyncStatus>> {
            auto project = tx.exec(
                u"SELECT p.name FROM projects p WHERE p.id = :p AND "_s + VisibleProjects, values);
            if (!project.ok())
                return project.error();
            if (!project.value().next())
                return core::Error::make(core::ErrorKind::NotFound, "not_found",
                    QCoreApplication::translate(
                        "mikro::sync::SyncEngine", "That project does not exist."));
            const QString name = project.value().value(0).toString();
            auto rows = tx.exec(u"SELECT "_s + RunColumns
                    + u" FROM sync_runs r LEFT JOIN users u ON u.id = r.requested_by "
                      "WHERE r.project_id = :p AND (:before = 0 OR r.id < :before) "
                      "ORDER BY r.id DESC LIMIT :limit"_s,
                values);
            if (!rows.ok())
                return rows.error();
            QList<ProjectSyncStatus> out;
            while (rows.value().next()) {
                ProjectSyncStatus s;
                s.projectId = projectId;
                s.name = name;
                readRun(rows.value(), 0, s);
                out << s;
            }
            return out;
        });
}

core::Result<int> SyncHistory::eventsLastDay(const domain::Caller &caller) const
{
    const auto all = seesEveryProject(caller);
    if (!all.ok())
        return all.error();
    QVariantMap values = visibility(caller, all.value());
    values.insert(u"since"_s, store::utcValue(m_clock.nowUtc().addDays(-1)));
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<int> {
        auto rows = tx.exec(u"SELECT COALESCE(SUM(r.events_ingested), 0) FROM sync_runs r "
                            "JOIN projects p ON p.id = r.project_id WHERE r.started_at >= :since "
                            "AND "_s
                + VisibleProjects,
            values);
        if (!rows.ok())
            return rows.error();
        return rows.value().next() ? rows.value().value(0).toInt() : 0;
    });
}

} // namespace mikro::sync
