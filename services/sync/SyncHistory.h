#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/sync/SyncTypes.h"

#include <QDateTime>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::sync {

/// What the `sync_runs` rows say, read for one caller (API.md §11.4): the latest run of each
/// project they may see, one project's runs newest first, and the events the organisation's runs
/// brought in. Admins see every project of their organisation; everyone else the projects they
/// are members of (NotFound for any other). Reads the store only: it needs no Tasking Manager.
class SyncHistory
{
public:
    SyncHistory(store::Database &db, const core::Clock &clock);

    /// Each visible project with its latest run, its member count and whether it is active.
    [[nodiscard]] core::Result<QList<ProjectSyncStatus>> status(const domain::Caller &caller) const;
    /// The project's runs newest first, at most `limit`, older than run `beforeId` when it is
    /// not 0; each with who asked for it.
    [[nodiscard]] core::Result<QList<ProjectSyncStatus>> runs(
        const domain::Caller &caller, qint64 projectId, int limit, qint64 beforeId) const;
    /// The events the runs of the caller's visible projects ingested, of runs started in the
    /// last 24 hours.
    [[nodiscard]] core::Result<int> eventsLastDay(const domain::Caller &caller) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::sync
