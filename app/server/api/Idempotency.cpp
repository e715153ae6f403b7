#include "app/server/api/Idempotency.h"

#include "app/server/api/HttpErrors.h"
#include "services/core/Clock.h"
#include "services/store/AppliedOperations.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::Idempotency", text);
}

bool isUuid(const QByteArray &key)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(QString::fromLatin1(key)).hasMatch();
}

store::StoredAnswer stored(const http::Response &response)
{
    return { response.status, response.header("content-type"), response.body, false };
}

http::Response response(const store::StoredAnswer &answer)
{
    http::Response out;
    out.status = answer.status;
    out.body = answer.body;
    if (!answer.contentType.isEmpty())
        out.setHeader("Content-Type", answer.contentType);
    if (answer.replayed)
        out.setHeader("Idempotent-Replayed", "true");
    return out;
}

} // namespace

bool Idempotency::appliesTo(const QString &action)
{
    return !action.startsWith(u"fetch_"_s) && action != "calculate_budget"_L1;
}

http::Response Idempotency::run(store::Database &db, const core::Clock &clock, const QString &kind,
    const http::Request &request, const domain::Caller &caller,
    const std::function<http::Response()> &action)
{
    const QByteArray key = request.header("idempotency-key").trimmed();
    if (key.isEmpty())
        return action();
    if (!isUuid(key))
        return errorResponse(core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                                 tr("The Idempotency-Key header must be a UUID."))
                                 .withField(u"Idempotency-Key"_s),
            request.requestId);
    const store::OperationClaim claim { QString::fromLatin1(key).toLower(), caller.userId, kind,
        store::AppliedOperations::requestHash(request.body), clock.nowUtc() };
    const auto answer
        = store::AppliedOperations::runOnce(db, claim, [&action] { return stored(action()); });
    if (!answer.ok())
        return errorResponse(answer.error(), request.requestId);
    return response(answer.value());
}

} // namespace mikro::server
