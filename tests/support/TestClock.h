#pragma once

#include "services/core/Clock.h"

#include <QMutex>

#include <chrono>

namespace mikro::testing {

/// A Clock that only moves when a test says so.
class TestClock final : public core::Clock
{
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2026, 1, 20), QTime(17, 23, 57), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    [[nodiscard]] QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advance(std::chrono::milliseconds by)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(by.count());
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace mikro::testing
