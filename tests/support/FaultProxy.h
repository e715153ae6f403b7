#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>
#include <memory>

namespace mikro::testing {

/// A TCP proxy on loopback that injects the faults of a poor connection between a client and a
/// real server (issue 14): pass, drop (refuse every connection), blackhole (accept and never
/// answer), delay (hold each chunk), reset (RST as soon as the client sends), and cut (forward
/// the request, let the server answer — its work committed — then close before the client gets
/// a byte of it). Setting a mode closes the open connections (a client's kept-alive one would
/// carry on as before); cut and reset count what they hit.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Pass, Drop, Blackhole, Delay, Reset, Cut };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Listens on an ephemeral loopback port; false when it cannot.
    [[nodiscard]] bool start();
    [[nodiscard]] quint16 port() const { return m_port; }
    /// Where connections go (a restarted server has a new port).
    void setTarget(quint16 port) { m_target = port; }
    void setMode(Mode mode, std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    [[nodiscard]] Mode mode() const { return m_mode; }
    /// Responses withheld by Cut, connections reset by Reset.
    [[nodiscard]] int cutResponses() const { return m_cut; }
    [[nodiscard]] int resets() const { return m_resets; }
    /// Closes every open connection (a server going away mid-request).
    void dropOpenConnections();

private:
    struct Pair;
    void accept();
    void relay(const std::shared_ptr<Pair> &pair, QTcpSocket *from, QTcpSocket *to);

    QTcpServer m_server;
    quint16 m_port = 0;
    quint16 m_target = 0;
    Mode m_mode = Mode::Pass;
    std::chrono::milliseconds m_delay { 0 };
    int m_cut = 0;
    int m_resets = 0;
    QList<std::shared_ptr<Pair>> m_pairs;
};

} // namespace mikro::testing
