#pragma once

#include "services/http/HttpLimits.h"
#include "services/http/Request.h"
#include "services/http/RequestReader.h"
#include "services/http/Response.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QSslConfiguration;

namespace mikro::http {

class Router;

/// One client connection on a worker thread: reads requests with a RequestReader, handles
/// them one at a time (so pipelined responses leave in request order), enforces the limits and
/// timeouts, and writes the access log. Deletes itself when the socket closes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    /// With `tls`, the connection is a TLS server socket with that configuration.
    HttpConnection(qintptr descriptor, const Router &router, const HttpLimits &limits,
        const QSslConfiguration *tls, QObject *parent);
    ~HttpConnection() override;

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QHostAddress peerAddress() const;
    /// Graceful shutdown: close now if idle, otherwise after the in-flight response.
    void beginShutdown();
    /// Immediate close, for the end of the shutdown grace period.
    void abort();
    /// Answers `response` (e.g. 503 when over the connection limit) and closes.
    void refuse(const Response &response);

signals:
    void closed();

private:
    enum class State { AwaitingRequest, ReadingHeader, ReadingBody, Handling, Closing };

    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void onDisconnected();

    void process();
    bool startHeaderPhase();
    void dispatch();
    void finish(Response response);
    void fail(int status, const QByteArray &code, const QString &message);
    void closeGracefully();
    void arm(std::chrono::milliseconds timeout);

    QTcpSocket *m_socket = nullptr;
    const Router &m_router;
    const HttpLimits &m_limits;
    QTimer m_timer;
    QByteArray m_buffer;
    RequestReader m_reader;
    State m_state = State::AwaitingRequest;
    Request m_request;
    QElapsedTimer m_requestClock;
    bool m_keepAlive = true;
    bool m_headOnly = false;
    bool m_shuttingDown = false;
    bool m_closedEmitted = false;
};

} // namespace mikro::http
