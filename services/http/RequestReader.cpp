#include "services/http/RequestReader.h"

#include "services/http/HttpLog.h"

#include <QRandomGenerator>

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
            return RequestReader::tr("The request has the %1 header more than once.")
                .arg(QString::fromLatin1(toQByteArray(beast::http::to_string(field))));
    }
    // Beast also takes `chunked` as the last of several codings; Mikro accepts exactly one.
    const auto te = message.find(beast::http::field::transfer_encoding);
    if (te != message.end()
        && toQByteArray(te->value()).trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
        return RequestReader::tr("Only the chunked transfer coding is accepted.");
    if (te != message.end() && message.count(beast::http::field::content_length) > 0)
        return RequestReader::tr("The request has both Transfer-Encoding and Content-Length.");
    return {};
}

} // namespace

QByteArray newRequestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

RequestReader::RequestReader(const HttpLimits &limits)
    : m_limits(limits)
{
}

RequestReader::~RequestReader() = default;

RequestReader::Step RequestReader::fail(int status, const char *code, const QString &message)
{
    m_failure = ReadFailure { status, QByteArray(code), message };
    m_parser.reset();
    m_headerAccepted = false;
    return Step::Failed;
}

RequestReader::Step RequestReader::read(QByteArray &buffer)
{
    if (buffer.isEmpty())
        return Step::NeedMore;
    if (!m_parser) {
        m_parser = std::make_unique<RequestParser>();
        m_parser->parser.header_limit(static_cast<std::uint32_t>(m_limits.maxHeaderBytes));
        m_parser->parser.body_limit(static_cast<std::uint64_t>(m_limits.maxBodyBytes));
        m_headerAccepted = false;
    }
    auto &parser = m_parser->parser;
    beast::error_code ec;
    const std::size_t used = parser.put(
        boost::asio::const_buffer(buffer.constData(), static_cast<std::size_t>(buffer.size())), ec);
    buffer.remove(0, static_cast<qsizetype>(used));
    if (ec == beast::http::error::body_limit)
        return fail(413, "body_too_large", tr("The request body is larger than allowed."));
    if (ec == beast::http::error::header_limit)
        return fail(431, "header_too_large", tr("The request headers are larger than allowed."));
    if (ec && ec != beast::http::error::need_more) {
        qCDebug(lcHttp) << "malformed request:" << QString::fromStdString(ec.message());
        return fail(400, "bad_request", tr("The request is not valid HTTP."));
    }
    if (!m_headerAccepted && parser.is_header_done()) {
        const auto &message = parser.get();
        if (message.version() != 10 && message.version() != 11)
            return fail(505, "http_version", tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
        if (const QString why = framingProblem(message); !why.isEmpty())
            return fail(400, "bad_request", why);
        // Beast refuses a declared length over body_limit while parsing the header; this keeps
        // the rule explicit should that ever change: 413 before any byte of the body is read.
        if (const auto length = parser.content_length();
            length && *length > static_cast<std::uint64_t>(m_limits.maxBodyBytes))
            return fail(413, "body_too_large", tr("The request body is larger than allowed."));
        parser.eager(true);
        m_headerAccepted = true;
    }
    if (!m_headerAccepted && buffer.size() > m_limits.maxHeaderBytes)
        return fail(431, "header_too_large", tr("The request headers are larger than allowed."));
    return used == 0 && !complete() ? Step::NeedMore : Step::Progress;
}

bool RequestReader::headerDone() const
{
    return m_parser && m_headerAccepted;
}

bool RequestReader::complete() const
{
    return headerDone() && m_parser->parser.is_done();
}

Request RequestReader::head() const
{
    Request request;
    if (!headerDone())
        return request;
    const auto &message = m_parser->parser.get();
    request.method = toQByteArray(message.method_string());
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

bool RequestReader::expectsContinue() const
{
    return headerDone() && !m_parser->parser.is_done()
        && beast::iequals(m_parser->parser.get()[beast::http::field::expect], "100-continue");
}

Request RequestReader::take(bool *keepAlive)
{
    Request request = head();
    if (complete()) {
        auto &message = m_parser->parser.get();
        if (keepAlive)
            *keepAlive = message.keep_alive();
        request.body = QByteArray::fromStdString(message.body());
    }
    m_parser.reset();
    m_headerAccepted = false;
    return request;
}

} // namespace mikro::http
