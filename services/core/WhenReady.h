#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>
#include <tuple>
#include <utility>

namespace mikro::core {

/// Runs `fn(future)` on `context`'s thread once `future` has finished, through a watcher that
/// `context` owns: if the context dies first, nothing runs. Call it from the context's thread.
/// The callback receives the finished future, so a cancelled one can be told apart.
template <typename T, typename Fn>
void whenFinished(const QFuture<T> &future, QObject *context, Fn fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, watcher, [watcher, fn = std::move(fn)]() mutable {
            watcher->deleteLater();
            fn(watcher->future());
        });
    watcher->setFuture(future);
}

/// Runs `fn(result)` on `context`'s thread with the future's result; nothing runs if the context
/// dies first or the future was cancelled without a result.
template <typename T, typename Fn>
void whenReady(const QFuture<T> &future, QObject *context, Fn fn)
{
    whenFinished(future, context, [fn = std::move(fn)](const QFuture<T> &done) mutable {
        if (done.isValid() && done.resultCount() > 0)
            fn(done.result());
    });
}

/// Runs `fn(results…)` on `context`'s thread once every future has its result, in the order the
/// futures were given: a page that reads several things shows them together. Nothing runs if the
/// context dies first or a future was cancelled without a result.
template <typename Fn, typename... T>
void whenAllReady(QObject *context, Fn fn, const QFuture<T> &...futures)
{
    auto results = std::make_shared<std::tuple<std::optional<T>...>>();
    auto remaining = std::make_shared<int>(int(sizeof...(T)));
    auto finish = std::make_shared<Fn>(std::move(fn));
    const auto arrived = [results, remaining, finish] {
        if (--*remaining == 0)
            std::apply([&](auto &...r) { (*finish)(*r...); }, *results);
    };
    [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        (whenReady(std::get<I>(std::tie(futures...)), context,
             [results, arrived](const auto &result) {
                 std::get<I>(*results) = result;
                 arrived();
             }),
            ...);
    }
    (std::index_sequence_for<T...> {});
}

} // namespace mikro::core
