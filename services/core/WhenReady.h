#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

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

} // namespace mikro::core
