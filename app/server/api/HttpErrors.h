#pragma once

#include "services/core/Error.h"
#include "services/http/Response.h"

namespace mikro::server {

/// The only mapping from a service Error to an HTTP answer (CONVENTIONS.md §4): InvalidInput 400,
/// Unauthenticated 401 (with `WWW-Authenticate`), Forbidden 403, NotFound 404, Conflict 409,
/// Refused 422, RateLimited 429 (with `Retry-After`), Gone 410, NotImplemented 501, Internal 500,
/// UpstreamUnavailable 502, Unavailable 503; API.md §1.7's body. The diagnostic goes to the log
/// with the request id, never to the client.
[[nodiscard]] http::Response errorResponse(const core::Error &error, const QByteArray &requestId);

} // namespace mikro::server
