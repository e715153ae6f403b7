#pragma once

#include <QFuture>
#include <QTest>

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

} // namespace mikro::testing
