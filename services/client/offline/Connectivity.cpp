#include "services/client/offline/Connectivity.h"

#include "services/core/Clock.h"

#include <QTimerEvent>

#include <algorithm>

namespace mikro::client {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, quint32 seed)
    : m_base(base)
    , m_cap(cap)
    , m_random(seed)
{
}

std::chrono::milliseconds Backoff::ceiling(int attempt) const
{
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const qint64 grown = m_base.count() << std::min(doublings, 20);
    return std::chrono::milliseconds(std::min<qint64>(grown, m_cap.count()));
}

std::chrono::milliseconds Backoff::delay(int attempt)
{
    const qint64 top = ceiling(attempt).count();
    const qint64 half = top / 2;
    return std::chrono::milliseconds(
        half + static_cast<qint64>(m_random.bounded(quint64(top - half + 1))));
}

Connectivity::Connectivity(const core::Clock &clock, QObject *parent, quint32 seed)
    : QObject(parent)
    , m_clock(clock)
    , m_backoff(BackoffBase, BackoffCap, seed)
{
}

void Connectivity::contactMade()
{
    m_reachable = true;
    m_failures = 0;
    m_lastContact = m_clock.nowUtc();
    m_nextRetry = QDateTime();
    if (m_timer != 0) {
        killTimer(m_timer);
        m_timer = 0;
    }
    update();
}

void Connectivity::contactLost()
{
    m_reachable = false;
    ++m_failures;
    const auto wait = m_backoff.delay(m_failures);
    m_nextRetry = m_clock.nowUtc().addMSecs(wait.count());
    if (m_timer != 0)
        killTimer(m_timer);
    m_timer = startTimer(wait);
    update();
}

void Connectivity::setOutbox(int waiting, int settled, bool sending)
{
    m_waiting = waiting;
    m_settled = settled;
    m_sending = sending;
    update();
}

void Connectivity::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer)
        return QObject::timerEvent(event);
    killTimer(m_timer);
    m_timer = 0;
    emit retryDue();
}

void Connectivity::update()
{
    State next = State::Online;
    if (!m_reachable)
        next = State::Offline;
    else if (m_sending || m_waiting > 0)
        next = State::Syncing;
    else if (m_settled > 0)
        next = State::Attention;
    const bool moved = next != m_state;
    m_state = next;
    if (moved)
        emit stateChanged(m_state);
    emit changed();
}

} // namespace mikro::client
