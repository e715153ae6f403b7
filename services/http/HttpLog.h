#pragma once

#include <QLoggingCategory>

namespace mikro::http {
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
/// One line per request (method, path without query, status, duration, request id).
Q_DECLARE_LOGGING_CATEGORY(lcHttpAccess)
} // namespace mikro::http
