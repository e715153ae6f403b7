#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/sync/SyncTypes.h"

#include <QJsonObject>

namespace mikro::client {

/// API.md §2 SyncRun as the server writes it: `run_id`, `project_id`, `mode`, `status` (and
/// `state`, API.md's name for it), `requested_by` and `requested_by_name` (null for a scheduled
/// run), `started_at`, `finished_at`, `requests_made`, `events_ingested`, `tasks_total`,
/// `tasks_done`, `error` (null when empty), in alphabetical order. From the run fields of
/// `status`; read back, its `name` and `lastSyncedAt` are empty.
[[nodiscard]] JsonWriter writeSyncRun(const sync::ProjectSyncStatus &status);
[[nodiscard]] core::Result<sync::ProjectSyncStatus> readSyncRun(const QJsonObject &object);
/// A SyncRun that is requested and waits to start: `state` and `status` "queued", `run_id` and
/// the times null, the figures 0.
[[nodiscard]] JsonWriter writeQueuedRun(
    qint64 projectId, sync::SyncMode mode, const QString &requestedBy);

/// One of `fetch_sync_status`'s `projects` (API.md §11.4): `active`, `last_run` (a SyncRun, or
/// null before the first run), `last_synced_at`, `members`, `name`, `project_id`, `url`. Read back
/// without a run, the run fields keep their defaults (`runId` 0).
[[nodiscard]] JsonWriter writeSyncStatus(const sync::ProjectSyncStatus &status);
[[nodiscard]] core::Result<sync::ProjectSyncStatus> readSyncStatus(const QJsonObject &object);

/// `fetch_sync_status`'s `scheduler` (API.md §11.4): `interval_s`, `next_run_at`, `running`,
/// `queued`, `queued_projects`, and `progress` {projects_done, projects_total, project_id,
/// tasks_fetched, tasks_to_fetch}.
[[nodiscard]] QJsonObject writeScheduler(const sync::SchedulerStatus &status);
[[nodiscard]] core::Result<sync::SchedulerStatus> readScheduler(const QJsonObject &object);

} // namespace mikro::client
