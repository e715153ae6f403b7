#pragma once

#include "services/sync/SyncTypes.h"

#include <QString>

namespace mikro::models {

/// Where a project stands on the Sync page (UI.md §5.8): its latest run, or what the scheduler
/// is doing with it now.
enum class SyncState {
    Failed,
    Running,
    RunningElsewhere, ///< another instance holds the run's lease
    Waiting,
    Cancelled,
    Succeeded,
    Never,
    NoMembers
};

/// The state of a recorded run.
[[nodiscard]] SyncState stateOfRun(sync::RunStatus status);
/// "Succeeded", "Failed", "Running", "Waiting", "Cancelled", "Never" or "Not synced: no
/// members", translated.
[[nodiscard]] QString syncStateText(SyncState state);
/// The badge's stored word of a state ("failed", "succeeded"…).
[[nodiscard]] QString syncStateKey(SyncState state);
/// "42 s", "3 min 05 s", "1 h 02 min"; empty when the run has not finished.
[[nodiscard]] QString durationText(const QDateTime &started, const QDateTime &finished);
/// The first line of an error text.
[[nodiscard]] QString firstLine(const QString &text);

} // namespace mikro::models
