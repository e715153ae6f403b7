#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

namespace mikro::store {

class StatementCache;

/// The answer of one statement (Transaction::exec): its rows, read forward with next() and
/// value(). Move-only. A prepared statement it came from goes back to its connection's
/// StatementCache when the Rows end, so the next execution of the same SQL skips the prepare
/// (and, on PostgreSQL, the PREPARE and DEALLOCATE round trips).
class Rows
{
public:
    explicit Rows(QSqlQuery query, std::weak_ptr<StatementCache> home = {}, QString sql = {});
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int index) const { return m_query.value(index); }
    [[nodiscard]] QVariant value(const QString &column) const { return m_query.value(column); }
    [[nodiscard]] QSqlRecord record() const { return m_query.record(); }
    [[nodiscard]] int numRowsAffected() const { return m_query.numRowsAffected(); }

private:
    void giveBack();

    QSqlQuery m_query;
    std::weak_ptr<StatementCache> m_home;
    QString m_sql;
};

/// One connection's prepared statements that no Rows is reading, by SQL text (bounded). Used by
/// the connection's thread; cleared when the connection is reopened or closed, and by the
/// Database before it removes its connections (from whichever thread destroys it: the mutex
/// makes that safe against the owning thread's exit).
class StatementCache
{
public:
    static constexpr std::size_t Capacity = 256;
    /// Holds a handle on `connection` until closed, so that its driver outlives the kept
    /// statements even when a thread ends after the connection was removed.
    explicit StatementCache(QSqlDatabase connection);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// An idle prepared query for `sql`, taken out of the cache; nullopt when there is none.
    [[nodiscard]] std::optional<QSqlQuery> take(const QString &sql);
    /// Keeps `query` for the next execution of `sql` (dropped when full, already kept or closed).
    void keep(const QString &sql, QSqlQuery query);
    /// Drops every kept statement (their connection is being reopened).
    void clear();
    /// Drops every kept statement and keeps none from now on (their connection is going away).
    void close();

private:
    QMutex m_mutex;
    bool m_closed = false;
    QSqlDatabase m_connection; // declared before m_idle: the statements end first
    std::unordered_map<QString, QSqlQuery> m_idle;
};

} // namespace mikro::store
