#include "app/server/api/SyncRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/SyncRunCodec.h"
#include "services/http/Router.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncScheduler.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::SyncRoutes", text);
}

} // namespace

void addSyncRoutes(http::Router &router, const AuthGate &gate, const sync::SyncEngine &engine,
    sync::SyncScheduler &scheduler)
{
    addAction(router, gate, u"task"_s, u"sync_project"_s,
        [&engine, &scheduler](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto project = body.integer(u"project_id"_s, Need::Required);
            if (!project.ok())
                return project.error();
            const auto full = body.boolean(u"full"_s);
            if (!full.ok())
                return full.error();
            // Validators sync the projects they are members of; admins any of the org's.
            const auto queued = scheduler.request(
                caller, *project.value(), full.value().value_or(false), domain::Role::Validator);
            if (!queued.ok())
                return queued.error();
            // API.md §11.4: the run that answers — the one running or just finished when no new
            // one was needed, else the request waiting in the queue. `already_queued` and
            // `project_id` stay for the clients that read them.
            const qint64 id = *project.value();
            const bool already = !queued.value();
            const auto known = engine.status(caller);
            if (!known.ok())
                return known.error();
            const auto latest = std::find_if(known.value().cbegin(), known.value().cend(),
                [id](const sync::ProjectSyncStatus &s) { return s.projectId == id; });
            const bool waiting = scheduler.status({ id }).queuedProjects.contains(id);
            client::JsonWriter out = client::JsonWriter::success(tr("Sync requested"));
            if (already && !waiting && latest != known.value().cend() && latest->runId != 0)
                out.nested(u"run"_s, client::writeSyncRun(*latest));
            else
                out.nested(u"run"_s,
                    client::writeQueuedRun(id,
                        full.value().value_or(false) ? sync::SyncMode::Full
                                                     : sync::SyncMode::Incremental,
                        caller.userId));
            return out.field(u"already_running"_s, already)
                .field(u"project_id"_s, id)
                .field(u"already_queued"_s, already);
        });

    // API.md §8: the person's member projects, or every staffed project for an admin; each is
    // queued and the answer lists the latest run known for it (a new run appears in
    // fetch_sync_status once it starts).
    const auto queueAll = [&engine, &scheduler](const domain::Caller &caller,
                              const core::Result<QList<qint64>> &projects) -> ActionResult {
        if (!projects.ok())
            return projects.error();
        QHash<qint64, bool> queued;
        for (qint64 id : projects.value()) {
            const auto added = scheduler.request(caller, id, false, domain::Role::User);
            if (!added.ok())
                return added.error();
            queued.insert(id, added.value());
        }
        const auto known = engine.status(caller);
        if (!known.ok())
            return known.error();
        // Each row's keys in alphabetical order, as the answer has always had them.
        QList<client::JsonWriter> runs;
        for (const sync::ProjectSyncStatus &s : known.value()) {
            if (!queued.contains(s.projectId))
                continue;
            client::JsonWriter row = client::JsonWriter::object();
            if (s.runId == 0)
                row.field(u"last_run"_s, QJsonValue());
            else
                row.nested(u"last_run"_s, client::writeSyncRun(s));
            row.field(u"project_id"_s, s.projectId).field(u"queued"_s, queued.value(s.projectId));
            runs << row;
        }
        return client::JsonWriter::success(tr("updated")).array(u"runs"_s, runs);
    };
    addAction(router, gate, u"task"_s, u"update_user_tasks"_s,
        [&engine, queueAll](const JsonBody &, const http::Request &, const domain::Caller &caller)
            -> ActionResult { return queueAll(caller, engine.memberProjects(caller)); });
    addAction(router, gate, u"task"_s, u"admin_update_all_user_tasks"_s,
        [&engine, queueAll](const JsonBody &, const http::Request &, const domain::Caller &caller)
            -> ActionResult { return queueAll(caller, engine.staffedProjects(caller)); });

    addAction(router, gate, u"task"_s, u"fetch_sync_status"_s,
        [&engine, &scheduler](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            // API.md §8's optional filters: one project (an id the caller cannot see is
            // answered like an unknown one), or the project whose latest run is `run_id` (none
            // when a newer run has replaced it: fetch_sync_runs reads older runs).
            const auto onlyProject = body.integer(u"project_id"_s, Need::Optional);
            const auto onlyRun = body.integer(u"run_id"_s, Need::Optional);
            if (auto e = fieldProblems({ errorOf(onlyProject), errorOf(onlyRun) }))
                return *e;
            const auto projects = engine.status(caller);
            if (!projects.ok())
                return projects.error();
            const auto events = engine.history().eventsLastDay(caller);
            if (!events.ok())
                return events.error();
            QList<client::JsonWriter> rows;
            QSet<qint64> visible;
            for (const sync::ProjectSyncStatus &s : projects.value()) {
                if ((onlyProject.value() && s.projectId != *onlyProject.value())
                    || (onlyRun.value() && s.runId != *onlyRun.value()))
                    continue;
                visible.insert(s.projectId);
                rows << client::writeSyncStatus(s);
            }
            if (onlyProject.value() && visible.isEmpty())
                return core::Error::make(
                    core::ErrorKind::NotFound, "not_found", tr("No such project."))
                    .withField(u"project_id"_s);
            const sync::SchedulerStatus st = scheduler.status(visible);
            return client::JsonWriter::success(tr("Sync status"))
                .field(u"events_24h"_s, static_cast<qint64>(events.value()))
                .array(u"projects"_s, rows)
                .field(u"scheduler"_s, QJsonValue(client::writeScheduler(st)));
        });

    // UI.md §5.8: a project's run history, newest first, paged backwards.
    addAction(router, gate, u"task"_s, u"fetch_sync_runs"_s,
        [&engine](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto project = body.integer(u"project_id"_s, Need::Required);
            const auto before = body.integer(u"before_id"_s, Need::Optional);
            const auto limit = body.integer(u"limit"_s, Need::Optional);
            for (const auto *field : { &project, &before, &limit })
                if (!field->ok())
                    return field->error();
            const int count = static_cast<int>(
                qBound(qint64(1), limit.value().value_or(qint64(20)), qint64(100)));
            const auto runs = engine.history().runs(
                caller, *project.value(), count, qMax<qint64>(0, before.value().value_or(0)));
            if (!runs.ok())
                return runs.error();
            QList<client::JsonWriter> rows;
            for (const sync::ProjectSyncStatus &s : runs.value())
                rows << client::writeSyncRun(s);
            const bool more = runs.value().size() == count;
            return client::JsonWriter::success(tr("Sync runs"))
                .field(u"next_before_id"_s,
                    more ? QJsonValue(runs.value().constLast().runId) : QJsonValue())
                .array(u"runs"_s, rows);
        });

    // UI.md §5.8 Cancel: the project's queued request is dropped, its running one stops after
    // the request in flight and is recorded as cancelled.
    addAction(router, gate, u"task"_s, u"cancel_sync"_s,
        [&scheduler](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto project = body.integer(u"project_id"_s, Need::Required);
            if (!project.ok())
                return project.error();
            const auto cancelled = scheduler.cancel(caller, *project.value());
            if (!cancelled.ok())
                return cancelled.error();
            return client::JsonWriter::success(
                cancelled.value() ? tr("Sync cancelled") : tr("Nothing to cancel"))
                .field(u"cancelled"_s, cancelled.value())
                .field(u"project_id"_s, *project.value());
        });
}

} // namespace mikro::server
