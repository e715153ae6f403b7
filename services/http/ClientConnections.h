#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace mikro::http {

/// Open connections per client address, shared by the workers, so that one client cannot take
/// every connection the server allows (HttpLimits::maxConnectionsPerClient).
class ClientConnections
{
public:
    /// Counts one more connection from `peer` and answers how many it has now.
    int add(const QHostAddress &peer);
    void remove(const QHostAddress &peer);

private:
    QMutex m_mutex;
    QHash<QHostAddress, int> m_open;
};

} // namespace mikro::http
