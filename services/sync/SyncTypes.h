#pragma once

#include "services/core/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace mikro::sync {

enum class SyncMode {
    Incremental, ///< only tasks that are new or whose status or mapper changed
    Full, ///< every task's history (catches invalidate → remap → validate between two syncs)
};

/// The state of one run (stored as `sync_runs.status`).
enum class RunStatus { Running, Succeeded, Failed, Cancelled };

/// The stored texts of modes ('incremental', 'full') and run states ('running', …), by explicit
/// tables.
[[nodiscard]] QString syncModeText(SyncMode mode);
[[nodiscard]] std::optional<SyncMode> syncModeFromText(const QString &text);
[[nodiscard]] QString runStatusText(RunStatus status);
[[nodiscard]] std::optional<RunStatus> runStatusFromText(const QString &text);

/// What happened to one project in one run (also written to its `sync_runs` row).
struct ProjectSyncReport
{
    qint64 projectId = 0;
    SyncMode mode = SyncMode::Incremental;
    enum class Outcome { Succeeded, Failed, Cancelled, Skipped } outcome = Outcome::Succeeded;
    std::optional<core::Error> error; ///< Failed: why; Skipped: another instance holds the lease
    int tasksListed = 0;
    int tasksFetched = 0;
    int eventsIngested = 0; ///< new task_events rows (credited, queued or recorded)
    quint64 requests = 0; ///< HTTP requests this project's sync sent, retries included
    qint64 durationMs = 0;
};

/// Progress as a sync goes: projects done of total, and within the current project the task
/// histories fetched of those to fetch.
struct SyncProgress
{
    int projectsDone = 0;
    int projectsTotal = 0;
    qint64 projectId = 0;
    int tasksFetched = 0;
    int tasksToFetch = 0;
};
using ProgressFn = std::function<void(const SyncProgress &)>;

/// A project's sync state for `task/fetch_sync_status` (API.md SyncRun).
struct ProjectSyncStatus
{
    qint64 projectId = 0;
    QString name;
    QDateTime lastSyncedAt; ///< invalid: never synced
    qint64 runId = 0; ///< 0: no run yet; the fields below describe the latest run
    SyncMode mode = SyncMode::Incremental;
    RunStatus status = RunStatus::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    int requestsMade = 0;
    int eventsIngested = 0;
    QString error;
    QString requestedBy; ///< the run's: who asked for it; empty for a scheduled run
    QString requestedByName;
    QDateTime leaseUntil; ///< a running run's: when its holder's lease ends (DESIGN.md §5)
    int tasksTotal = 0; ///< the task histories the run reads (known once it listed the tasks)
    int tasksDone = 0; ///< … read so far
    bool active = false; ///< the project's: whether it is active
    QString url; ///< the project's Tasking Manager address
    int members = 0; ///< the project's: its members (a project without members is not synced)
};

/// What the scheduler of one instance is doing, as one organisation may see it.
struct SchedulerStatus
{
    bool running = false;
    int queued = 0;
    std::chrono::minutes interval { 0 };
    QDateTime nextRunAt; ///< invalid when scheduling is off
    SyncProgress progress;
    QList<qint64> queuedProjects; ///< the projects waiting in the queue, in order
};

struct SyncReport
{
    QList<ProjectSyncReport> projects;
    [[nodiscard]] int count(ProjectSyncReport::Outcome outcome) const
    {
        int n = 0;
        for (const auto &p : projects)
            n += p.outcome == outcome ? 1 : 0;
        return n;
    }
};

} // namespace mikro::sync
