#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/sync/SyncTypes.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <deque>

namespace mikro::core {
class Clock;
}
namespace mikro::sync {

class SyncEngine;

/// Runs TM4 syncs in the background (DESIGN.md §5), for mikro-server and for the desktop's
/// in-process backend: every `interval` (SYNC_INTERVAL_MINUTES, off when 0) over all active
/// projects, and on request for one project. One sync at a time, on a thread of its own so that
/// requests are never held; requests queue behind a running sync. Cancel stops one project's
/// run after the request in flight; shutdown cancels what runs and waits for it.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    using Status = SchedulerStatus;

    SyncScheduler(sync::SyncEngine &engine, const core::Clock &clock, std::chrono::minutes interval,
        QObject *parent = nullptr);
    ~SyncScheduler() override;

    /// Starts the schedule; the first run begins `firstDelay` after this call.
    void start(std::chrono::milliseconds firstDelay = std::chrono::seconds(5));
    /// Checks the caller may sync the project (SyncEngine::authorize with `memberMinimum`), then
    /// queues it. Ok(false) when that project is already waiting in the queue, is syncing, or
    /// finished syncing less than a minute ago.
    [[nodiscard]] core::Result<bool> request(const domain::Caller &caller, qint64 projectId,
        bool full, domain::Role memberMinimum = domain::Role::Admin);
    /// Stops the project's requested sync (admins of its organisation): a queued request is
    /// dropped, a running one stops after the request in flight and is recorded as cancelled;
    /// what was ingested stays. Ok(false) when nothing of that project waits or runs here.
    [[nodiscard]] core::Result<bool> cancel(const domain::Caller &caller, qint64 projectId);
    /// What one organisation may see of the scheduler, `visible` being its projects: a run, its
    /// progress and queued requests only where they concern those projects; the figures of a
    /// scheduled run over every organisation's projects are not shown (issue 10 #8).
    [[nodiscard]] Status status(const QSet<qint64> &visible) const;
    /// The rule status() applies to the whole state (`queued`: the projects of queued requests,
    /// `batch`: the running job is the scheduled sync of every project).
    [[nodiscard]] static Status visiblePart(
        const Status &all, bool batch, const QList<qint64> &queued, const QSet<qint64> &visible);
    /// Cancels what runs, drops what waits, and waits for the worker to stop.
    void stop();

private:
    struct Job
    {
        std::optional<domain::Caller> caller; ///< empty: the scheduled sync of every project
        qint64 projectId = 0;
        bool full = false;
    };
    void enqueue(Job job);
    void drain();

    SyncEngine &m_engine;
    const core::Clock &m_clock;
    std::chrono::minutes m_interval;
    QTimer m_timer;
    QThreadPool m_worker;
    mutable QMutex m_mutex;
    std::deque<Job> m_queue;
    bool m_running = false;
    SyncProgress m_progress;
    bool m_batch = false; ///< the running job is the scheduled sync of every project
    qint64 m_current = 0; ///< the project of the running requested job; 0: none or the batch
    QDateTime m_nextRunAt;
    std::atomic_bool m_stopping { false };
    std::atomic_bool m_cancel { false }; ///< the running job's: set by cancel() and stop()
};

} // namespace mikro::sync
