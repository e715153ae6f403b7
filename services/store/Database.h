#pragma once

#include "services/core/Result.h"
#include "services/store/AppliedOperations.h"
#include "services/store/DatabaseConfig.h"
#include "services/store/Transaction.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace mikro::store {

/// The store: one connection per thread, opened on first use (session time zone UTC, SQLite with
/// foreign keys and WAL), and a fixed-size thread pool that storage work runs on
/// (`QtConcurrent::run(db.pool(), …)`), so no caller's thread waits on the database.
/// Destroy it after the work on its pool has finished; the destructor waits for the pool.
class Database
{
public:
    explicit Database(DatabaseConfig config, int poolSize = 4);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] Engine engine() const { return m_config.engine; }
    [[nodiscard]] const DatabaseConfig &config() const { return m_config; }
    [[nodiscard]] QThreadPool &pool() { return m_pool; }

    /// How hard opening a connection tries: a request's work retries a refused or timed-out
    /// connect with back-off within ConnectBudgetMs (a burst of new connections must not become
    /// errors); a health check tries once, within libpq's own 2 s bound. Once a connect has
    /// failed that way, every connect tries once until one succeeds again, or for
    /// UnreachableMemoryMs after the last failure: while the database is down, requests fail at
    /// once (503) instead of each waiting out the budget (issue #15 §5).
    enum class Connect { WithinBudget, Once };
    static constexpr int ConnectBudgetMs = 6000;
    static constexpr qint64 UnreachableMemoryMs = 5000;
    /// This thread's connection, opened (or reopened after a loss) on demand.
    [[nodiscard]] core::Result<QSqlDatabase> connection(Connect connect = Connect::WithinBudget);
    /// Opens the connection of every pool thread now, so that the first burst of requests does
    /// not open them all at once. The first failure, if any.
    [[nodiscard]] core::Result<void> warm();
    /// What a transaction will do: SQLite takes its write lock at BEGIN IMMEDIATE for writers, so
    /// they queue instead of deadlocking on a lock upgrade, while readers (BEGIN DEFERRED, WAL) run
    /// side by side. PostgreSQL begins the same way for both.
    enum class Access { ReadWrite, ReadOnly };
    [[nodiscard]] core::Result<Transaction> begin(Access access = Access::ReadWrite);
    /// Runs `work(Transaction &)` in one transaction; commits when it returns an ok Result.
    template <typename Work>
    auto inTransaction(Work &&work) -> std::invoke_result_t<Work, Transaction &>;
    /// The same for work that only reads.
    template <typename Work>
    auto inReadTransaction(Work &&work) -> std::invoke_result_t<Work, Transaction &>;
    /// Closes this thread's connections and frees its per-thread state of the client libraries
    /// (libpq's OpenSSL error and random state). Call at the end of work on a thread that is
    /// not the store's own and may end (pool threads), so nothing is left for the thread's exit;
    /// later use on the thread opens a new connection.
    static void releaseThreadState();
    /// While one lives on a thread, the read-only transactions of this Database on that thread
    /// share one transaction, begun by the first and ended with the scope: a request that resolves
    /// its caller and then reads pays one BEGIN and one COMMIT, not one pair per step. A
    /// read-write transaction ends the shared one first (it never joins it); a read that fails
    /// ends it too (a failed statement may have aborted it), and the next read begins anew.
    class SharedReads
    {
    public:
        explicit SharedReads(Database &db);
        ~SharedReads();
        SharedReads(const SharedReads &) = delete;
        SharedReads &operator=(const SharedReads &) = delete;

    private:
        friend class Database;
        void end();
        Database &m_db;
        SharedReads *m_outer;
        std::optional<Transaction> m_tx;
    };

    /// Ends this thread's shared read transaction of this Database, if one is open, so the next
    /// read sees what others committed since. A loop that waits for another request's commit
    /// calls it before each look: SQLite keeps a read transaction's snapshot to its end.
    void refreshReads();

    /// `SELECT 1` on this thread's connection.
    [[nodiscard]] core::Result<void> ping();

private:
    template <typename Work>
    auto run(Access access, Work &&work) -> std::invoke_result_t<Work, Transaction &>;
    /// This thread's innermost SharedReads of this Database, or nullptr.
    SharedReads *sharedReads();
    core::Result<QSqlDatabase> open(const QString &name, Connect connect);
    core::Result<void> startSession(QSqlDatabase &db, Connect connect);
    core::Result<QSqlDatabase> reopen(QSqlDatabase db, Connect connect = Connect::WithinBudget);

    DatabaseConfig m_config;
    QString m_connectionPrefix;
    QThreadPool m_pool;
    /// When a connect last failed as refused or timed out (steady clock, ms); 0 after a success.
    std::atomic<qint64> m_unreachableAtMs { 0 };
};

template <typename Work>
auto Database::run(Access access, Work &&work) -> std::invoke_result_t<Work, Transaction &>
{
    if (SharedReads *shared = sharedReads()) {
        if (access == Access::ReadWrite) {
            shared->end();
        } else {
            if (!shared->m_tx) {
                core::Result<Transaction> tx = begin(Access::ReadOnly);
                if (!tx.ok())
                    return tx.error();
                shared->m_tx.emplace(std::move(tx).value());
            }
            auto result = work(*shared->m_tx);
            if (!result.ok())
                shared->m_tx.reset(); // rolled back: the next read begins a new one
            return result;
        }
    }
    core::Result<Transaction> tx = begin(access);
    if (!tx.ok())
        return tx.error();
    Transaction transaction = std::move(tx).value();
    auto result = work(transaction);
    if (result.ok()) {
        if (access == Access::ReadWrite) {
            if (core::Result<void> claimed = OperationScope::recordInto(transaction); !claimed.ok())
                return claimed.error();
        }
        if (core::Result<void> committed = transaction.commit(); !committed.ok())
            return committed.error();
        if (access == Access::ReadWrite)
            OperationScope::committed();
    }
    return result;
}

template <typename Work>
auto Database::inTransaction(Work &&work) -> std::invoke_result_t<Work, Transaction &>
{
    return run(Access::ReadWrite, std::forward<Work>(work));
}

template <typename Work>
auto Database::inReadTransaction(Work &&work) -> std::invoke_result_t<Work, Transaction &>
{
    return run(Access::ReadOnly, std::forward<Work>(work));
}

} // namespace mikro::store
