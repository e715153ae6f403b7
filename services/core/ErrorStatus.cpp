#include "services/core/ErrorStatus.h"

using namespace Qt::StringLiterals;

namespace mikro::core {

namespace {

struct KindStatus
{
    ErrorKind kind;
    int status;
};

constexpr KindStatus Table[] { { ErrorKind::InvalidInput, 400 },
    { ErrorKind::Unauthenticated, 401 }, { ErrorKind::Forbidden, 403 },
    { ErrorKind::NotFound, 404 }, { ErrorKind::Conflict, 409 }, { ErrorKind::Gone, 410 },
    { ErrorKind::Refused, 422 }, { ErrorKind::RateLimited, 429 }, { ErrorKind::Internal, 500 },
    { ErrorKind::NotImplemented, 501 }, { ErrorKind::UpstreamUnavailable, 502 },
    { ErrorKind::Unavailable, 503 } };

} // namespace

int httpStatusOf(ErrorKind kind)
{
    for (const KindStatus &row : Table)
        if (row.kind == kind)
            return row.status;
    return 500;
}

ErrorKind errorKindOfStatus(int status)
{
    if (status == 413)
        return ErrorKind::InvalidInput;
    for (const KindStatus &row : Table)
        if (row.status == status)
            return row.kind;
    return ErrorKind::Internal;
}

QJsonObject apiErrorBody(int status, const QByteArray &code, const QString &message,
    const QString &field, const QJsonObject &details)
{
    return { { u"status"_s, status }, { u"message"_s, message },
        { u"error"_s, QString::fromLatin1(code) },
        { u"field"_s, field.isEmpty() ? QJsonValue() : QJsonValue(field) },
        { u"details"_s, details } };
}

} // namespace mikro::core
