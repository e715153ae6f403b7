#include "app/server/api/CorsPolicy.h"

namespace mikro::server {

CorsPolicy::CorsPolicy(QStringList allowedOrigins)
    : m_origins(std::move(allowedOrigins))
{
}

bool CorsPolicy::allows(const QByteArray &origin) const
{
    return !origin.isEmpty() && m_origins.contains(QString::fromLatin1(origin));
}

http::Response CorsPolicy::preflight(const http::Request &request) const
{
    http::Response response;
    response.status = 204;
    if (allows(request.header("origin"))) {
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers",
            "Authorization, Content-Type, Idempotency-Key, X-Request-Id");
        response.setHeader("Access-Control-Max-Age", "600");
    }
    return response;
}

void CorsPolicy::decorate(const http::Request &request, http::Response &response) const
{
    const QByteArray origin = request.header("origin");
    if (!allows(origin))
        return;
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Vary", "Origin");
    response.setHeader(
        "Access-Control-Expose-Headers", "X-Request-Id, Idempotent-Replayed, Content-Disposition");
}

} // namespace mikro::server
