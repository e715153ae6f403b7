#pragma once

#include "services/http/Request.h"
#include "services/http/Response.h"

#include <QStringList>

namespace mikro::server {

/// CORS for the web front ends (API.md §1.1): origins from CORS_ORIGINS; bearer tokens, never
/// cookies, so no credentials mode. Preflight needs no token.
class CorsPolicy
{
public:
    explicit CorsPolicy(QStringList allowedOrigins);

    /// The answer to an OPTIONS preflight: 204 with the allowed method and headers when the
    /// origin is allowed, 204 without them otherwise (the browser then refuses).
    [[nodiscard]] http::Response preflight(const http::Request &request) const;
    /// Adds Access-Control-Allow-Origin and the exposed headers to an allowed origin's answers.
    void decorate(const http::Request &request, http::Response &response) const;

private:
    [[nodiscard]] bool allows(const QByteArray &origin) const;

    QStringList m_origins;
};

} // namespace mikro::server
