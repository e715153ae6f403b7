#pragma once

#include "services/core/Result.h"
#include "services/store/DatabaseConfig.h"
#include "services/store/Rows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <memory>

namespace mikro::store {

/// One database transaction on this thread's connection. RAII: rolls back unless commit() ran.
/// Statements go through exec(), which binds values by name (never concatenated) and turns SQL
/// failures into core::Error (SqlErrors); a statement with values is prepared once per connection
/// and reused from its StatementCache. Lives on one thread; movable, not copyable.
class Transaction
{
public:
    Transaction(
        QSqlDatabase connection, Engine engine, std::shared_ptr<StatementCache> statements = {});
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Engine engine() const { return m_engine; }
    /// The row-lock clause to append to a SELECT that is checked and then acted on: ` FOR UPDATE`
    /// on PostgreSQL, nothing on SQLite (its writers are serial from BEGIN IMMEDIATE).
    [[nodiscard]] QString forUpdate() const;
    /// The same for the rows of one table of a join (` FOR UPDATE OF p`): PostgreSQL locks no
    /// row of the nullable side of an outer join.
    [[nodiscard]] QString forUpdateOf(const QString &table) const;
    /// The same for a shared lock (` FOR SHARE`): others may read the row, nobody may change it.
    [[nodiscard]] QString forShare() const;
    [[nodiscard]] core::Result<Rows> exec(const QString &sql, const QVariantMap &values = {});
    [[nodiscard]] core::Result<void> commit();

private:
    QSqlDatabase m_connection;
    Engine m_engine;
    std::shared_ptr<StatementCache> m_statements;
    bool m_open = true;
};

} // namespace mikro::store
