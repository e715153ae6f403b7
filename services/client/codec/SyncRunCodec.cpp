#include "services/client/codec/SyncRunCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"
#include "services/core/UtcTime.h"

#include <QJsonArray>

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
    io.time(u"lease_until"_s, s.leaseUntil);
    io.word(u"mode"_s, s.mode, &sync::syncModeText, &sync::syncModeFromText);
    io.integer(u"project_id"_s, s.projectId);
    io.nullableText(u"requested_by"_s, s.requestedBy);
    io.nullableText(u"requested_by_name"_s, s.requestedByName);
    io.integer(u"requests_made"_s, s.requestsMade);
    io.integer(u"run_id"_s, s.runId);
    io.time(u"started_at"_s, s.startedAt);
    // API.md's name for the run's state; `status` is the key the answers always had.
    io.derived(u"state"_s, sync::runStatusText(s.status));
    io.word(u"status"_s, s.status, &sync::runStatusText, &sync::runStatusFromText);
    io.integer(u"tasks_done"_s, s.tasksDone);
    io.integer(u"tasks_total"_s, s.tasksTotal);
}

template <typename Io, typename Row>
void describeSyncStatus(Io &io, Row &s)
{
    io.boolean(u"active"_s, s.active);
    io.nullableObject(u"last_run"_s, s, s.runId != 0,
        [](auto &nested, auto &run) { describeSyncRun(nested, run); });
    io.time(u"last_synced_at"_s, s.lastSyncedAt);
    io.integer(u"members"_s, s.members);
    io.text(u"name"_s, s.name);
    io.integer(u"project_id"_s, s.projectId);
    io.text(u"url"_s, s.url);
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

JsonWriter writeQueuedRun(qint64 projectId, sync::SyncMode mode, const QString &requestedBy)
{
    JsonWriter out = JsonWriter::object();
    out.field(u"error"_s, QJsonValue())
        .field(u"events_ingested"_s, qint64(0))
        .field(u"finished_at"_s, QJsonValue())
        .field(u"lease_until"_s, QJsonValue())
        .field(u"mode"_s, sync::syncModeText(mode))
        .field(u"project_id"_s, projectId)
        .nullableText(u"requested_by"_s, requestedBy)
        .field(u"requested_by_name"_s, QJsonValue())
        .field(u"requests_made"_s, qint64(0))
        .field(u"run_id"_s, QJsonValue())
        .field(u"started_at"_s, QJsonValue())
        .field(u"state"_s, u"queued"_s)
        .field(u"status"_s, u"queued"_s)
        .field(u"tasks_done"_s, qint64(0))
        .field(u"tasks_total"_s, qint64(0));
    return out;
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

QJsonObject writeScheduler(const sync::SchedulerStatus &st)
{
    QJsonArray queued;
    for (const qint64 id : st.queuedProjects)
        queued.append(id);
    const sync::SyncProgress &p = st.progress;
    return { { u"interval_s"_s, static_cast<qint64>(st.interval.count()) * 60 },
        { u"next_run_at"_s,
            st.nextRunAt.isValid() ? QJsonValue(core::toIsoUtc(st.nextRunAt)) : QJsonValue() },
        { u"running"_s, st.running }, { u"queued"_s, st.queued }, { u"queued_projects"_s, queued },
        { u"progress"_s,
            QJsonObject { { u"projects_done"_s, p.projectsDone },
                { u"projects_total"_s, p.projectsTotal }, { u"project_id"_s, p.projectId },
                { u"tasks_fetched"_s, p.tasksFetched },
                { u"tasks_to_fetch"_s, p.tasksToFetch } } } };
}

core::Result<sync::SchedulerStatus> readScheduler(const QJsonObject &object)
{
    return readShape<sync::SchedulerStatus>(
        object, u"Scheduler"_s, [](JsonReader &io, sync::SchedulerStatus &st) {
            qint64 seconds = 0;
            io.integer(u"interval_s"_s, seconds);
            st.interval = std::chrono::minutes(seconds / 60);
            io.time(u"next_run_at"_s, st.nextRunAt);
            io.boolean(u"running"_s, st.running);
            io.integer(u"queued"_s, st.queued);
            io.integers(u"queued_projects"_s, st.queuedProjects);
            io.nullableObject(
                u"progress"_s, st.progress, true, [](JsonReader &nested, sync::SyncProgress &p) {
                    nested.integer(u"projects_done"_s, p.projectsDone);
                    nested.integer(u"projects_total"_s, p.projectsTotal);
                    nested.integer(u"project_id"_s, p.projectId);
                    nested.integer(u"tasks_fetched"_s, p.tasksFetched);
                    nested.integer(u"tasks_to_fetch"_s, p.tasksToFetch);
                });
        });
}

} // namespace mikro::client
