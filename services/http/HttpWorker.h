#pragma once

#include "services/http/HttpLimits.h"

#include <QObject>

#include <atomic>

class QSslConfiguration;

namespace mikro::http {

class ClientConnections;
class Router;

/// Owns the connections of one worker thread; lives on that thread.
class HttpWorker : public QObject
{
    Q_OBJECT
public:
    HttpWorker(const Router &router, const HttpLimits &limits, const QSslConfiguration *tls,
        std::atomic<int> &connectionCount, ClientConnections &perClient);

    /// Takes over an accepted socket (called on this worker's thread).
    void adopt(qintptr descriptor);
    void beginShutdown();
    void abortAll();

signals:
    /// After beginShutdown(), once the last connection has closed.
    void drained();

private:
    void onConnectionClosed();

    const Router &m_router;
    const HttpLimits &m_limits;
    const QSslConfiguration *m_tls;
    std::atomic<int> &m_connectionCount;
    ClientConnections &m_perClient;
    int m_open = 0;
    bool m_shuttingDown = false;
};

} // namespace mikro::http
