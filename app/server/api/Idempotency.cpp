#include "app/server/api/Idempotency.h"

#include "app/server/api/HttpErrors.h"
#include "services/core/Clock.h"
#include "services/store/AppliedOperations.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <nlohmann/json.hpp>

#include <chrono>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::Idempotency", text);
}

/// How long a duplicate waits for the first request's answer to be written (SQLite, where the
/// answer is saved just after the effects commit).
constexpr auto AnswerWait = std::chrono::seconds(5);
constexpr auto AnswerPoll = std::chrono::milliseconds(20);

bool isUuid(const QByteArray &key)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(QString::fromLatin1(key)).hasMatch();
}

/// Decided answers are stored; a 400, 401, 403, 413 or 5xx lets a corrected retry run.
bool isDecided(int status)
{
    return (status >= 200 && status < 300) || status == 404 || status == 409 || status == 422;
}

QByteArray encode(const http::Response &response)
{
    return QJsonDocument(
        QJsonObject { { u"status"_s, response.status },
            { u"content_type"_s, QString::fromLatin1(response.header("content-type")) },
            { u"body"_s, QString::fromUtf8(response.body) } })
        .toJson(QJsonDocument::Compact);
}

http::Response replay(const QByteArray &stored)
{
    const QJsonObject object = QJsonDocument::fromJson(stored).object();
    http::Response response;
    response.status = object.value(u"status"_s).toInt(500);
    response.body = object.value(u"body"_s).toString().toUtf8();
    const QString contentType = object.value(u"content_type"_s).toString();
    if (!contentType.isEmpty())
        response.setHeader("Content-Type", contentType.toLatin1());
    response.setHeader("Idempotent-Replayed", "true");
    return response;
}

http::Response conflict(const http::Request &request, const char *why)
{
    return errorResponse(
        core::Error::make(core::ErrorKind::Conflict, "idempotency_conflict", tr(why))
            .withField(u"Idempotency-Key"_s),
        request.requestId);
}

/// The answer for a key that is already recorded: the first answer again, or a conflict.
http::Response answerRecorded(
    store::Database &db, const store::OperationClaim &claim, const http::Request &request)
{
    const auto deadline = std::chrono::steady_clock::now() + AnswerWait;
    for (;;) {
        db.refreshReads(); // the request's shared read would show the first look again and again
        auto found = db.inReadTransaction(
            [&](store::Transaction &tx) { return store::AppliedOperations::find(tx, claim.opId); });
        if (!found.ok())
            return errorResponse(found.error(), request.requestId);
        if (!found.value())
            return conflict(request,
                QT_TRANSLATE_NOOP("mikro::server::Idempotency",
                    "This operation could not be applied; try again."));
        const store::AppliedOperation &op = *found.value();
        if (op.userId != claim.userId || op.kind != claim.kind
            || op.requestHash != claim.requestHash)
            return conflict(request,
                QT_TRANSLATE_NOOP("mikro::server::Idempotency",
                    "This Idempotency-Key was already used for another request. Send a new key "
                    "for a new change."));
        if (op.result)
            return replay(*op.result);
        if (std::chrono::steady_clock::now() > deadline)
            return conflict(request,
                QT_TRANSLATE_NOOP("mikro::server::Idempotency",
                    "This operation is still being applied; try again."));
        QThread::msleep(static_cast<unsigned long>(AnswerPoll.count()));
    }
}

} // namespace

bool Idempotency::appliesTo(const QString &action)
{
    return !action.startsWith(u"fetch_"_s) && action != "calculate_budget"_L1;
}

QString Idempotency::requestHash(const QByteArray &body)
{
    const std::string text = body.trimmed().isEmpty() ? std::string("{}") : body.toStdString();
    // Parsed again here (the body already parsed as an object); object keys are sorted by
    // nlohmann::json's std::map, so the same fields in another order hash alike.
    const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    const std::string canonical = parsed.is_discarded() ? text : parsed.dump();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(canonical), QCryptographicHash::Sha256)
            .toHex());
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
        requestHash(request.body), clock.nowUtc() };
    store::OperationLock lock(db, claim.opId);
    auto earlier = db.inReadTransaction(
        [&](store::Transaction &tx) { return store::AppliedOperations::find(tx, claim.opId); });
    if (!earlier.ok())
        return errorResponse(earlier.error(), request.requestId);
    if (earlier.value())
        return answerRecorded(db, claim, request);

    http::Response response;
    bool recorded = false;
    bool collided = false;
    {
        store::OperationScope scope(claim);
        response = action();
        recorded = scope.recorded();
        collided = scope.collided();
    }
    if (collided)
        return answerRecorded(db, claim, request);
    if (recorded) {
        // The effects and the key are committed; the answer follows. Should this fail, a replay
        // finds the key without an answer and is told to try again, never applied twice.
        auto saved = db.inTransaction([&](store::Transaction &tx) {
            return store::AppliedOperations::saveResult(tx, claim.opId, encode(response));
        });
        if (!saved.ok())
            qWarning("idempotency: the answer of operation %s was not saved: %s",
                qPrintable(claim.opId), qPrintable(saved.error().diagnostic));
        return response;
    }
    if (!isDecided(response.status))
        return response;
    auto inserted = db.inTransaction([&](store::Transaction &tx) {
        return store::AppliedOperations::insertDecided(tx, claim, encode(response));
    });
    if (inserted.ok() && !inserted.value())
        return answerRecorded(db, claim, request);
    return response;
}

} // namespace mikro::server
