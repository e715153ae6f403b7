#pragma once

#include "services/client/ChangeFeed.h"
#include "services/core/Result.h"
#include "services/sync/SyncTypes.h"

#include <QFuture>
#include <QList>

namespace mikro::client {

/// The organisation's sync board (UI.md §5.8): each visible project with its latest run, what
/// the scheduler is doing for them, and the events the last day's runs brought in.
struct SyncOverview
{
    QList<sync::ProjectSyncStatus> projects;
    sync::SchedulerStatus scheduler;
    int newEvents24h = 0;
};

/// One page of a project's runs, newest first; `nextBeforeId` 0 when there are no older ones.
struct SyncRunsPage
{
    QList<sync::ProjectSyncStatus> runs;
    qint64 nextBeforeId = 0;
};

/// Tasking Manager sync as the Sync page drives it (API.md §11.4): read where each project
/// stands, a project's run history, ask for a run (validators of their projects, admins of any;
/// a full run admins only) and cancel one (admins). Runs happen in the background where the data
/// lives: in mikro-server, or in this process's own scheduler.
class SyncClient
{
public:
    virtual ~SyncClient() = default;

    [[nodiscard]] virtual QFuture<core::Result<SyncOverview>> overview() = 0;
    /// Runs older than `beforeId` (0: the newest), at most 20.
    [[nodiscard]] virtual QFuture<core::Result<SyncRunsPage>> runs(
        qint64 projectId, qint64 beforeId)
        = 0;
    /// True when the run was queued; false when a run going on, waiting, or finished less than a
    /// minute ago stands for it.
    [[nodiscard]] virtual QFuture<core::Result<bool>> start(qint64 projectId, bool full) = 0;
    /// True when a waiting or running sync of the project was stopped; false when there was none
    /// here to stop.
    [[nodiscard]] virtual QFuture<core::Result<bool>> cancel(qint64 projectId) = 0;
};

/// What a finished sync touches: the review queue, the figures, the projects' last sync.
inline const QList<ChangeFeed::Area> syncedAreas { ChangeFeed::Area::Sync, ChangeFeed::Area::Review,
    ChangeFeed::Area::Dashboards, ChangeFeed::Area::Projects, ChangeFeed::Area::People };

} // namespace mikro::client
