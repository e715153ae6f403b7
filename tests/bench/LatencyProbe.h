#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace mikro::testing {

/// Measures how long the event loop of its thread goes without turning (UI.md §0: the UI thread
/// never blocks): a 1 ms precise timer notes the largest gap between its ticks, less the 1 ms it
/// asked for. A stall of the UI thread shows as a gap, whatever caused it.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_worstNs = qMax(m_worstNs, now - m_last - 1'000'000);
            m_last = now;
        });
    }
    void start()
    {
        m_worstNs = 0;
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    /// Whether it has ticked since start(): from then on a stall is measured.
    [[nodiscard]] bool ticking() const { return m_last >= 0; }
    /// The longest stall since start(), in milliseconds.
    [[nodiscard]] double worstMs() const { return static_cast<double>(m_worstNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_worstNs = 0;
};

} // namespace mikro::testing
