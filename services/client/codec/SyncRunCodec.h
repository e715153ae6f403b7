#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/sync/SyncTypes.h"

#include <QJsonObject>

namespace mikro::client {

/// API.md §2 SyncRun as the server writes it: `run_id`, `project_id`, `mode`, `status`,
/// `started_at`, `finished_at`, `requests_made`, `events_ingested`, `error` (null when empty), in
/// the alphabetical order the answers have always had. From the run fields of `status`; read
/// back, its `name` and `lastSyncedAt` are empty.
[[nodiscard]] JsonWriter writeSyncRun(const sync::ProjectSyncStatus &status);
[[nodiscard]] core::Result<sync::ProjectSyncStatus> readSyncRun(const QJsonObject &object);

/// One of `fetch_sync_status`'s `projects` (API.md §8): `last_run` (a SyncRun, or null before
/// the first run), `last_synced_at`, `name`, `project_id`. Read back without a run, the run
/// fields keep their defaults (`runId` 0).
[[nodiscard]] JsonWriter writeSyncStatus(const sync::ProjectSyncStatus &status);
[[nodiscard]] core::Result<sync::ProjectSyncStatus> readSyncStatus(const QJsonObject &object);

} // namespace mikro::client
