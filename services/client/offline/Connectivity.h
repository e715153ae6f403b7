#pragma once

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>

#include <chrono>

namespace mikro::core {
class Clock;
}

namespace mikro::client {

/// Capped exponential back-off with jitter: the n-th retry (from 1) waits a random time between
/// half and all of min(cap, base · 2^(n−1)), so many desktops coming back at once do not knock
/// together.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, quint32 seed);

    [[nodiscard]] std::chrono::milliseconds delay(int attempt);
    [[nodiscard]] std::chrono::milliseconds ceiling(int attempt) const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    QRandomGenerator m_random;
};

/// The connection indicator's state machine (UI.md §1.4): Online (the store answers, nothing
/// waits), Syncing (the outbox is being sent), Offline (the store did not answer; a light probe
/// tries again after a back-off), Attention (online, and sent changes came back with conflicts).
/// Driven by real outcomes: every answered call says Online, every transport failure Offline.
class Connectivity : public QObject
{
    Q_OBJECT
public:
    enum class State { Online, Syncing, Offline, Attention };

    static constexpr std::chrono::milliseconds BackoffBase { 1000 };
    static constexpr std::chrono::milliseconds BackoffCap { 60000 };

    explicit Connectivity(const core::Clock &clock, QObject *parent = nullptr,
        quint32 seed = QRandomGenerator::global()->generate());

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool reachable() const { return m_reachable; }
    [[nodiscard]] QDateTime lastContact() const { return m_lastContact; }
    /// When the next probe or retry goes (invalid while reachable).
    [[nodiscard]] QDateTime nextRetry() const { return m_nextRetry; }
    [[nodiscard]] int failures() const { return m_failures; }
    [[nodiscard]] const core::Clock &clock() const { return m_clock; }

    /// An answer came (any answer: a refusal is still contact).
    void contactMade();
    /// A call could not reach the store (refused, reset, timed out); schedules the next probe.
    void contactLost();
    /// What the outbox holds: changes still to send, and settled ones to read.
    void setOutbox(int waiting, int settled, bool sending);

signals:
    void stateChanged(mikro::client::Connectivity::State state);
    /// The state or what the outbox holds changed (the indicator's words).
    void changed();
    /// Time to try again: probe the store, then send what waits.
    void retryDue();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void update();

    const core::Clock &m_clock;
    State m_state = State::Online;
    bool m_reachable = true;
    bool m_sending = false;
    int m_waiting = 0;
    int m_settled = 0;
    int m_failures = 0;
    int m_timer = 0;
    QDateTime m_lastContact;
    QDateTime m_nextRetry;
    Backoff m_backoff;
};

} // namespace mikro::client
