#include "services/http/HttpConnection.h"

#include "services/core/WhenReady.h"
#include "services/http/HttpLog.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace mikro::http {

namespace {

// Stop parsing further pipelined requests while this much response data waits for the client.
constexpr qint64 MaxPendingWriteBytes = 1024 * 1024;
// What Qt may buffer from the kernel at once; the rest waits in the socket (TCP backpressure).
constexpr qint64 SocketReadBufferBytes = 64 * 1024;
constexpr auto CloseTimeout = 5s;

} // namespace

HttpConnection::HttpConnection(qintptr descriptor, const Router &router, const HttpLimits &limits,
    const QSslConfiguration *tls, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_limits(limits)
    , m_reader(limits)
{
    QSslSocket *secure = nullptr;
    if (tls) {
        secure = new QSslSocket(this);
        secure->setSslConfiguration(*tls);
        m_socket = secure;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcHttp) << "cannot adopt connection:" << m_socket->errorString();
        return;
    }
    m_socket->setReadBufferSize(SocketReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    if (secure) {
        // A failed handshake ends like any other close; readyRead carries decrypted bytes only,
        // so the rest of the connection does not know about TLS.
        connect(secure, &QSslSocket::errorOccurred, this, [this, secure] {
            qCDebug(lcHttp) << "TLS connection error:" << secure->errorString();
            if (secure->state() != QAbstractSocket::ConnectedState)
                onDisconnected();
        });
        secure->startServerEncryption();
    }
    // A new connection that stays silent is treated like a slow header.
    arm(m_limits.headerTimeout);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QHostAddress HttpConnection::peerAddress() const
{
    return m_socket->peerAddress();
}

void HttpConnection::beginShutdown()
{
    m_shuttingDown = true;
    if (m_state != State::Handling)
        closeGracefully();
}

void HttpConnection::abort()
{
    m_timer.stop();
    m_state = State::Closing;
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::refuse(const Response &response)
{
    m_socket->write(response.serialize(false, false, newRequestId()));
    closeGracefully();
}

void HttpConnection::onReadyRead()
{
    process();
}

void HttpConnection::onBytesWritten()
{
    if (m_state == State::AwaitingRequest || m_state == State::ReadingHeader
        || m_state == State::ReadingBody) {
        process();
    }
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::AwaitingRequest:
        qCDebug(lcHttp) << "idle connection closed";
        closeGracefully();
        return;
    case State::ReadingHeader:
    case State::ReadingBody:
        qCDebug(lcHttp) << "request too slow; closing";
        fail(408, "request_timeout", tr("The request took too long to arrive."));
        return;
    case State::Handling:
        return;
    case State::Closing:
        m_socket->abort();
        onDisconnected();
        return;
    }
}

void HttpConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_timer.stop();
    m_state = State::Closing;
    emit closed();
    deleteLater();
}

void HttpConnection::arm(std::chrono::milliseconds timeout)
{
    m_timer.start(timeout);
}

void HttpConnection::process()
{
    while (m_state == State::AwaitingRequest || m_state == State::ReadingHeader
        || m_state == State::ReadingBody) {
        if (m_socket->bytesToWrite() > MaxPendingWriteBytes)
            return; // resumed by bytesWritten
        m_buffer += m_socket->readAll();
        if (m_buffer.isEmpty())
            return;
        if (!m_reader.started()) {
            m_state = State::ReadingHeader;
            m_requestClock.start();
            arm(m_limits.headerTimeout);
        }
        const RequestReader::Step step = m_reader.read(m_buffer);
        if (step == RequestReader::Step::Failed) {
            const ReadFailure &why = m_reader.failure();
            fail(why.status, why.code, why.message);
            return;
        }
        if (m_state == State::ReadingHeader && m_reader.headerDone()) {
            if (!startHeaderPhase())
                return;
        }
        if (m_reader.complete()) {
            dispatch();
            return;
        }
        // Bytes left in the buffer (a body that came with its header) are parsed on the next
        // turn; only a reader that took nothing waits for the socket.
        if (step == RequestReader::Step::NeedMore && m_socket->bytesAvailable() == 0)
            return;
    }
}

bool HttpConnection::startHeaderPhase()
{
    // A body is coming: let the application refuse the request on its headers first (a missing
    // or refused token), so that nobody holds the server's memory without signing in.
    if (!m_reader.complete()) {
        Request head = m_reader.head();
        head.peer = m_socket->peerAddress();
        if (auto early = m_router.checkHeaders(head)) {
            m_router.decorate(head, *early);
            m_socket->write(early->serialize(false, false, head.requestId));
            qCInfo(lcHttpAccess).noquote()
                << QString::fromLatin1(head.method) << head.path << early->status
                << "before the body" << u"id=%1"_s.arg(QString::fromLatin1(head.requestId));
            (void)m_reader.take(nullptr);
            m_buffer.clear();
            closeGracefully();
            return false;
        }
    }
    if (m_reader.expectsContinue())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::ReadingBody;
    arm(m_limits.bodyTimeout);
    return true;
}

void HttpConnection::dispatch()
{
    m_timer.stop();
    m_state = State::Handling;
    bool keepAlive = false;
    m_request = m_reader.take(&keepAlive);
    m_request.peer = m_socket->peerAddress();
    m_keepAlive = keepAlive && !m_shuttingDown;
    m_headOnly = m_request.method == "HEAD";
    if (m_request.path.isNull()) {
        fail(400, "bad_request", tr("The request path is not valid."));
        return;
    }

    QFuture<Response> future;
    try {
        future = m_router.dispatch(m_request);
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "handler threw:" << e.what() << "request" << m_request.requestId;
        future = QtFuture::makeReadyFuture(
            Response::error(500, "internal", tr("Internal server error")));
    }
    core::whenFinished(future, this, [this](const QFuture<Response> &done) {
        if (done.isValid() && done.resultCount() > 0 && !done.isCanceled()) {
            finish(done.result());
        } else {
            qCWarning(lcHttp) << "handler gave no response for request" << m_request.requestId;
            finish(Response::error(500, "internal", tr("Internal server error")));
        }
    });
}

void HttpConnection::finish(Response response)
{
    const bool keepAlive = m_keepAlive && !m_shuttingDown;
    m_router.decorate(m_request, response);
    m_socket->write(response.serialize(keepAlive, m_headOnly, m_request.requestId));
    qCInfo(lcHttpAccess).noquote()
        << QString::fromLatin1(m_request.method) << m_request.path << response.status
        << u"%1ms"_s.arg(static_cast<double>(m_requestClock.nsecsElapsed()) / 1e6, 0, 'f', 2)
        << u"id=%1"_s.arg(QString::fromLatin1(m_request.requestId));
    m_request = Request();
    if (!keepAlive) {
        closeGracefully();
        return;
    }
    m_state = State::AwaitingRequest;
    arm(m_limits.idleTimeout);
    process(); // pipelined requests may already wait in the buffer
}

void HttpConnection::fail(int status, const QByteArray &code, const QString &message)
{
    // The stream cannot be trusted after a framing error: answer, then close.
    const QByteArray requestId
        = m_request.requestId.isEmpty() ? newRequestId() : m_request.requestId;
    m_socket->write(Response::error(status, code, message).serialize(false, false, requestId));
    qCInfo(lcHttpAccess).noquote() << "-"
                                   << "-" << status << code;
    (void)m_reader.take(nullptr);
    m_buffer.clear();
    closeGracefully();
}

void HttpConnection::closeGracefully()
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    arm(CloseTimeout); // a client that never reads its last response is cut off
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

} // namespace mikro::http
