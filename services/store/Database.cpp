#include "services/store/Database.h"

#include "services/store/SqlErrors.h"
#include "services/store/StoreLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <openssl/crypto.h>

#include <atomic>
#include <chrono>
#include <latch>
#include <memory>

using namespace Qt::StringLiterals;

namespace mikro::store {

namespace {

/// Every open connection's prepared statements, by connection name. Never destroyed (nothing of
/// it runs after main() or at a thread's end): a connection's cache is closed and dropped when
/// the connection is removed, by its thread or by its Database.
struct StatementRegistry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<StatementCache>> byConnection;
};

StatementRegistry &statementRegistry()
{
    static auto *registry = new StatementRegistry; // NOLINT(cppcoreguidelines-owning-memory)
    return *registry;
}

std::shared_ptr<StatementCache> statementsOf(const QSqlDatabase &db)
{
    StatementRegistry &registry = statementRegistry();
    QMutexLocker lock(&registry.mutex);
    std::shared_ptr<StatementCache> &cache = registry.byConnection[db.connectionName()];
    if (!cache)
        cache = std::make_shared<StatementCache>(db);
    return cache;
}

void dropStatements(const QString &connectionName)
{
    std::shared_ptr<StatementCache> cache;
    {
        StatementRegistry &registry = statementRegistry();
        QMutexLocker lock(&registry.mutex);
        cache = registry.byConnection.take(connectionName);
    }
    if (cache)
        cache->close();
}

/// Connections this thread opened; removed when the thread ends (QSqlDatabase is per thread).
struct ThreadConnections
{
    QStringList names;
    ThreadConnections() = default;
    ThreadConnections(const ThreadConnections &) = delete;
    ThreadConnections &operator=(const ThreadConnections &) = delete;
    // No destructor work: thread-local destructors run after QThread::wait() has returned, even
    // after main() (Qt SQL's registry may be gone by then). Connections are removed by the
    // thread itself (Database::releaseThreadState) or by ~Database.
    void removeAll()
    {
        for (const QString &name : std::as_const(names)) {
            dropStatements(name); // prepared statements first, while the connection is open
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        names.clear();
    }
};
thread_local ThreadConnections t_connections;
/// The innermost Database::SharedReads alive on this thread (a chain through m_outer).
thread_local Database::SharedReads *t_sharedReads = nullptr;

QString nextPrefix()
{
    static std::atomic<quint64> counter { 0 };
    return u"mikro-db-%1-"_s.arg(counter.fetch_add(1));
}

/// This thread's part of its connection names: a number no other thread of the process ever had.
/// (A thread's address is not enough: a thread that ended without releaseThreadState leaves its
/// connection registered, and a new thread at the same address met it — "does not belong to the
/// calling thread" — so `--sync-once` on PostgreSQL failed projects at random.)
QString threadSuffix()
{
    static std::atomic<quint64> next { 1 };
    thread_local const QString suffix = QString::number(next.fetch_add(1), 16);
    return suffix;
}

core::Error openFailure(const QSqlError &error, const DatabaseConfig &config)
{
    core::Error e = sqlFailure(error, u"open %1"_s.arg(config.describe()));
    // Failing to open is always "unreachable" to a caller, whatever the driver said.
    e.kind = core::ErrorKind::Unavailable;
    e.code = "service_unavailable";
    e.cause = core::Cause::StoreUnavailable;
    return e;
}

} // namespace

Database::Database(DatabaseConfig config, int poolSize)
    : m_config(std::move(config))
    , m_connectionPrefix(nextPrefix())
{
    m_pool.setMaxThreadCount(poolSize);
    // Pool threads keep their connection for the life of the pool.
    m_pool.setExpiryTimeout(-1);
}

Database::~Database()
{
    m_pool.waitForDone();
    // Each pool thread closes its own connection and frees its libpq/OpenSSL state while it is
    // still running; the latch makes every thread of the pool take one of these tasks.
    const int threads = m_pool.maxThreadCount();
    std::latch all(threads);
    for (int i = 0; i < threads; ++i)
        m_pool.start([&all] {
            releaseThreadState();
            all.arrive_and_wait();
        });
    m_pool.waitForDone();
    // What other threads opened on this database and did not release: their prepared statements
    // first, then the connections.
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(m_connectionPrefix))
            continue;
        dropStatements(name);
        QSqlDatabase::removeDatabase(name); // closes it; works from any thread once idle
        t_connections.names.removeAll(name);
    }
}

Database::SharedReads::SharedReads(Database &db)
    : m_db(db)
    , m_outer(t_sharedReads)
{
    t_sharedReads = this;
}

Database::SharedReads::~SharedReads()
{
    end();
    t_sharedReads = m_outer;
}

void Database::SharedReads::end()
{
    if (!m_tx)
        return;
    // Only reads ran in it: whether it commits or not changes nothing; a failed COMMIT is logged
    // by the store and leaves the connection usable.
    static_cast<void>(m_tx->commit());
    m_tx.reset();
}

Database::SharedReads *Database::sharedReads()
{
    for (SharedReads *s = t_sharedReads; s; s = s->m_outer)
        if (&s->m_db == this)
            return s;
    return nullptr;
}

void Database::refreshReads()
{
    if (SharedReads *shared = sharedReads())
        shared->end();
}

void Database::releaseThreadState()
{
    t_connections.removeAll();
    OPENSSL_thread_stop();
}

core::Result<QSqlDatabase> Database::connection(Connect connect)
{
    const QString name = m_connectionPrefix + threadSuffix();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        return reopen(db, connect);
    }
    return open(name, connect);
}

core::Result<void> Database::warm()
{
    const int threads = m_pool.maxThreadCount();
    std::latch all(threads);
    QMutex mutex;
    std::optional<core::Error> first;
    for (int i = 0; i < threads; ++i)
        m_pool.start([&] {
            // Every pool thread takes one task: each waits for the others before returning.
            core::Result<QSqlDatabase> db = connection();
            if (!db.ok()) {
                QMutexLocker lock(&mutex);
                if (!first)
                    first = db.error();
            }
            all.arrive_and_wait();
        });
    m_pool.waitForDone();
    if (first)
        return *first;
    return {};
}

core::Result<QSqlDatabase> Database::open(const QString &name, Connect connect)
{
    const bool postgres = m_config.engine == Engine::Postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, name);
    t_connections.names << name;
    if (postgres) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.user);
        db.setPassword(QString::fromUtf8(m_config.password.reveal()));
        QStringList options { u"connect_timeout=2"_s, u"application_name=mikro"_s };
        if (!m_config.sslMode.isEmpty())
            options << u"sslmode="_s + m_config.sslMode;
        db.setConnectOptions(options.join(u';'));
    } else {
        const QFileInfo file(m_config.sqlitePath);
        QDir().mkpath(file.absolutePath());
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (core::Result<void> started = startSession(db, connect); !started.ok())
        return started.error();
    qCDebug(lcStore) << "opened" << m_config.describe() << "on thread" << threadSuffix();
    return db;
}

core::Result<void> Database::startSession(QSqlDatabase &db, Connect connect)
{
    // A refused or timed-out connect (a burst, a restarting server) is tried again with
    // back-off while the budget lasts; anything else (a wrong password) fails at once.
    // The database was unreachable a moment ago: one try, so that a request fails at once
    // instead of waiting out the budget while it is down.
    const auto steadyMs = [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
            .count();
    };
    const qint64 unreachableAt = m_unreachableAtMs.load();
    if (unreachableAt != 0 && steadyMs() - unreachableAt < UnreachableMemoryMs)
        connect = Connect::Once;
    QElapsedTimer spent;
    spent.start();
    for (int pauseMs = 50; !db.open(); pauseMs *= 2) {
        const core::Error failed = openFailure(db.lastError(), m_config);
        const bool refusedOrTimedOut = db.lastError().type() == QSqlError::ConnectionError
            && !db.lastError().text().contains("authentication"_L1, Qt::CaseInsensitive)
            && !db.lastError().text().contains("does not exist"_L1, Qt::CaseInsensitive);
        if (connect == Connect::Once || !refusedOrTimedOut
            || spent.elapsed() + pauseMs > ConnectBudgetMs) {
            if (refusedOrTimedOut)
                m_unreachableAtMs.store(steadyMs());
            return failed;
        }
        qCInfo(lcStore) << "connect failed; trying again in" << pauseMs << "ms";
        QThread::msleep(static_cast<unsigned long>(pauseMs));
    }
    m_unreachableAtMs.store(0);
    const bool postgres = m_config.engine == Engine::Postgres;
    const QStringList setup = postgres
        // JIT compilation costs more than it saves on the short statements of this application.
        ? QStringList { u"SET TIME ZONE 'UTC'"_s, u"SET jit = off"_s }
        : QStringList { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
              u"PRAGMA synchronous = NORMAL"_s };
    for (const QString &statement : setup) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            core::Error e = sqlFailure(query.lastError(), statement);
            db.close();
            return e;
        }
    }
    return {};
}

core::Result<QSqlDatabase> Database::reopen(QSqlDatabase db, Connect connect)
{
    // Statements prepared on the lost session are gone with it.
    statementsOf(db)->clear();
    db.close();
    if (core::Result<void> started = startSession(db, connect); !started.ok())
        return started.error();
    return db;
}

core::Result<Transaction> Database::begin(Access access)
{
    core::Result<QSqlDatabase> db = connection();
    if (!db.ok())
        return db.error();
    const QString statement = m_config.engine == Engine::Sqlite && access == Access::ReadWrite
        ? u"BEGIN IMMEDIATE"_s
        : u"BEGIN"_s;
    const std::shared_ptr<StatementCache> statements
        = m_config.reuseStatements ? statementsOf(db.value()) : nullptr;
    QSqlQuery query(db.value());
    if (query.exec(statement))
        return Transaction(db.value(), m_config.engine, statements);
    // A connection lost since the last use fails here first: reopen it once and try again.
    core::Result<QSqlDatabase> reopened = reopen(db.value());
    if (!reopened.ok())
        return reopened.error();
    QSqlQuery retry(reopened.value());
    if (!retry.exec(statement))
        return sqlFailure(retry.lastError(), statement);
    return Transaction(reopened.value(), m_config.engine, statements);
}

core::Result<void> Database::ping()
{
    core::Result<QSqlDatabase> db = connection(Connect::Once);
    if (!db.ok())
        return db.error();
    QSqlQuery query(db.value());
    if (query.exec(u"SELECT 1"_s) && query.next())
        return {};
    // One reopen, as in begin(): the server may have restarted since this thread last asked.
    core::Result<QSqlDatabase> reopened = reopen(db.value(), Connect::Once);
    if (!reopened.ok())
        return reopened.error();
    QSqlQuery retry(reopened.value());
    if (retry.exec(u"SELECT 1"_s) && retry.next())
        return {};
    return sqlFailure(retry.lastError(), u"SELECT 1"_s);
}

} // namespace mikro::store
