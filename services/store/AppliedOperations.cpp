#include "services/store/AppliedOperations.h"

#include "services/store/Database.h"
#include "services/store/SqlValues.h"
#include "services/store/StoreLog.h"
#include "services/store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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

} // namespace mikro::store
