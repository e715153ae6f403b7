#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace mikro::http {

/// One parsed HTTP request. Header names are lower-case; the path is percent-decoded; the query
/// is kept apart so that it never reaches a log line.
struct Request
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHash<QString, QString> pathParams; ///< filled by the Router from `{name}` segments
    QHostAddress peer;
    QByteArray requestId; ///< the client's X-Request-Id when valid, otherwise generated

    /// The first value of a header (name in any case), or an empty array.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

} // namespace mikro::http
