#pragma once

#include "services/core/Result.h"
#include "services/sync/SyncTypes.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::sync {

/// The `sync_runs` rows: a run is a lease on its project (one `running` row per project, by unique
/// index), so two server instances never sync one project at once. A lease past `lease_until`
/// (its holder died) is closed as failed and taken over.
class SyncRuns
{
public:
    SyncRuns(store::Database &db, const core::Clock &clock, QString owner,
        std::chrono::seconds leaseLength);

    /// The new run's id; Conflict `sync_in_progress` while another holder's lease is live, or
    /// when a scheduled run already claimed `scheduledSlot` (the interval it belongs to) for the
    /// project — whichever instance's scheduler came first.
    [[nodiscard]] core::Result<qint64> start(qint64 projectId, SyncMode mode,
        const QString &requestedBy, std::optional<qint64> scheduledSlot = std::nullopt) const;
    /// Pushes the lease forward; Conflict `lease_lost` if the run is no longer ours.
    [[nodiscard]] core::Result<void> renew(qint64 runId) const;
    /// Records how many task histories the run has read of how many; nothing when the run is
    /// no longer ours (renew says so).
    [[nodiscard]] core::Result<void> progress(qint64 runId, int done, int total) const;
    /// Closes the run with its figures and error; stamps the project's last sync on success.
    [[nodiscard]] core::Result<void> finish(qint64 runId, const ProjectSyncReport &report) const;
    /// Whether the project had a successful full sync since `since` (the full-sync schedule).
    [[nodiscard]] core::Result<bool> fullSyncSince(qint64 projectId, const QDateTime &since) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
    QString m_owner;
    std::chrono::seconds m_leaseLength;
};

} // namespace mikro::sync
