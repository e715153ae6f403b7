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

std::optional<QSqlQuery> StatementCache::take(const QString &sql)
{
    auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return std::nullopt;
    QSqlQuery query = std::move(it->second);
    m_idle.erase(it);
    return query;
}

void StatementCache::keep(const QString &sql, QSqlQuery query)
{
    if (m_idle.size() >= Capacity || m_idle.contains(sql))
        return;
    m_idle.emplace(sql, std::move(query));
}

} // namespace mikro::store
