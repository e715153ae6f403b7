#pragma once

#include "services/domain/Caller.h"
#include "services/http/Request.h"
#include "services/http/Response.h"

#include <QFuture>

#include <functional>

namespace mikro::http {
class Router;
}

namespace mikro::server {

class AuthGate;
class JsonBody;

/// One API action (API.md §1.1): runs with the verified caller and the parsed body.
using Action = std::function<http::Response(
    const JsonBody &, const http::Request &, const domain::Caller &)>;

/// Registers `group/action` with and without the /api prefix, as POST (and GET for `fetch_`
/// actions), behind the AuthGate; a body that is not a JSON object is answered 400 before the
/// action runs, and every failure goes through HttpErrors.
void addAction(http::Router &router, const AuthGate &gate, const QString &group,
    const QString &action, Action run);

/// An action that waits on another system (TM4) without holding a store thread.
using AsyncAction = std::function<QFuture<http::Response>(
    const JsonBody &, const http::Request &, const domain::Caller &)>;
void addAsyncAction(http::Router &router, const AuthGate &gate, const QString &group,
    const QString &action, AsyncAction run);

} // namespace mikro::server
