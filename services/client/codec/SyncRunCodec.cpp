#include "services/client/codec/SyncRunCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

// The fields are in alphabetical order: the server wrote these objects with QJsonObject, which
// sorts its keys, and the answers stay byte for byte what they were.

template <typename Io, typename Row>
void describeSyncRun(Io &io, Row &s)
{
    io.nullableText(u"error"_s, s.error);
    io.integer(u"events_ingested"_s, s.eventsIngested);
    io.time(u"finished_at"_s, s.finishedAt);
    io.word(u"mode"_s, s.mode, &sync::syncModeText, &sync::syncModeFromText);
    io.integer(u"project_id"_s, s.projectId);
    io.integer(u"requests_made"_s, s.requestsMade);
    io.integer(u"run_id"_s, s.runId);
    io.time(u"started_at"_s, s.startedAt);
    io.word(u"status"_s, s.status, &sync::runStatusText, &sync::runStatusFromText);
}

template <typename Io, typename Row>
void describeSyncStatus(Io &io, Row &s)
{
    io.nullableObject(u"last_run"_s, s, s.runId != 0,
        [](auto &nested, auto &run) { describeSyncRun(nested, run); });
    io.time(u"last_synced_at"_s, s.lastSyncedAt);
    io.text(u"name"_s, s.name);
    io.integer(u"project_id"_s, s.projectId);
}

} // namespace

JsonWriter writeSyncRun(const sync::ProjectSyncStatus &status)
{
    return writeShape(status, [](auto &io, auto &s) { describeSyncRun(io, s); });
}

core::Result<sync::ProjectSyncStatus> readSyncRun(const QJsonObject &object)
{
    return readShape<sync::ProjectSyncStatus>(
        object, u"SyncRun"_s, [](auto &io, auto &s) { describeSyncRun(io, s); });
}

JsonWriter writeSyncStatus(const sync::ProjectSyncStatus &status)
{
    return writeShape(status, [](auto &io, auto &s) { describeSyncStatus(io, s); });
}

core::Result<sync::ProjectSyncStatus> readSyncStatus(const QJsonObject &object)
{
    return readShape<sync::ProjectSyncStatus>(
        object, u"SyncStatus"_s, [](auto &io, auto &s) { describeSyncStatus(io, s); });
}

} // namespace mikro::client
