#pragma once

#include "services/core/Result.h"
#include "services/http/ClientConnections.h"
#include "services/http/HttpLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QThread;
class QTcpServer;

namespace mikro::http {

class HttpWorker;
class Router;

/// HTTP/1.1 server: accepts on the thread that calls listen() and hands each connection to one of
/// several worker threads, each with its own event loop. Keep-alive, pipelining in order, the
/// limits of HttpLimits, graceful shutdown. The Router must outlive the server.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(const Router &router, HttpLimits limits, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Binds and starts the workers; port 0 picks a free port. Unavailable `listen_failed` if the
    /// address cannot be bound.
    [[nodiscard]] core::Result<quint16> listen(const QHostAddress &address, quint16 port);
    /// Serves HTTPS with this certificate and key; call before listen().
    void setTlsConfiguration(const QSslConfiguration &configuration);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] int connectionCount() const { return m_connectionCount.load(); }

    /// Stops accepting, closes idle connections, lets in-flight requests finish (each answered with
    /// `Connection: close`), then emits stopped(); after HttpLimits::shutdownGrace the rest is cut.
    void shutdown();

signals:
    void stopped();

private:
    void onIncoming(qintptr descriptor);
    void onWorkerDrained();
    void stopThreads();

    const Router &m_router;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::unique_ptr<QTcpServer> m_listener;
    std::vector<QThread *> m_threads;
    std::vector<HttpWorker *> m_workers;
    std::atomic<int> m_connectionCount { 0 };
    ClientConnections m_perClient;
    std::size_t m_next = 0;
    std::size_t m_drained = 0;
    bool m_shuttingDown = false;
    bool m_stopped = false;
    QTimer m_graceTimer;
};

} // namespace mikro::http
