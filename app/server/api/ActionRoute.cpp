#include "app/server/api/ActionRoute.h"

#include "app/server/api/AuthGate.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/Idempotency.h"
#include "app/server/api/JsonBody.h"
#include "services/http/Router.h"

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

void route(
    http::Router &router, const QString &group, const QString &action, const http::Handler &handler)
{
    const QString path = u'/' + group + u'/' + action;
    for (const QString &prefix : { u"/api"_s, QString() }) {
        router.add("POST", prefix + path, handler);
        if (action.startsWith(u"fetch_"_s))
            router.add("GET", prefix + path, handler);
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
