#include "services/http/Response.h"

#include "services/core/ErrorStatus.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mikro::http {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

Response Response::json(int status, const QJsonObject &object)
{
    Response r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::error(int status, const QByteArray &code, const QString &message,
    const QString &field, const QJsonObject &details)
{
    return json(status, core::apiErrorBody(status, code, message, field, details));
}

Response Response::text(int status, const QByteArray &contentType, QByteArray body)
{
    Response r;
    r.status = status;
    r.setHeader("Content-Type", contentType);
    r.body = std::move(body);
    return r;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray Response::serialize(bool keepAlive, bool headOnly, const QByteArray &requestId) const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasCacheControl = false;
    for (const auto &[name, value] : headers) {
        hasCacheControl
            = hasCacheControl || name.compare("cache-control", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!hasCacheControl)
        out += "Cache-Control: no-store\r\n";
    if (!requestId.isEmpty())
        out += "X-Request-Id: " + requestId + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly)
        out += body;
    return out;
}

} // namespace mikro::http
