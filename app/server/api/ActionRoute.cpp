#include "app/server/api/ActionRoute.h"

#include "app/server/api/AuthGate.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/Idempotency.h"
#include "app/server/api/JsonBody.h"
#include "services/http/Router.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

/// API.md §1.9: the other paths ("group/action") the web front ends call an action by. An alias
/// is the action itself under another path: the same handler, the same idempotency kind.
QStringList pathsOf(const QString &group, const QString &action)
{
    static const QHash<QString, QStringList> aliases {
        { u"user/fetch_users"_s, { u"user/fetch_org_users"_s } },
        { u"user/fetch_user_details"_s, { u"user/fetch_user_profile"_s } },
        { u"user/update_user_details"_s, { u"user/update_profile"_s } },
        { u"project/fetch_validator_dash_stats"_s, { u"user/fetch_validator_stats"_s } },
        { u"task/update_user_tasks"_s, { u"project/TM4_payment_call"_s } },
        { u"training/modify_training"_s, { u"training/update_training"_s } },
        { u"checklist/add_checklist_comment"_s, { u"checklist/add_comment"_s } },
        { u"checklist/confirm_list_item"_s, { u"checklist/confirm_item"_s } },
    };
    const QString own = group + u'/' + action;
    QStringList paths { own };
    paths << aliases.value(own);
    // `tasks/<action>` and `checklists/<action>`: every path of those groups, plural too.
    const QStringList singular = paths;
    for (const QString &path : singular) {
        if (path.startsWith(u"task/"_s) || path.startsWith(u"checklist/"_s))
            paths << path.section(u'/', 0, 0) + u's' + u'/' + path.section(u'/', 1);
    }
    return paths;
}

void route(
    http::Router &router, const QString &group, const QString &action, const http::Handler &handler)
{
    for (const QString &path : pathsOf(group, action)) {
        for (const QString &prefix : { u"/api/"_s, u"/"_s }) {
            router.add("POST", prefix + path, handler);
            if (action.startsWith(u"fetch_"_s))
                router.add("GET", prefix + path, handler);
        }
    }
}

/// The action's fields: the JSON body, or a GET's query parameters (API.md §1.1).
core::Result<JsonBody> bodyOf(const http::Request &request)
{
    return request.method == "GET" ? JsonBody::fromQuery(request.query)
                                   : JsonBody::parse(request.body);
}

} // namespace

http::Response jsonResponse(const client::JsonWriter &body)
{
    return http::Response::text(200, "application/json; charset=utf-8", body.finish());
}

http::Response responseOf(const Answer &answer)
{
    if (const auto *body = std::get_if<client::JsonWriter>(&answer))
        return jsonResponse(*body);
    return std::get<http::Response>(answer);
}

void addAction(http::Router &router, const AuthGate &gate, const QString &group,
    const QString &action, Action run)
{
    const bool idempotent = Idempotency::appliesTo(action);
    route(router, group, action,
        gate.protect([run = std::move(run), &db = gate.database(), &clock = gate.clock(),
                         idempotent, kind = group + u'/' + action](
                         const http::Request &request, const domain::Caller &caller) {
            auto body = bodyOf(request);
            if (!body.ok())
                return errorResponse(body.error(), request.requestId);
            const auto answer = [&] {
                const ActionResult result = run(body.value(), request, caller);
                return result.ok() ? responseOf(result.value())
                                   : errorResponse(result.error(), request.requestId);
            };
            if (!idempotent)
                return answer();
            return Idempotency::run(db, clock, kind, request, caller, answer);
        }));
}

void addAsyncAction(http::Router &router, const AuthGate &gate, const QString &group,
    const QString &action, AsyncAction run)
{
    route(router, group, action,
        gate.protectAsync([run = std::move(run)](
                              const http::Request &request, const domain::Caller &caller) {
            auto body = bodyOf(request);
            if (!body.ok())
                return QtFuture::makeReadyFuture(errorResponse(body.error(), request.requestId));
            return run(body.value(), request, caller)
                .then([requestId = request.requestId](const ActionResult &result) {
                    return result.ok() ? responseOf(result.value())
                                       : errorResponse(result.error(), requestId);
                });
        }));
}

} // namespace mikro::server
