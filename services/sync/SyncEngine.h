#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/sync/SyncHistory.h"
#include "services/sync/SyncRuns.h"
#include "services/sync/SyncTypes.h"

#include <atomic>
#include <chrono>
#include <memory>

namespace mikro::core {
class Clock;
}
namespace mikro::domain {
class CreditingService;
}
namespace mikro::store {
class Database;
}
namespace mikro::tm4 {
class Tm4Client;
using RequestCounter = std::shared_ptr<std::atomic<quint64>>;
} // namespace mikro::tm4

namespace mikro::sync {

/// Per-project, incremental TM4 sync (DESIGN.md §5): list task statuses, fetch the history only
/// of tasks that are new or whose status or mapper changed (every task in a full sync), and hand
/// the new STATE_CHANGE events to the crediting entry point, oldest first. Events a split child
/// copied from its parent (those before the child's SPLIT) are skipped. Exactly once: crediting
/// records each event with its credits, so a second run — or a second process — adds nothing.
/// Synchronous and blocking (TM4 and the store): call on a worker thread, never the UI thread.
class SyncEngine
{
public:
    struct Settings
    {
        std::chrono::hours fullSyncEvery { 24 }; ///< FULL_SYNC_HOURS
        std::chrono::seconds leaseLength { 600 };
        /// Projects synced side by side: one fills the client's queue while the other waits for
        /// its task list or its last answers.
        int parallelProjects = 2;
        QString instance; ///< lease owner, e.g. host:pid
    };

    SyncEngine(store::Database &db, tm4::Tm4Client &tm4, const domain::CreditingService &crediting,
        const core::Clock &clock, Settings settings);

    /// Every active project of every organisation (the scheduler). A project is synced in full
    /// when it had no successful full sync within `fullSyncEvery`, or when `forceFull`. With an
    /// `interval` (the scheduler's), each project's run claims the current interval, so that
    /// schedulers of several instances sync it once per interval between them (a claimed
    /// project is Skipped).
    [[nodiscard]] SyncReport syncAll(bool forceFull, const ProgressFn &progress = {},
        const std::atomic_bool *cancel = nullptr, std::chrono::minutes interval = {}) const;
    /// "Sync now": an admin's organisation's active projects, or one project the caller may sync
    /// (authorize; members need it to be theirs). NotFound for a project of another organisation.
    [[nodiscard]] core::Result<SyncReport> syncForCaller(const domain::Caller &caller,
        std::optional<qint64> projectId, SyncMode mode, const ProgressFn &progress = {},
        const std::atomic_bool *cancel = nullptr) const;
    /// Whether `caller` may sync `projectId`: admins any project of their organisation; people
    /// of at least `memberMinimum` the active projects they are members of (NotFound for
    /// others). The check syncForCaller makes, for callers that queue the work and answer at once.
    [[nodiscard]] core::Result<void> authorize(const domain::Caller &caller, qint64 projectId,
        domain::Role memberMinimum = domain::Role::Admin) const;
    /// Whether a run of the project is going on or finished within `window` (API.md §11.4: such
    /// a run is returned instead of starting another).
    [[nodiscard]] core::Result<bool> ranRecently(
        qint64 projectId, std::chrono::seconds window) const;
    /// The active projects the caller is a member of (API.md `update_user_tasks`).
    [[nodiscard]] core::Result<QList<qint64>> memberProjects(const domain::Caller &caller) const;
    /// An admin's organisation's active projects that have members (`admin_update_all_user_tasks`).
    [[nodiscard]] core::Result<QList<qint64>> staffedProjects(const domain::Caller &caller) const;
    /// The latest run of each project the caller may see: every project of the organisation for
    /// admins, the projects they are members of for everyone else.
    [[nodiscard]] core::Result<QList<ProjectSyncStatus>> status(const domain::Caller &caller) const;
    /// The runs as recorded, for the caller.
    [[nodiscard]] const SyncHistory &history() const { return m_history; }
    /// One project; never throws its failure at the caller: the report carries it.
    [[nodiscard]] ProjectSyncReport syncProject(qint64 projectId, SyncMode mode,
        const QString &requestedBy = {}, const ProgressFn &progress = {},
        const std::atomic_bool *cancel = nullptr, const SyncProgress &base = {},
        std::optional<qint64> scheduledSlot = std::nullopt) const;

private:
    [[nodiscard]] SyncReport syncEach(const QList<qint64> &projects, std::optional<SyncMode> mode,
        const QString &requestedBy, const ProgressFn &progress, const std::atomic_bool *cancel,
        std::optional<qint64> scheduledSlot = std::nullopt) const;
    void runProject(ProjectSyncReport &report, qint64 runId, const tm4::RequestCounter &requests,
        const ProgressFn &progress, const std::atomic_bool *cancel, SyncProgress base) const;

    store::Database &m_db;
    tm4::Tm4Client &m_tm4;
    const domain::CreditingService &m_crediting;
    const core::Clock &m_clock;
    Settings m_settings;
    SyncRuns m_runs;
    SyncHistory m_history;
};

} // namespace mikro::sync
