#include "tests/support/FaultProxy.h"

#include <QCoreApplication>
#include <QTimer>

namespace mikro::testing {

struct FaultProxy::Pair
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    Mode mode = Mode::Pass;
    QByteArray pending; ///< client bytes before the upstream connected
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    dropOpenConnections();
}

bool FaultProxy::start()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FaultProxy::setMode(Mode mode, std::chrono::milliseconds delay)
{
    m_mode = mode;
    m_delay = delay;
    // Kept-alive connections would carry on as before: the new condition starts now. The client,
    // on this thread, is let see them close first — as a dropped network is noticed — or Qt
    // would send its next request on a dead connection and quietly send it again later.
    dropOpenConnections();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // Refusing is done by not listening: the client gets "connection refused" at once.
    if (mode == Mode::Drop && m_server.isListening())
        m_server.close();
    if (mode != Mode::Drop && !m_server.isListening())
        m_server.listen(QHostAddress::LocalHost, m_port);
}

void FaultProxy::dropOpenConnections()
{
    for (const auto &pair : std::as_const(m_pairs)) {
        if (pair->client)
            pair->client->abort();
        if (pair->upstream)
            pair->upstream->abort();
    }
    m_pairs.clear();
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto pair = std::make_shared<Pair>();
        pair->client = client;
        pair->mode = m_mode;
        m_pairs << pair;
        client->setParent(this);
        if (pair->mode == Mode::Blackhole) {
            // Read and forget: the request goes nowhere and no answer ever comes.
            connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
            continue;
        }
        if (pair->mode == Mode::Reset) {
            connect(client, &QTcpSocket::readyRead, this, [this, client] {
                ++m_resets;
                client->abort(); // an RST: the request is lost mid-way
            });
            continue;
        }
        auto *upstream = new QTcpSocket(this);
        pair->upstream = upstream;
        connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            if (pair->upstream && pair->upstream->state() == QAbstractSocket::ConnectedState)
                relay(pair, pair->client, pair->upstream);
            else if (pair->client)
                pair->pending += pair->client->readAll();
        });
        connect(upstream, &QTcpSocket::connected, this, [pair] {
            if (!pair->pending.isEmpty() && pair->upstream)
                pair->upstream->write(std::exchange(pair->pending, {}));
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, pair] {
            if (pair->mode == Mode::Cut) {
                // The server answered: its work is committed. The client never hears of it.
                if (pair->upstream)
                    pair->upstream->readAll();
                if (pair->client && pair->client->state() == QAbstractSocket::ConnectedState) {
                    ++m_cut;
                    pair->client->abort();
                }
                return;
            }
            relay(pair, pair->upstream, pair->client);
        });
        for (QTcpSocket *side : { client, upstream })
            connect(side, &QTcpSocket::disconnected, this, [pair] {
                for (QTcpSocket *s : { pair->client.data(), pair->upstream.data() })
                    if (s && s->state() != QAbstractSocket::UnconnectedState)
                        s->disconnectFromHost();
            });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultProxy::relay(const std::shared_ptr<Pair> &pair, QTcpSocket *from, QTcpSocket *to)
{
    if (!from || !to)
        return;
    const QByteArray bytes = from->readAll();
    if (pair->mode == Mode::Delay && m_delay.count() > 0) {
        QPointer<QTcpSocket> target = to;
        auto *hold = new QTimer(this); // owned by the proxy until it fires
        hold->setSingleShot(true);
        connect(hold, &QTimer::timeout, this, [hold, target, bytes] {
            if (target)
                target->write(bytes);
            hold->deleteLater();
        });
        hold->start(m_delay);
        return;
    }
    to->write(bytes);
}

} // namespace mikro::testing
