#include "app/server/api/SyncRoutes.h"

#include "app/server/SyncScheduler.h"
#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/SyncRunCodec.h"
#include "services/core/UtcTime.h"
#include "services/http/Router.h"
#include "services/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::SyncRoutes", text);
}

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(core::toIsoUtc(at)) : QJsonValue();
}

} // namespace

void addSyncRoutes(http::Router &router, const AuthGate &gate, const sync::SyncEngine &engine,
    SyncScheduler &scheduler)
{
    addAction(router, gate, u"task"_s, u"sync_project"_s,
        [&scheduler](const JsonBody &body, const http::Request &,
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
            return client::JsonWriter::success(tr("Sync requested"))
                .field(u"project_id"_s, *project.value())
                .field(u"already_queued"_s, !queued.value());
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
        [&engine, &scheduler](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto projects = engine.status(caller);
            if (!projects.ok())
                return projects.error();
            QList<client::JsonWriter> rows;
            QSet<qint64> visible;
            for (const sync::ProjectSyncStatus &s : projects.value()) {
                visible.insert(s.projectId);
                rows << client::writeSyncStatus(s);
            }
            const SyncScheduler::Status st = scheduler.status(visible);
            const QJsonObject schedule { { u"interval_s"_s,
                                             static_cast<qint64>(st.interval.count()) * 60 },
                { u"next_run_at"_s, time(st.nextRunAt) }, { u"running"_s, st.running },
                { u"queued"_s, st.queued },
                { u"progress"_s,
                    QJsonObject { { u"projects_done"_s, st.progress.projectsDone },
                        { u"projects_total"_s, st.progress.projectsTotal },
                        { u"project_id"_s, st.progress.projectId },
                        { u"tasks_fetched"_s, st.progress.tasksFetched },
                        { u"tasks_to_fetch"_s, st.progress.tasksToFetch } } } };
            return client::JsonWriter::success(tr("Sync status"))
                .array(u"projects"_s, rows)
                .field(u"scheduler"_s, QJsonValue(schedule));
        });
}

} // namespace mikro::server
