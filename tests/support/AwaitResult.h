#pragma once

#include "services/store/Database.h"

#include <QFuture>
#include <QTest>
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
/// serving: the loopback servers of tests accept on the test's main thread.
template <typename Work>
auto runOffMain(Work work)
{
    auto future = QtConcurrent::run([work = std::move(work)]() mutable {
        auto result = work();
        store::Database::releaseThreadState(); // pool threads expire; leave nothing behind
        return result;
    });
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return future.result();
}

} // namespace mikro::testing
