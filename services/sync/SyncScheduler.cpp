#include "services/sync/SyncScheduler.h"

#include "services/core/Clock.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncLog.h"

#include <QCoreApplication>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace mikro::sync {

SyncScheduler::SyncScheduler(
    SyncEngine &engine, const core::Clock &clock, std::chrono::minutes interval, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_interval(interval)
{
    m_worker.setMaxThreadCount(1);
    m_worker.setObjectName(QStringLiteral("tm4-sync"));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(m_interval);
        {
            QMutexLocker lock(&m_mutex);
            m_nextRunAt = m_clock.nowUtc().addSecs(
                std::chrono::duration_cast<std::chrono::seconds>(m_interval).count());
        }
        enqueue(Job {});
    });
}

SyncScheduler::~SyncScheduler()
{
    stop();
}

void SyncScheduler::start(std::chrono::milliseconds firstDelay)
{
    if (m_interval.count() <= 0) {
        qCInfo(lcSync) << "scheduled TM4 sync is off (SYNC_INTERVAL_MINUTES=0)";
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_nextRunAt = m_clock.nowUtc().addMSecs(firstDelay.count());
    m_timer.start(firstDelay);
}

core::Result<bool> SyncScheduler::request(
    const domain::Caller &caller, qint64 projectId, bool full, domain::Role memberMinimum)
{
    if (auto allowed = m_engine.authorize(caller, projectId, memberMinimum); !allowed.ok())
        return allowed.error();
    if (full && !domain::isAtLeast(caller.role, domain::Role::Admin)) // API.md §11.4
        return core::Error::make(core::ErrorKind::Forbidden, "forbidden",
            QCoreApplication::translate(
                "mikro::sync::SyncScheduler", "Only admins ask for a full sync."))
            .withField(u"full"_s);
    // API.md §11.4: a run going on, or one finished less than a minute ago, stands for this one.
    const auto recent = m_engine.ranRecently(projectId, std::chrono::seconds(60));
    if (!recent.ok())
        return recent.error();
    if (recent.value())
        return false;
    {
        QMutexLocker lock(&m_mutex);
        // A waiting request covers this one unless this one asks for more (a full sync).
        for (const Job &job : m_queue)
            if (job.caller && job.projectId == projectId && (job.full || !full))
                return false;
    }
    enqueue(Job { caller, projectId, full });
    return true;
}

core::Result<bool> SyncScheduler::cancel(const domain::Caller &caller, qint64 projectId)
{
    if (auto allowed = domain::AccessPolicy::check(caller, domain::Action::ManageProjects);
        !allowed.ok())
        return allowed.error();
    if (auto allowed = m_engine.authorize(caller, projectId); !allowed.ok())
        return allowed.error();
    QMutexLocker lock(&m_mutex);
    bool found = false;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (it->caller && it->projectId == projectId) {
            it = m_queue.erase(it);
            found = true;
        } else {
            ++it;
        }
    }
    if (m_running && !m_batch && m_current == projectId) {
        m_cancel.store(true);
        found = true;
    }
    return found;
}

SyncScheduler::Status SyncScheduler::status(const QSet<qint64> &visible) const
{
    QMutexLocker lock(&m_mutex);
    QList<qint64> queued;
    for (const Job &job : m_queue)
        if (job.caller) // a scheduled sync of everything is nobody's to see
            queued << job.projectId;
    Status all;
    all.running = m_running;
    all.queued = static_cast<int>(m_queue.size());
    all.interval = m_interval;
    all.nextRunAt = m_nextRunAt;
    all.progress = m_progress;
    return visiblePart(all, m_batch, queued, visible);
}

SyncScheduler::Status SyncScheduler::visiblePart(
    const Status &all, bool batch, const QList<qint64> &queued, const QSet<qint64> &visible)
{
    Status out;
    out.interval = all.interval;
    out.nextRunAt = all.nextRunAt;
    for (const qint64 projectId : queued) {
        if (visible.contains(projectId)) {
            ++out.queued;
            out.queuedProjects << projectId;
        }
    }
    if (all.running && visible.contains(all.progress.projectId)) {
        out.running = true;
        out.progress.projectId = all.progress.projectId;
        out.progress.tasksFetched = all.progress.tasksFetched;
        out.progress.tasksToFetch = all.progress.tasksToFetch;
        out.progress.projectsTotal = batch ? 0 : all.progress.projectsTotal;
        out.progress.projectsDone = batch ? 0 : all.progress.projectsDone;
    }
    return out;
}

void SyncScheduler::enqueue(Job job)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping.load())
        return;
    m_queue.push_back(std::move(job));
    if (!m_running) {
        m_running = true;
        m_worker.start([this] { drain(); });
    }
}

void SyncScheduler::drain()
{
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty() || m_stopping.load()) {
                m_running = false;
                m_current = 0;
                // The pool thread may now expire: leave no client-library state behind.
                store::Database::releaseThreadState();
                return;
            }
            job = m_queue.front();
            m_queue.pop_front();
            m_batch = !job.caller;
            m_current = job.projectId;
            // A requested project reads as running from here, before its run row exists.
            m_progress = {};
            m_progress.projectId = job.projectId;
            m_cancel.store(false);
        }
        const auto progress = [this](const SyncProgress &p) {
            QMutexLocker lock(&m_mutex);
            // `this` outlives drain(); the analyzer loses it through std::function.
            // NOLINTNEXTLINE(clang-analyzer-core.CallAndMessage)
            m_progress = p;
        };
        if (!job.caller) {
            const SyncReport report = m_engine.syncAll(false, progress, &m_cancel, m_interval);
            qCInfo(lcSync).noquote()
                << "scheduled sync:" << report.count(ProjectSyncReport::Outcome::Succeeded)
                << "succeeded," << report.count(ProjectSyncReport::Outcome::Failed) << "failed,"
                << report.count(ProjectSyncReport::Outcome::Skipped) << "skipped";
        } else {
            const auto report = m_engine.syncForCaller(*job.caller, job.projectId,
                job.full ? SyncMode::Full : SyncMode::Incremental, progress, &m_cancel);
            if (!report.ok())
                qCWarning(lcSync).noquote()
                    << "requested sync refused:" << report.error().diagnostic;
        }
    }
}

void SyncScheduler::stop()
{
    m_timer.stop();
    {
        QMutexLocker lock(&m_mutex);
        m_stopping.store(true);
        m_cancel.store(true);
        m_queue.clear();
    }
    m_worker.waitForDone();
}

} // namespace mikro::sync
