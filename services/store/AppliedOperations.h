#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
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

/// An operation's answer as `applied_operations.result` keeps it (API.md §1.8): the HTTP status,
/// content type and body the first request got — also for an operation applied in process, so
/// either road replays the other's.
struct StoredAnswer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    bool replayed = false; ///< this is the first answer again, not a new one

    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static StoredAnswer decode(const QByteArray &stored);
    /// Decided answers are kept (2xx, 404, 409, 422); a 400, 401, 403, 413 or 5xx lets a
    /// corrected or retried request run normally.
    [[nodiscard]] bool decided() const;
};

/// The operations table outside a scope.
class AppliedOperations
{
public:
    /// API.md §1.8: keys are kept for at least 30 days; prune() removes those a day older.
    static constexpr int KeptDays = 31;

    [[nodiscard]] static core::Result<std::optional<AppliedOperation>> find(
        Transaction &tx, const QString &opId);
    /// Stores the first answer of an operation recorded by a scope.
    [[nodiscard]] static core::Result<void> saveResult(
        Transaction &tx, const QString &opId, const QByteArray &result);
    /// Records an operation whose answer changed nothing (a refusal); false when the id was taken.
    [[nodiscard]] static core::Result<bool> insertDecided(
        Transaction &tx, const OperationClaim &claim, const QByteArray &result);
    /// Deletes the operations recorded more than KeptDays before `now`; how many. A replay of
    /// one of them later runs as a new request (API.md §1.8).
    [[nodiscard]] static core::Result<int> prune(Transaction &tx, const QDateTime &now);
    /// The SHA-256 (hex) of a JSON request body re-serialised with sorted keys; an empty body
    /// hashes as `{}`. The same for a body sent over HTTP and one applied in process.
    [[nodiscard]] static QString requestHash(const QByteArray &body);

    /// Runs `action` (on a store pool thread) once for `claim` (API.md §1.8): inside an
    /// OperationScope so the claim commits with the action's effects, then its answer is saved;
    /// a decided answer that changed nothing is recorded on its own. The same claim again gets
    /// the first answer (`replayed`); the same id with another caller, kind or body is Conflict
    /// `idempotency_conflict`; a concurrent duplicate waits for the first (OperationLock).
    [[nodiscard]] static core::Result<StoredAnswer> runOnce(
        Database &db, const OperationClaim &claim, const std::function<StoredAnswer()> &action);
};

} // namespace mikro::store
