#pragma once

#include "services/http/HttpLimits.h"
#include "services/http/Request.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace mikro::http {

struct RequestParser;

/// Why a request cannot be read: the answer to send before closing the connection.
struct ReadFailure
{
    int status = 400;
    QByteArray code;
    QString message;
};

/// Reads HTTP/1.x requests, one at a time, from the bytes of one connection (Boost.Beast's parser,
/// kept out of this header): the limits of HttpLimits (431 header, 413 body, declared or received),
/// HTTP/1.0 and 1.1 only (505), and the framing rules of RFC 9112 — a repeated single header
/// (Authorization, Host, Content-Length, Transfer-Encoding, Content-Type), a Transfer-Encoding
/// other than exactly `chunked`, or both Transfer-Encoding and Content-Length, are refused (400).
/// No sockets, no clocks: HttpConnection feeds it, and the fuzzer (tests/fuzz) too.
class RequestReader
{
    Q_DECLARE_TR_FUNCTIONS(mikro::http::RequestReader)

public:
    explicit RequestReader(const HttpLimits &limits);
    ~RequestReader();
    RequestReader(const RequestReader &) = delete;
    RequestReader &operator=(const RequestReader &) = delete;

    enum class Step { NeedMore, Failed, Progress };
    /// Parses what it can of `buffer`, removing what it used. Failed: see failure(); the stream
    /// cannot be trusted any more. Otherwise see headerDone() and complete().
    [[nodiscard]] Step read(QByteArray &buffer);
    /// Whether a request has begun (some of its bytes were read).
    [[nodiscard]] bool started() const { return m_parser != nullptr; }
    /// The current request's header is whole and was accepted (its body may still come).
    [[nodiscard]] bool headerDone() const;
    /// The current request is whole: take() it.
    [[nodiscard]] bool complete() const;
    /// With headerDone(): the request line and headers (method, lower-case header names, request
    /// id — the client's X-Request-Id when valid —, percent-decoded path, query); a null path
    /// when the target is not a valid path. No body, no peer.
    [[nodiscard]] Request head() const;
    /// With headerDone(): the client asked for `100 Continue` and the body is still to come.
    [[nodiscard]] bool expectsContinue() const;
    /// With complete(): the request with its body, and whether the connection may stay open
    /// after it; the reader then waits for the next request.
    [[nodiscard]] Request take(bool *keepAlive);
    [[nodiscard]] const ReadFailure &failure() const { return m_failure; }

private:
    Step fail(int status, const char *code, const QString &message);

    const HttpLimits &m_limits;
    std::unique_ptr<RequestParser> m_parser;
    bool m_headerAccepted = false;
    ReadFailure m_failure;
};

/// A fresh request id: 16 hexadecimal digits.
[[nodiscard]] QByteArray newRequestId();

} // namespace mikro::http
