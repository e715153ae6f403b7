#pragma once

#include "services/store/Database.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <chrono>
#include <optional>

namespace mikro::testing {

/// Waits on the event loop (never sleeping blindly) for `future`; nullopt on timeout.
template <typename T>
std::optional<T> awaitResult(
    const QFuture<T> &future, std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, static_cast<int>(timeout.count())))
        return std::nullopt;
    if (future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

/// Runs blocking work (a sync, say) on a pool thread while this thread's event loop keeps
/// serving: the loopback servers of tests accept on the test's main thread. Work still running
/// at `deadline` ends the test program with a message naming the wait (a hang would otherwise
/// last until CTest's timeout and say nothing).
template <typename Work>
auto runOffMain(Work work, std::chrono::milliseconds deadline = std::chrono::seconds(120))
{
    auto future = QtConcurrent::run([work = std::move(work)]() mutable {
        auto result = work();
        store::Database::releaseThreadState(); // pool threads expire; leave nothing behind
        return result;
    });
    QElapsedTimer waited;
    waited.start();
    while (!future.isFinished()) {
        if (waited.elapsed() > deadline.count())
            qFatal("runOffMain: the work did not finish within %lld ms",
                static_cast<long long>(deadline.count()));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return future.result();
}

/// Joins work started on other threads (the racers of a race test), or ends the test program
/// with a message when it is still running at `deadline`: a deadlock fails, it does not hang.
template <typename T>
void joinWithin(
    const QFuture<T> &future, std::chrono::milliseconds deadline = std::chrono::seconds(60))
{
    QElapsedTimer waited;
    waited.start();
    while (!future.isFinished()) {
        if (waited.elapsed() > deadline.count())
            qFatal("joinWithin: the work did not finish within %lld ms",
                static_cast<long long>(deadline.count()));
        QThread::msleep(1);
    }
}

} // namespace mikro::testing
