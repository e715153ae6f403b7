#include "services/store/Transaction.h"

#include "services/store/SqlErrors.h"
#include "services/store/StoreLog.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace mikro::store {

Transaction::Transaction(
    QSqlDatabase connection, Engine engine, std::shared_ptr<StatementCache> statements)
    : m_connection(std::move(connection))
    , m_engine(engine)
    , m_statements(std::move(statements))
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_engine(other.m_engine)
    , m_statements(std::move(other.m_statements))
    , m_open(other.m_open)
{
    other.m_open = false;
}

QString Transaction::forUpdate() const
{
    return m_engine == Engine::Postgres ? u" FOR UPDATE"_s : QString();
}

QString Transaction::forUpdateOf(const QString &table) const
{
    return m_engine == Engine::Postgres ? u" FOR UPDATE OF "_s + table : QString();
}

QString Transaction::forShare() const
{
    return m_engine == Engine::Postgres ? u" FOR SHARE"_s : QString();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_connection);
    if (!rollback.exec(u"ROLLBACK"_s))
        qCWarning(lcStore) << "rollback failed:" << rollback.lastError().text();
}

core::Result<Rows> Transaction::exec(const QString &sql, const QVariantMap &values)
{
    Q_ASSERT(m_open);
    if (values.isEmpty()) {
        // Statements without values are few and often built at run time: not kept.
        QSqlQuery query(m_connection);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return sqlFailure(query.lastError(), sql);
        return Rows(std::move(query));
    }
    std::optional<QSqlQuery> kept = m_statements ? m_statements->take(sql) : std::nullopt;
    QSqlQuery query = kept ? std::move(*kept) : QSqlQuery(m_connection);
    if (!kept) {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return sqlFailure(query.lastError(), sql);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    if (!query.exec())
        return sqlFailure(query.lastError(), sql); // a failed statement is not kept
    return Rows(std::move(query), m_statements, sql);
}

core::Result<void> Transaction::commit()
{
    Q_ASSERT(m_open);
    QSqlQuery query(m_connection);
    const bool committed = query.exec(u"COMMIT"_s);
    m_open = false;
    if (!committed) {
        // A failed COMMIT leaves nothing applied; roll back so the connection is usable again.
        QSqlQuery(m_connection).exec(u"ROLLBACK"_s);
        return sqlFailure(query.lastError(), u"COMMIT"_s);
    }
    return {};
}

} // namespace mikro::store
