#pragma once

#include <QByteArray>
#include <QMap>
#include <QTcpSocket>

#include <optional>

namespace mikro::testing {

struct RawResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

/// A deliberately low-level HTTP/1.1 client for testing servers: it writes exactly the bytes a
/// test gives it (pipelined, malformed, slow) and reads responses by Content-Length. It waits on
/// the event loop, so a server on the same thread keeps running.
class RawHttpClient
{
public:
    [[nodiscard]] bool connectTo(quint16 port, int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    [[nodiscard]] std::optional<RawResponse> read(int timeoutMs = 5000);
    /// Waits until the server closed the connection.
    [[nodiscard]] bool waitClosed(int timeoutMs = 5000);
    [[nodiscard]] QTcpSocket &socket() { return m_socket; }

private:
    std::optional<RawResponse> takeResponse();

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

/// One request on a new connection; the response or nullopt.
[[nodiscard]] std::optional<RawResponse> fetchOnce(quint16 port, const QByteArray &request);

} // namespace mikro::testing
