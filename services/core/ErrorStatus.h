#pragma once

#include "services/core/Error.h"

#include <QJsonObject>

namespace mikro::core {

/// The one table between a service Error's kind and its HTTP status (API.md §1.7,
/// CONVENTIONS.md §4): InvalidInput 400, Unauthenticated 401, Forbidden 403, NotFound 404,
/// Conflict 409, Gone 410, Refused 422, RateLimited 429, Internal 500, NotImplemented 501,
/// UpstreamUnavailable 502, Unavailable 503.
[[nodiscard]] int httpStatusOf(ErrorKind kind);
/// The way back; 413 (too large) is InvalidInput, anything unknown Internal.
[[nodiscard]] ErrorKind errorKindOfStatus(int status);
/// API.md §1.7's error body: `status`, `message`, `error`, `field` (null when empty), `details`.
[[nodiscard]] QJsonObject apiErrorBody(int status, const QByteArray &code, const QString &message,
    const QString &field, const QJsonObject &details);

} // namespace mikro::core
