#include "services/http/HttpConnection.h"

#include "services/core/WhenReady.h"
#include "services/http/HttpLog.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>

#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <array>

using namespace Qt::StringLiterals;
namespace beast = boost::beast;

namespace mikro::http {

/// Beast's parser stays out of the header (CONVENTIONS.md §2: no library types in Mikro headers).
struct RequestParser
{
    beast::http::request_parser<beast::http::string_body> parser;
};

namespace {

// Stop parsing further pipelined requests while this much response data waits for the client.
constexpr qint64 MaxPendingWriteBytes = 1024 * 1024;
// What Qt may buffer from the kernel at once; the rest waits in the socket (TCP backpressure).
constexpr qint64 SocketReadBufferBytes = 64 * 1024;
constexpr auto CloseTimeout = 5s;

QByteArray toQByteArray(beast::string_view view)
{
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}

bool isValidRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const char c : id) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray newRequestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

/// Headers that mean one thing: a second copy is an attack or a broken client, and which copy a
/// later hop reads is anyone's guess (request smuggling, a second identity).
constexpr std::array SingleHeaders { beast::http::field::authorization,
    beast::http::field::transfer_encoding, beast::http::field::content_length,
    beast::http::field::host, beast::http::field::content_type };

/// Why the header cannot frame a request safely, or empty (RFC 9112 §6.1, §6.3): a repeated
/// single header, or a Transfer-Encoding other than exactly `chunked`.
template <typename Message>
QString framingProblem(const Message &message)
{
    for (const auto field : SingleHeaders) {
        if (message.count(field) > 1)
            return QCoreApplication::translate(
                "mikro::http::HttpConnection", "The request has the %1 header more than once.")
                .arg(QString::fromLatin1(toQByteArray(beast::http::to_string(field))));
    }
    // Beast also takes `chunked` as the last of several codings; Mikro accepts exactly one.
    const auto te = message.find(beast::http::field::transfer_encoding);
    if (te != message.end()
        && toQByteArray(te->value()).trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
        return QCoreApplication::translate(
            "mikro::http::HttpConnection", "Only the chunked transfer coding is accepted.");
    if (te != message.end() && message.count(beast::http::field::content_length) > 0)
        return QCoreApplication::translate("mikro::http::HttpConnection",
            "The request has both Transfer-Encoding and Content-Length.");
    return {};
}

} // namespace

HttpConnection::HttpConnection(qintptr descriptor, const Router &router, const HttpLimits &limits,
    const QSslConfiguration *tls, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_limits(limits)
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
        if (!m_parser) {
            m_parser = std::make_unique<RequestParser>();
            m_parser->parser.header_limit(static_cast<std::uint32_t>(m_limits.maxHeaderBytes));
            m_parser->parser.body_limit(static_cast<std::uint64_t>(m_limits.maxBodyBytes));
            m_state = State::ReadingHeader;
            m_requestClock.start();
            arm(m_limits.headerTimeout);
        }
        beast::error_code ec;
        const std::size_t used
            = m_parser->parser.put(boost::asio::const_buffer(m_buffer.constData(),
                                       static_cast<std::size_t>(m_buffer.size())),
                ec);
        m_buffer.remove(0, static_cast<qsizetype>(used));
        if (ec == beast::http::error::body_limit) {
            fail(413, "body_too_large", tr("The request body is larger than allowed."));
            return;
        }
        if (ec == beast::http::error::header_limit) {
            fail(431, "header_too_large", tr("The request headers are larger than allowed."));
            return;
        }
        if (ec && ec != beast::http::error::need_more) {
            qCDebug(lcHttp) << "malformed request:" << QString::fromStdString(ec.message());
            fail(400, "bad_request", tr("The request is not valid HTTP."));
            return;
        }
        if (m_state == State::ReadingHeader && m_parser->parser.is_header_done()) {
            if (!startHeaderPhase())
                return;
        }
        if (m_parser->parser.is_done()) {
            dispatch();
            return;
        }
        if (m_state == State::ReadingHeader && m_buffer.size() > m_limits.maxHeaderBytes) {
            fail(431, "header_too_large", tr("The request headers are larger than allowed."));
            return;
        }
        // Bytes left in the buffer (a body that came with its header) are parsed on the next
        // turn; only a parser that took nothing waits for the socket.
        if (used == 0 && m_socket->bytesAvailable() == 0)
            return;
    }
}

bool HttpConnection::startHeaderPhase()
{
    auto &parser = m_parser->parser;
    const auto &message = parser.get();
    if (message.version() != 10 && message.version() != 11) {
        fail(505, "http_version", tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
        return false;
    }
    if (const QString why = framingProblem(message); !why.isEmpty()) {
        fail(400, "bad_request", why);
        return false;
    }
    // Beast refuses a declared length over body_limit while parsing the header; this keeps the
    // rule explicit should that ever change: 413 before any byte of the body is read.
    if (const auto length = parser.content_length();
        length && *length > static_cast<std::uint64_t>(m_limits.maxBodyBytes)) {
        fail(413, "body_too_large", tr("The request body is larger than allowed."));
        return false;
    }
    // A body is coming: let the application refuse the request on its headers first (a missing
    // or refused token), so that nobody holds the server's memory without signing in.
    if (!parser.is_done()) {
        Request head = headOf(message);
        if (auto early = m_router.checkHeaders(head)) {
            m_router.decorate(head, *early);
            m_socket->write(early->serialize(false, false, head.requestId));
            qCInfo(lcHttpAccess).noquote()
                << QString::fromLatin1(head.method) << head.path << early->status
                << "before the body" << u"id=%1"_s.arg(QString::fromLatin1(head.requestId));
            m_parser.reset();
            m_buffer.clear();
            closeGracefully();
            return false;
        }
    }
    if (beast::iequals(message[beast::http::field::expect], "100-continue") && !parser.is_done())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    parser.eager(true);
    m_state = State::ReadingBody;
    arm(m_limits.bodyTimeout);
    return true;
}

template <typename Message>
Request HttpConnection::headOf(const Message &message) const
{
    Request request;
    request.method = toQByteArray(message.method_string());
    request.peer = m_socket->peerAddress();
    for (const auto &field : message)
        request.headers.append(
            { toQByteArray(field.name_string()).toLower(), toQByteArray(field.value()) });
    const QByteArray clientId = request.header("x-request-id");
    request.requestId = isValidRequestId(clientId) ? clientId : newRequestId();
    const QByteArray target = toQByteArray(message.target());
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray rawPath = queryStart < 0 ? target : target.left(queryStart);
    const QByteArray decoded = QByteArray::fromPercentEncoding(rawPath);
    const QString path = QString::fromUtf8(decoded);
    // A null path marks a target that is not a valid path.
    if (rawPath.startsWith('/') && !decoded.contains('\0') && path.toUtf8() == decoded)
        request.path = path;
    if (queryStart >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(queryStart + 1)));
    return request;
}

void HttpConnection::dispatch()
{
    m_timer.stop();
    m_state = State::Handling;
    auto &message = m_parser->parser.get();
    m_keepAlive = message.keep_alive() && !m_shuttingDown;
    m_request = headOf(message);
    m_headOnly = m_request.method == "HEAD";
    m_request.body = QByteArray::fromStdString(std::move(message.body()));
    m_parser.reset();
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
    m_parser.reset();
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
