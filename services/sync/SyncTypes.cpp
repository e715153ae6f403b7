#include "services/sync/SyncTypes.h"

#include "services/core/Vocabulary.h"

namespace mikro::sync {

namespace {

constexpr core::Vocabulary<SyncMode, 2> Modes { {
    { SyncMode::Incremental, "incremental" },
    { SyncMode::Full, "full" },
} };

constexpr core::Vocabulary<RunStatus, 4> RunStatuses { {
    { RunStatus::Running, "running" },
    { RunStatus::Succeeded, "succeeded" },
    { RunStatus::Failed, "failed" },
    { RunStatus::Cancelled, "cancelled" },
} };

} // namespace

QString syncModeText(SyncMode mode)
{
    return Modes.text(mode);
}

std::optional<SyncMode> syncModeFromText(const QString &text)
{
    return Modes.parse(text);
}

QString runStatusText(RunStatus status)
{
    return RunStatuses.text(status);
}

std::optional<RunStatus> runStatusFromText(const QString &text)
{
    return RunStatuses.parse(text);
}

} // namespace mikro::sync
