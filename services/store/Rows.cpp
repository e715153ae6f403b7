#include "services/store/Rows.h"

namespace mikro::store {

Rows::Rows(QSqlQuery query, std::weak_ptr<StatementCache> home, QString sql)
    : m_query(std::move(query))
    , m_home(std::move(home))
    , m_sql(std::move(sql))
{
}

Rows::Rows(Rows &&other) noexcept
    : m_query(std::move(other.m_query))
    , m_home(std::move(other.m_home))
    , m_sql(std::move(other.m_sql))
{
    other.m_home.reset();
}

Rows &Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        giveBack();
        m_query = std::move(other.m_query);
        m_home = std::move(other.m_home);
        m_sql = std::move(other.m_sql);
        other.m_home.reset();
    }
    return *this;
}

Rows::~Rows()
{
    giveBack();
}

void Rows::giveBack()
{
    const std::shared_ptr<StatementCache> home = m_home.lock();
    m_home.reset();
    if (!home)
        return;
    m_query.finish(); // the rows are read; the prepared statement stays
    home->keep(m_sql, std::move(m_query));
}

StatementCache::StatementCache(QSqlDatabase connection)
    : m_connection(std::move(connection))
{
}

StatementCache::~StatementCache()
{
    close();
}

void StatementCache::clear()
{
    std::unordered_map<QString, QSqlQuery> dropped;
    {
        QMutexLocker lock(&m_mutex);
        dropped.swap(m_idle);
    }
}

void StatementCache::close()
{
    std::unordered_map<QString, QSqlQuery> dropped;
    QSqlDatabase handle;
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        dropped.swap(m_idle);
        std::swap(handle, m_connection);
    }
    dropped.clear(); // the statements first, while their driver still exists
}

std::optional<QSqlQuery> StatementCache::take(const QString &sql)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return std::nullopt;
    QSqlQuery query = std::move(it->second);
    m_idle.erase(it);
    return query;
}

void StatementCache::keep(const QString &sql, QSqlQuery query)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed || m_idle.size() >= Capacity || m_idle.contains(sql))
        return; // `query` ends here, after the lock (its statement is deallocated)
    m_idle.emplace(sql, std::move(query));
}

} // namespace mikro::store
