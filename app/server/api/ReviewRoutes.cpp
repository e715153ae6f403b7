#include "app/server/api/ReviewRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/ReviewCodec.h"
#include "services/domain/crediting/CreditingService.h"
#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::ReviewRoutes", text);
}

core::Error invalid(const QString &field, const char *message)
{
    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field", tr(message))
        .withField(field);
}

/// `task_id` is the TM4 task number or the queue's "<project_id>:<task_id>" id.
core::Result<std::pair<std::optional<qint64>, qint64>> taskOf(const JsonBody &body)
{
    const auto project = body.integer(u"project_id"_s, Need::Optional);
    if (!project.ok())
        return project.error();
    if (const auto number = body.integer(u"task_id"_s, Need::Optional);
        number.ok() && number.value())
        return std::pair(project.value(), *number.value());
    const auto text = body.text(u"task_id"_s, Need::Required, 40);
    if (!text.ok())
        return text.error();
    const QStringList parts = text.value()->split(u':');
    bool projectOk = false;
    bool taskOk = false;
    const qint64 p = parts.value(0).toLongLong(&projectOk);
    const qint64 t = parts.value(1).toLongLong(&taskOk);
    if (parts.size() != 2 || !projectOk || !taskOk || p <= 0 || t <= 0)
        return invalid(u"task_id"_s, "Give the task number or the review id (project:task).");
    return std::pair(std::optional(p), t);
}

} // namespace

void addReviewRoutes(
    http::Router &router, const AuthGate &gate, const domain::CreditingService &crediting)
{
    addAction(router, gate, u"task"_s, u"fetch_external_validations"_s,
        [&crediting](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto queue = crediting.reviewQueue(caller);
            if (!queue.ok())
                return queue.error();
            QList<client::JsonWriter> rows;
            for (const domain::ReviewItem &item : queue.value())
                rows << client::writeReviewItem(item);
            return client::JsonWriter::success(tr("Tasks waiting for review"))
                .array(u"external_validations"_s, rows)
                .array(u"validations"_s, rows); // API.md §1.9: the web front end's name
        });

    addAction(router, gate, u"task"_s, u"update_task"_s,
        [&crediting](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto task = taskOf(body);
            if (!task.ok())
                return task.error();
            // API.md §1.9: the web front end sends `action`, the contract's name is `task_action`.
            const auto action = either({ u"task_action"_s, u"action"_s },
                [&body](const QString &name) { return body.text(name, Need::Optional, 20); });
            if (!action.ok())
                return action.error();
            if (!action.value())
                return core::Error::make(core::ErrorKind::InvalidInput, "missing_field",
                    tr("Say whether to validate or invalidate the task (task_action)."))
                    .withField(u"task_action"_s);
            const QString verb = action.value()->toLower();
            if (verb != "validate"_L1 && verb != "invalidate"_L1)
                return invalid(u"task_action"_s, "The action is Validate or Invalidate.");
            auto [projectId, taskId] = task.value();
            if (!projectId) {
                // A bare task number: it must name one task in the queue.
                const auto queue = crediting.reviewQueue(caller);
                if (!queue.ok())
                    return queue.error();
                int matches = 0;
                for (const domain::ReviewItem &item : queue.value()) {
                    if (item.taskId == taskId) {
                        projectId = item.projectId;
                        ++matches;
                    }
                }
                if (matches > 1)
                    return core::Error::make(core::ErrorKind::Conflict, "ambiguous_task",
                        tr("Several projects have this task number in "
                           "review; give the project too."));
                if (matches == 0)
                    return core::Error::make(core::ErrorKind::Conflict, "already_resolved",
                        tr("This task is not waiting for a review."));
            }
            const auto credited
                = crediting.decideReview(caller, *projectId, taskId, verb == "validate"_L1);
            if (!credited.ok())
                return credited.error();
            return client::JsonWriter::success(tr("Task updated"))
                .field(u"project_id"_s, *projectId)
                .field(u"task_id"_s, taskId)
                .money(u"mapper_credited"_s, credited.value());
        });
}

} // namespace mikro::server
