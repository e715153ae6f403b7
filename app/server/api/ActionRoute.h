#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/http/Request.h"
#include "services/http/Response.h"

#include <QFuture>

#include <functional>
#include <variant>

namespace mikro::http {
class Router;
}

namespace mikro::server {

class AuthGate;
class JsonBody;

/// What an action answers: its JSON body (200, API.md's success envelope) or, for the few that
/// answer otherwise (a CSV file), a whole response.
using Answer = std::variant<client::JsonWriter, http::Response>;

/// 200 with the object as a JSON body.
[[nodiscard]] http::Response jsonResponse(const client::JsonWriter &body);
[[nodiscard]] http::Response responseOf(const Answer &answer);

/// An action's answer or the error it ends with; addAction turns either into the response, in
/// one place (HttpErrors, with the request id).
using ActionResult = core::Result<Answer>;

/// One API action (API.md §1.1): runs with the verified caller and the parsed body.
using Action
    = std::function<ActionResult(const JsonBody &, const http::Request &, const domain::Caller &)>;

/// Registers `group/action` with and without the /api prefix, as POST (and GET for `fetch_`
/// actions), behind the AuthGate; a body that is not a JSON object is answered 400 before the
/// action runs, and every failure goes through HttpErrors.
void addAction(http::Router &router, const AuthGate &gate, const QString &group,
    const QString &action, Action run);

/// An action that waits on another system (TM4) without holding a store thread.
using AsyncAction = std::function<QFuture<ActionResult>(
    const JsonBody &, const http::Request &, const domain::Caller &)>;
void addAsyncAction(http::Router &router, const AuthGate &gate, const QString &group,
    const QString &action, AsyncAction run);

} // namespace mikro::server
