#include "services/http/ClientConnections.h"

namespace mikro::http {

int ClientConnections::add(const QHostAddress &peer)
{
    QMutexLocker lock(&m_mutex);
    return ++m_open[peer];
}

void ClientConnections::remove(const QHostAddress &peer)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_open.find(peer);
    if (it == m_open.end())
        return;
    if (--*it <= 0)
        m_open.erase(it);
}

} // namespace mikro::http
