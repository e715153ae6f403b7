#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mikro::store {

class Database;
class Transaction;

/// One operation id (API.md §1.8 `Idempotency-Key`, the desktop outbox's id) with what it was
/// used for: `applied_operations` (DESIGN.md §3.1).
struct OperationClaim
{
    QString opId; ///< a UUID, lower case, without braces
    QString userId;
    QString kind; ///< `<resource>/<action>`
    QString requestHash; ///< SHA-256 (hex) of the canonical request body
    QDateTime at;
};

/// A recorded operation; `result` is empty while its first answer is still being written.
struct AppliedOperation
{
    QString userId;
    QString kind;
    QString requestHash;
    std::optional<QByteArray> result; ///< the stored answer (JSON), as saveResult wrote it
};

/// While an OperationScope lives on a thread, the first read-write transaction of that thread
/// that commits records its claim in `applied_operations` **inside that transaction** (Database
/// calls recordInto before COMMIT), so an operation's effects and its id land together or not at
/// all. When another request recorded the id first, the insert fails: the transaction rolls back
/// (nothing is applied twice) and collided() says so. Not copyable; one per thread at a time.
class OperationScope
{
public:
    explicit OperationScope(OperationClaim claim);
    ~OperationScope();
    OperationScope(const OperationScope &) = delete;
    OperationScope &operator=(const OperationScope &) = delete;

    /// A transaction with the claim committed.
    [[nodiscard]] bool recorded() const { return m_recorded; }
    /// The claim's id was recorded by someone else first; this thread's change was rolled back.
    [[nodiscard]] bool collided() const { return m_collided; }

    /// For Database: records this thread's pending claim in `tx` (no-op without one).
    [[nodiscard]] static core::Result<void> recordInto(Transaction &tx);
    /// For Database: the transaction that recordInto wrote to has committed.
    static void committed();

private:
    OperationClaim m_claim;
    bool m_writing = false;
    bool m_recorded = false;
    bool m_collided = false;
};

/// Makes concurrent requests with one operation id wait for each other (API.md §1.8 "concurrent
/// duplicate"): on PostgreSQL a session advisory lock on this thread's connection, held from
/// construction to destruction; SQLite's writers are serial, and the id's primary key settles
/// the rest. Construct and destroy on the same thread.
class OperationLock
{
public:
    OperationLock(Database &db, const QString &opId);
    ~OperationLock();
    OperationLock(const OperationLock &) = delete;
    OperationLock &operator=(const OperationLock &) = delete;

private:
    Database &m_db;
    QString m_opId;
    bool m_held = false;
};

/// The operations table outside a scope.
class AppliedOperations
{
public:
    [[nodiscard]] static core::Result<std::optional<AppliedOperation>> find(
        Transaction &tx, const QString &opId);
    /// Stores the first answer of an operation recorded by a scope.
    [[nodiscard]] static core::Result<void> saveResult(
        Transaction &tx, const QString &opId, const QByteArray &result);
    /// Records an operation whose answer changed nothing (a refusal); false when the id was taken.
    [[nodiscard]] static core::Result<bool> insertDecided(
        Transaction &tx, const OperationClaim &claim, const QByteArray &result);
};

} // namespace mikro::store
