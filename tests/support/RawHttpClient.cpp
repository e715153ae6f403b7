#include "tests/support/RawHttpClient.h"

#include <QTest>

namespace mikro::testing {

bool RawHttpClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor(
               [&] {
                   return m_socket.state() == QAbstractSocket::ConnectedState
                       || m_socket.state() == QAbstractSocket::UnconnectedState;
               },
               timeoutMs)
        && m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

std::optional<RawResponse> RawHttpClient::takeResponse()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    RawResponse response;
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    response.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(
                lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = response.headers.value("content-length", "0").toLongLong();
    if (m_buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    response.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    return response;
}

std::optional<RawResponse> RawHttpClient::read(int timeoutMs)
{
    std::optional<RawResponse> response = takeResponse();
    if (response)
        return response;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            response = takeResponse();
            return response.has_value() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs));
    if (!response) {
        m_buffer += m_socket.readAll();
        response = takeResponse();
    }
    return response;
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

std::optional<RawResponse> fetchOnce(quint16 port, const QByteArray &request)
{
    RawHttpClient client;
    if (!client.connectTo(port))
        return std::nullopt;
    client.send(request);
    return client.read();
}

} // namespace mikro::testing
