#include "services/sync/SyncRuns.h"

#include "services/core/Clock.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::sync {
namespace {

/// The state a finished run's outcome is stored as (a skipped run has no row of its own).
RunStatus statusOf(ProjectSyncReport::Outcome outcome)
{
    switch (outcome) {
    case ProjectSyncReport::Outcome::Succeeded:
        return RunStatus::Succeeded;
    case ProjectSyncReport::Outcome::Cancelled:
        return RunStatus::Cancelled;
    case ProjectSyncReport::Outcome::Failed:
    case ProjectSyncReport::Outcome::Skipped:
        break;
    }
    return RunStatus::Failed;
}

} // namespace

SyncRuns::SyncRuns(
    store::Database &db, const core::Clock &clock, QString owner, std::chrono::seconds leaseLength)
    : m_db(db)
    , m_clock(clock)
    , m_owner(std::move(owner))
    , m_leaseLength(leaseLength)
{
}

core::Result<qint64> SyncRuns::start(qint64 projectId, SyncMode mode, const QString &requestedBy,
    std::optional<qint64> scheduledSlot) const
{
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<qint64> {
        const QDateTime now = m_clock.nowUtc();
        auto expired
            = tx.exec(u"UPDATE sync_runs SET status = 'failed', finished_at = :now, "
                      "error = 'lease expired: its holder stopped' "
                      "WHERE project_id = :p AND status = 'running' AND lease_until < :now"_s,
                { { u"p"_s, projectId }, { u"now"_s, store::utcValue(now) } });
        if (!expired.ok())
            return expired.error();
        auto inserted = tx.exec(
            u"INSERT INTO sync_runs (project_id, mode, status, requested_by, lease_owner, "
            "lease_until, started_at, scheduled_slot) VALUES (:p, :mode, 'running', :by, :owner, "
            ":until, :now, :slot) ON CONFLICT DO NOTHING RETURNING id"_s,
            { { u"p"_s, projectId }, { u"mode"_s, syncModeText(mode) },
                { u"slot"_s, scheduledSlot ? QVariant(*scheduledSlot) : QVariant() },
                { u"by"_s, requestedBy.isEmpty() ? QVariant() : QVariant(requestedBy) },
                { u"owner"_s, m_owner },
                { u"until"_s, store::utcValue(now.addSecs(m_leaseLength.count())) },
                { u"now"_s, store::utcValue(now) } });
        if (!inserted.ok())
            return inserted.error();
        if (!inserted.value().next())
            return core::Error::make(core::ErrorKind::Conflict, "sync_in_progress",
                QCoreApplication::translate("mikro::sync::SyncRuns",
                    "This project is being synchronised already. Its figures update when that "
                    "sync ends."));
        return inserted.value().value(0).toLongLong();
    });
}

core::Result<void> SyncRuns::renew(qint64 runId) const
{
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        const QDateTime now = m_clock.nowUtc();
        auto renewed = tx.exec(
            u"UPDATE sync_runs SET lease_until = :until WHERE id = :id AND status = 'running' "
            "AND lease_owner = :owner RETURNING id"_s,
            { { u"id"_s, runId }, { u"owner"_s, m_owner },
                { u"until"_s, store::utcValue(now.addSecs(m_leaseLength.count())) } });
        if (!renewed.ok())
            return renewed.error();
        if (!renewed.value().next())
            return core::Error::make(core::ErrorKind::Conflict, "lease_lost",
                QCoreApplication::translate("mikro::sync::SyncRuns",
                    "This sync took too long and another one took over the project."));
        return {};
    });
}

core::Result<void> SyncRuns::progress(qint64 runId, int done, int total) const
{
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto written = tx.exec(u"UPDATE sync_runs SET tasks_done = :done, tasks_total = :total "
                               "WHERE id = :id AND status = 'running' AND lease_owner = :owner"_s,
            { { u"id"_s, runId }, { u"owner"_s, m_owner }, { u"done"_s, done },
                { u"total"_s, total } });
        if (!written.ok())
            return written.error();
        return {};
    });
}

core::Result<void> SyncRuns::finish(qint64 runId, const ProjectSyncReport &report) const
{
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        const QDateTime now = m_clock.nowUtc();
        const QString error = report.error
            ? (report.error->message + u" ["_s + QString::fromLatin1(report.error->code) + u']')
                  .left(1000)
            : QString();
        auto closed
            = tx.exec(u"UPDATE sync_runs SET status = :status, finished_at = :now, requests_made = "
                      u":requests, "
                      "events_ingested = :events, tasks_done = :done, error = :error "
                      "WHERE id = :id AND lease_owner = :owner"_s,
                { { u"id"_s, runId }, { u"owner"_s, m_owner },
                    { u"status"_s, runStatusText(statusOf(report.outcome)) },
                    { u"now"_s, store::utcValue(now) },
                    { u"requests"_s, static_cast<qint64>(report.requests) },
                    { u"events"_s, report.eventsIngested }, { u"done"_s, report.tasksFetched },
                    { u"error"_s, error.isEmpty() ? QVariant() : QVariant(error) } });
        if (!closed.ok())
            return closed.error();
        if (report.outcome == ProjectSyncReport::Outcome::Succeeded) {
            auto stamped = tx.exec(u"UPDATE projects SET last_synced_at = :now WHERE id = :p"_s,
                { { u"p"_s, report.projectId }, { u"now"_s, store::utcValue(now) } });
            if (!stamped.ok())
                return stamped.error();
        }
        return {};
    });
}

core::Result<bool> SyncRuns::fullSyncSince(qint64 projectId, const QDateTime &since) const
{
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<bool> {
        auto row = tx.exec(u"SELECT 1 FROM sync_runs WHERE project_id = :p AND mode = 'full' AND "
                           "status = 'succeeded' AND started_at >= :since LIMIT 1"_s,
            { { u"p"_s, projectId }, { u"since"_s, store::utcValue(since) } });
        if (!row.ok())
            return row.error();
        return row.value().next();
    });
}

} // namespace mikro::sync
