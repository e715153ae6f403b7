#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace mikro::http {

/// An HTTP response as a handler builds it; the connection adds framing headers (Content-Length,
/// Connection, X-Request-Id) when it writes it.
struct Response
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] static Response json(int status, const QJsonObject &object);
    /// The error body of API.md §1.7: {"status", "message", "error", "field", "details"}.
    [[nodiscard]] static Response error(int status, const QByteArray &code, const QString &message,
        const QString &field = {}, const QJsonObject &details = {});
    [[nodiscard]] static Response text(int status, const QByteArray &contentType, QByteArray body);

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(QByteArrayView name) const;

    /// Status line, headers and (unless `headOnly`) body, ready for the socket.
    [[nodiscard]] QByteArray serialize(
        bool keepAlive, bool headOnly, const QByteArray &requestId) const;
};

[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace mikro::http
