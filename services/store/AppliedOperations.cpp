#include "services/store/AppliedOperations.h"

#include "services/store/Database.h"
#include "services/store/SqlValues.h"
#include "services/store/StoreLog.h"
#include "services/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <nlohmann/json.hpp>

#include <chrono>

using namespace Qt::StringLiterals;

namespace mikro::store {

namespace {

thread_local OperationScope *t_scope = nullptr;

/// What a recorded operation holds until its answer is saved (the column is NOT NULL).
const QByteArray Applying = R"({"applying":true})";

core::Result<void> insert(Transaction &tx, const OperationClaim &claim, const QByteArray &result)
{
    auto inserted = tx.exec(
        u"INSERT INTO applied_operations (op_id, user_id, kind, request_hash, applied_at, result) "
        "VALUES (:id, :user, :kind, :hash, :at, :result)"_s,
        { { u"id"_s, claim.opId }, { u"user"_s, claim.userId }, { u"kind"_s, claim.kind },
            { u"hash"_s, claim.requestHash }, { u"at"_s, utcValue(claim.at) },
            { u"result"_s, QString::fromUtf8(result) } });
    if (!inserted.ok())
        return inserted.error();
    return {};
}

} // namespace

OperationScope::OperationScope(OperationClaim claim)
    : m_claim(std::move(claim))
{
    Q_ASSERT(!t_scope);
    t_scope = this;
}

OperationScope::~OperationScope()
{
    t_scope = nullptr;
}

core::Result<void> OperationScope::recordInto(Transaction &tx)
{
    OperationScope *scope = t_scope;
    if (!scope || scope->m_recorded || scope->m_collided)
        return {};
    auto inserted = insert(tx, scope->m_claim, Applying);
    if (!inserted.ok()) {
        if (inserted.error().cause == core::Cause::DuplicateKey)
            scope->m_collided = true;
        return inserted.error();
    }
    scope->m_writing = true;
    return {};
}

void OperationScope::committed()
{
    OperationScope *scope = t_scope;
    if (scope && scope->m_writing) {
        scope->m_writing = false;
        scope->m_recorded = true;
    }
}

OperationLock::OperationLock(Database &db, const QString &opId)
    : m_db(db)
    , m_opId(opId)
{
    if (db.engine() != Engine::Postgres)
        return;
    auto connection = db.connection();
    if (!connection.ok())
        return; // the action will meet the same failure and answer it
    QSqlQuery lock(connection.value());
    lock.prepare(u"SELECT pg_advisory_lock(hashtextextended(:id, 7))"_s);
    lock.bindValue(u":id"_s, opId);
    m_held = lock.exec();
    if (!m_held)
        qCWarning(lcStore) << "operation lock not taken for" << opId;
}

OperationLock::~OperationLock()
{
    if (!m_held)
        return;
    auto connection = m_db.connection();
    if (!connection.ok())
        return; // a lost connection released the lock with its session
    QSqlQuery unlock(connection.value());
    unlock.prepare(u"SELECT pg_advisory_unlock(hashtextextended(:id, 7))"_s);
    unlock.bindValue(u":id"_s, m_opId);
    if (!unlock.exec())
        qCWarning(lcStore) << "operation lock not released for" << m_opId;
}

core::Result<std::optional<AppliedOperation>> AppliedOperations::find(
    Transaction &tx, const QString &opId)
{
    auto row = tx.exec(u"SELECT user_id, kind, request_hash, result FROM applied_operations "
                       "WHERE op_id = :id"_s,
        { { u"id"_s, opId } });
    if (!row.ok())
        return row.error();
    if (!row.value().next())
        return std::optional<AppliedOperation>();
    AppliedOperation op { row.value().value(0).toString(), row.value().value(1).toString(),
        row.value().value(2).toString(), std::nullopt };
    const QByteArray result = row.value().value(3).toString().toUtf8();
    if (!QJsonDocument::fromJson(result).object().contains(u"applying"_s))
        op.result = result;
    return std::optional<AppliedOperation>(op);
}

core::Result<void> AppliedOperations::saveResult(
    Transaction &tx, const QString &opId, const QByteArray &result)
{
    auto updated = tx.exec(u"UPDATE applied_operations SET result = :result WHERE op_id = :id"_s,
        { { u"id"_s, opId }, { u"result"_s, QString::fromUtf8(result) } });
    if (!updated.ok())
        return updated.error();
    return {};
}

core::Result<bool> AppliedOperations::insertDecided(
    Transaction &tx, const OperationClaim &claim, const QByteArray &result)
{
    auto inserted = insert(tx, claim, result);
    if (!inserted.ok()) {
        if (inserted.error().cause == core::Cause::DuplicateKey)
            return false;
        return inserted.error();
    }
    return true;
}

core::Result<int> AppliedOperations::prune(Transaction &tx, const QDateTime &now)
{
    auto deleted = tx.exec(u"DELETE FROM applied_operations WHERE applied_at < :before"_s,
        { { u"before"_s, utcValue(now.addDays(-KeptDays)) } });
    if (!deleted.ok())
        return deleted.error();
    return deleted.value().numRowsAffected();
}

QString AppliedOperations::requestHash(const QByteArray &body)
{
    const std::string text = body.trimmed().isEmpty() ? std::string("{}") : body.toStdString();
    // Parsed again here; object keys are sorted by nlohmann::json's std::map, so the same fields
    // in another order hash alike.
    const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    const std::string canonical = parsed.is_discarded() ? text : parsed.dump();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(canonical), QCryptographicHash::Sha256)
            .toHex());
}

QByteArray StoredAnswer::encode() const
{
    return QJsonDocument(QJsonObject { { u"status"_s, status },
                             { u"content_type"_s, QString::fromLatin1(contentType) },
                             { u"body"_s, QString::fromUtf8(body) } })
        .toJson(QJsonDocument::Compact);
}

StoredAnswer StoredAnswer::decode(const QByteArray &stored)
{
    const QJsonObject object = QJsonDocument::fromJson(stored).object();
    StoredAnswer answer;
    answer.status = object.value(u"status"_s).toInt(500);
    answer.contentType = object.value(u"content_type"_s).toString().toLatin1();
    answer.body = object.value(u"body"_s).toString().toUtf8();
    return answer;
}

bool StoredAnswer::decided() const
{
    return (status >= 200 && status < 300) || status == 404 || status == 409 || status == 422;
}

namespace {

/// How long a duplicate waits for the first request's answer to be written (SQLite, where the
/// answer is saved just after the effects commit).
constexpr auto AnswerWait = std::chrono::seconds(5);
constexpr auto AnswerPoll = std::chrono::milliseconds(20);

QString translated(const char *text)
{
    return QCoreApplication::translate("mikro::store::AppliedOperations", text);
}

core::Error idempotencyConflict(const char *why)
{
    return core::Error::make(core::ErrorKind::Conflict, "idempotency_conflict", translated(why))
        .withField(u"Idempotency-Key"_s);
}

/// The answer for an id that is already recorded: the first answer again, or a conflict.
core::Result<StoredAnswer> answerRecorded(Database &db, const OperationClaim &claim)
{
    const auto deadline = std::chrono::steady_clock::now() + AnswerWait;
    for (;;) {
        db.refreshReads(); // a shared read would show the first look again and again
        auto found = db.inReadTransaction(
            [&](Transaction &tx) { return AppliedOperations::find(tx, claim.opId); });
        if (!found.ok())
            return found.error();
        if (!found.value())
            return idempotencyConflict(QT_TRANSLATE_NOOP("mikro::store::AppliedOperations",
                "This operation could not be applied; try again."));
        const AppliedOperation &op = *found.value();
        if (op.userId != claim.userId || op.kind != claim.kind
            || op.requestHash != claim.requestHash)
            return idempotencyConflict(QT_TRANSLATE_NOOP("mikro::store::AppliedOperations",
                "This Idempotency-Key was already used for another request. Send a new key for "
                "a new change."));
        if (op.result) {
            StoredAnswer answer = StoredAnswer::decode(*op.result);
            answer.replayed = true;
            return answer;
        }
        if (std::chrono::steady_clock::now() > deadline)
            return idempotencyConflict(QT_TRANSLATE_NOOP("mikro::store::AppliedOperations",
                "This operation is still being applied; try again."));
        QThread::msleep(static_cast<unsigned long>(AnswerPoll.count()));
    }
}

} // namespace

core::Result<StoredAnswer> AppliedOperations::runOnce(
    Database &db, const OperationClaim &claim, const std::function<StoredAnswer()> &action)
{
    OperationLock lock(db, claim.opId);
    auto earlier = db.inReadTransaction(
        [&](Transaction &tx) { return AppliedOperations::find(tx, claim.opId); });
    if (!earlier.ok())
        return earlier.error();
    if (earlier.value())
        return answerRecorded(db, claim);

    StoredAnswer answer;
    bool recorded = false;
    bool collided = false;
    {
        OperationScope scope(claim);
        answer = action();
        recorded = scope.recorded();
        collided = scope.collided();
    }
    if (collided)
        return answerRecorded(db, claim);
    if (recorded) {
        // The effects and the id are committed; the answer follows. Should this fail, a replay
        // finds the id without an answer and is told to try again, never applied twice.
        auto saved = db.inTransaction(
            [&](Transaction &tx) { return saveResult(tx, claim.opId, answer.encode()); });
        if (!saved.ok())
            qCWarning(lcStore) << "the answer of operation" << claim.opId
                               << "was not saved:" << saved.error().diagnostic;
        return answer;
    }
    if (!answer.decided())
        return answer;
    auto inserted = db.inTransaction(
        [&](Transaction &tx) { return insertDecided(tx, claim, answer.encode()); });
    if (inserted.ok() && !inserted.value())
        return answerRecorded(db, claim);
    return answer;
}

} // namespace mikro::store
