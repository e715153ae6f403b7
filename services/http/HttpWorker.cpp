#include "services/http/HttpWorker.h"

#include "services/http/ClientConnections.h"
#include "services/http/HttpConnection.h"
#include "services/http/HttpLog.h"

#include <QCoreApplication>

namespace mikro::http {

HttpWorker::HttpWorker(const Router &router, const HttpLimits &limits, const QSslConfiguration *tls,
    std::atomic<int> &connectionCount, ClientConnections &perClient)
    : m_router(router)
    , m_limits(limits)
    , m_tls(tls)
    , m_connectionCount(connectionCount)
    , m_perClient(perClient)
{
}

void HttpWorker::adopt(qintptr descriptor)
{
    auto *connection = new HttpConnection(descriptor, m_router, m_limits, m_tls, this);
    ++m_open;
    const int before = m_connectionCount.fetch_add(1);
    const QHostAddress peer = connection->peerAddress();
    const int fromPeer = m_perClient.add(peer);
    connect(connection, &HttpConnection::closed, this, [this, peer] {
        m_perClient.remove(peer);
        onConnectionClosed();
    });
    if (!connection->isOpen()) {
        connection->abort();
    } else if (m_shuttingDown) {
        connection->beginShutdown();
    } else if (before >= m_limits.maxConnections) {
        qCWarning(lcHttp) << "connection limit reached:" << m_limits.maxConnections;
        connection->refuse(Response::error(503, "server_busy",
            QCoreApplication::translate("mikro::http", "The server is busy. Try again shortly.")));
    } else if (m_limits.maxConnectionsPerClient > 0
        && fromPeer > m_limits.maxConnectionsPerClient) {
        qCWarning(lcHttp) << "per-client connection limit reached:"
                          << m_limits.maxConnectionsPerClient;
        connection->refuse(Response::error(503, "too_many_connections",
            QCoreApplication::translate("mikro::http",
                "Too many connections from your address. Close some and try again.")));
    }
}

void HttpWorker::onConnectionClosed()
{
    m_connectionCount.fetch_sub(1);
    --m_open;
    if (m_shuttingDown && m_open == 0)
        emit drained();
}

void HttpWorker::beginShutdown()
{
    m_shuttingDown = true;
    if (m_open == 0) {
        emit drained();
        return;
    }
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->beginShutdown();
}

void HttpWorker::abortAll()
{
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->abort();
}

} // namespace mikro::http
