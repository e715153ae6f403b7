#include "app/server/api/HttpErrors.h"

#include "services/core/ErrorStatus.h"
#include "services/http/HttpLog.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mikro::server {

http::Response errorResponse(const core::Error &error, const QByteArray &requestId)
{
    const int status = core::httpStatusOf(error.kind);
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
