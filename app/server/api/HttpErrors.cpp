#include "app/server/api/HttpErrors.h"

#include "services/http/HttpLog.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

int statusOf(core::ErrorKind kind)
{
    switch (kind) {
    case core::ErrorKind::InvalidInput:
        return 400;
    case core::ErrorKind::Unauthenticated:
        return 401;
    case core::ErrorKind::Forbidden:
        return 403;
    case core::ErrorKind::NotFound:
        return 404;
    case core::ErrorKind::Conflict:
        return 409;
    case core::ErrorKind::Refused:
        return 422;
    case core::ErrorKind::RateLimited:
        return 429;
    case core::ErrorKind::Gone:
        return 410;
    case core::ErrorKind::NotImplemented:
        return 501;
    case core::ErrorKind::UpstreamUnavailable:
        return 502;
    case core::ErrorKind::Unavailable:
        return 503;
    case core::ErrorKind::Internal:
        return 500;
    }
    return 500;
}

} // namespace

http::Response errorResponse(const core::Error &error, const QByteArray &requestId)
{
    const int status = statusOf(error.kind);
    if (!error.diagnostic.isEmpty())
        qCInfo(http::lcHttp).noquote() << "request" << QString::fromLatin1(requestId) << status
                                       << error.code << error.diagnostic;
    // A defect's message is fixed: nothing of its cause reaches the client.
    const QString message = status == 500
        ? QCoreApplication::translate("mikro::server", "Internal server error")
        : error.message;
    const QByteArray code = status == 500 ? QByteArray("internal") : error.code;
    http::Response response = http::Response::error(
        status, code, message, error.field, QJsonObject::fromVariantMap(error.details));
    if (status == 429 && error.details.contains(u"retry_after_s"_s))
        response.setHeader("Retry-After",
            QByteArray::number(error.details.value(u"retry_after_s"_s).toLongLong()));
    if (status == 401) {
        // RFC 6750 §3: say that a token was sent and refused, without echoing anything of it.
        response.setHeader("WWW-Authenticate",
            error.code == "authorization_header_missing"
                ? QByteArray("Bearer")
                : QByteArray("Bearer error=\"invalid_token\""));
    }
    return response;
}

} // namespace mikro::server
