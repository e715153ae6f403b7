#include "services/sync/SyncEngine.h"

#include "services/core/Clock.h"
#include "services/domain/crediting/CreditingService.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/domain/projects/ProjectService.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"
#include "services/sync/SyncHistory.h"
#include "services/sync/SyncLog.h"
#include "services/sync/SyncedTasks.h"
#include "services/tm4/Tm4Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>

#include <deque>

using namespace Qt::StringLiterals;

namespace mikro::sync {
namespace {

constexpr int IngestAttempts = 3; // a deadlock or busy store is retried, then the task fails
// Progress is reported about 50 times per project, and at least every 25 histories.
constexpr int ProgressSteps = 50;
constexpr int ProgressEvery = 25;

template <typename T>
core::Result<T> await(QFuture<core::Result<T>> future)
{
    future.waitForFinished();
    if (future.isValid() && future.resultCount() > 0)
        return future.result();
    return core::Error::make(core::ErrorKind::UpstreamUnavailable, "tm4_unavailable",
        QCoreApplication::translate(
            "mikro::sync::SyncEngine", "The request to the Tasking Manager was cancelled."));
}

core::Result<QList<qint64>> projectIds(
    store::Database &db, const QString &sql, const QVariantMap &values)
{
    return db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QList<qint64>> {
        auto rows = tx.exec(sql, values);
        if (!rows.ok())
            return rows.error();
        QList<qint64> out;
        while (rows.value().next())
            out << rows.value().value(0).toLongLong();
        return out;
    });
}

bool retryable(const core::Error &error)
{
    return error.kind == core::ErrorKind::Unavailable;
}

} // namespace

SyncEngine::SyncEngine(store::Database &db, tm4::Tm4Client &tm4,
    const domain::CreditingService &crediting, const core::Clock &clock, Settings settings)
    : m_db(db)
    , m_tm4(tm4)
    , m_crediting(crediting)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_runs(db, clock, m_settings.instance, m_settings.leaseLength)
    , m_history(db, clock)
{
}

SyncReport SyncEngine::syncAll(bool forceFull, const ProgressFn &progress,
    const std::atomic_bool *cancel, std::chrono::minutes interval) const
{
    auto ids = projectIds(m_db, u"SELECT id FROM projects WHERE active ORDER BY id"_s, {});
    if (!ids.ok()) {
        qCWarning(lcSync).noquote() << "cannot list projects:" << ids.error().diagnostic;
        return {};
    }
    // The interval this run belongs to: minutes since the epoch, in whole intervals.
    std::optional<qint64> slot;
    if (interval.count() > 0)
        slot = m_clock.nowUtc().toSecsSinceEpoch() / 60 / interval.count();
    return syncEach(ids.value(), forceFull ? std::optional(SyncMode::Full) : std::nullopt,
        QString(), progress, cancel, slot);
}

core::Result<SyncReport> SyncEngine::syncForCaller(const domain::Caller &caller,
    std::optional<qint64> projectId, SyncMode mode, const ProgressFn &progress,
    const std::atomic_bool *cancel) const
{
    if (projectId) {
        // Queued requests were checked with their own bar; membership still holds at run time.
        if (auto allowed = authorize(caller, *projectId, domain::Role::User); !allowed.ok())
            return allowed.error();
        return syncEach({ *projectId }, mode, caller.userId, progress, cancel);
    }
    if (auto allowed = domain::AccessPolicy::check(caller, domain::Action::ManageProjects);
        !allowed.ok())
        return allowed.error();
    auto ids
        = projectIds(m_db, u"SELECT id FROM projects WHERE org_id = :org AND active ORDER BY id"_s,
            { { u"org"_s, caller.orgId } });
    if (!ids.ok())
        return ids.error();
    return syncEach(ids.value(), mode, caller.userId, progress, cancel);
}

core::Result<bool> SyncEngine::ranRecently(qint64 projectId, std::chrono::seconds window) const
{
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<bool> {
        auto row = tx.exec(u"SELECT 1 FROM sync_runs WHERE project_id = :p AND (status = 'running' "
                           "OR finished_at >= :since)"_s,
            { { u"p"_s, projectId },
                { u"since"_s, store::utcValue(m_clock.nowUtc().addSecs(-window.count())) } });
        if (!row.ok())
            return row.error();
        return row.value().next();
    });
}

core::Result<QList<qint64>> SyncEngine::memberProjects(const domain::Caller &caller) const
{
    if (auto allowed = domain::AccessPolicy::check(caller, domain::Action::ViewProjects);
        !allowed.ok())
        return allowed.error();
    return projectIds(m_db,
        u"SELECT p.id FROM projects p JOIN project_members m ON m.project_id = p.id "
        "WHERE m.user_id = :me AND p.org_id = :org AND p.active ORDER BY p.id"_s,
        { { u"me"_s, caller.userId }, { u"org"_s, caller.orgId } });
}

core::Result<QList<qint64>> SyncEngine::staffedProjects(const domain::Caller &caller) const
{
    if (auto allowed = domain::AccessPolicy::check(caller, domain::Action::ManageProjects);
        !allowed.ok())
        return allowed.error();
    return projectIds(m_db,
        u"SELECT p.id FROM projects p WHERE p.org_id = :org AND p.active AND EXISTS "
        "(SELECT 1 FROM project_members m WHERE m.project_id = p.id) ORDER BY p.id"_s,
        { { u"org"_s, caller.orgId } });
}

core::Result<void> SyncEngine::authorize(
    const domain::Caller &caller, qint64 projectId, domain::Role memberMinimum) const
{
    const bool admin = domain::AccessPolicy::check(caller, domain::Action::ManageProjects).ok();
    if (!admin) {
        if (auto allowed = domain::AccessPolicy::check(caller, domain::Action::ViewProjects);
            !allowed.ok())
            return allowed.error();
        if (!domain::isAtLeast(caller.role, memberMinimum))
            return core::Error::make(core::ErrorKind::Forbidden, "forbidden",
                QCoreApplication::translate(
                    "mikro::sync::SyncEngine", "Your role does not allow this."));
    }
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto row = tx.exec(admin
                ? u"SELECT 1 FROM projects WHERE org_id = :org AND id = :p"_s
                : u"SELECT 1 FROM projects p JOIN project_members m ON m.project_id = p.id "
                  "AND m.user_id = :me WHERE p.org_id = :org AND p.id = :p AND p.active"_s,
            { { u"org"_s, caller.orgId }, { u"p"_s, projectId }, { u"me"_s, caller.userId } });
        if (!row.ok())
            return row.error();
        if (!row.value().next())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::sync::SyncEngine", "That project does not exist."));
        return {};
    });
}

core::Result<QList<ProjectSyncStatus>> SyncEngine::status(const domain::Caller &caller) const
{
    return m_history.status(caller);
}

SyncReport SyncEngine::syncEach(const QList<qint64> &projects, std::optional<SyncMode> mode,
    const QString &requestedBy, const ProgressFn &progress, const std::atomic_bool *cancel,
    std::optional<qint64> scheduledSlot) const
{
    const QDateTime fullSince = m_clock.nowUtc().addSecs(
        -std::chrono::duration_cast<std::chrono::seconds>(m_settings.fullSyncEvery).count());
    // Progress comes from several project threads: one lock, and "done" counted here.
    QMutex progressLock;
    int done = 0;
    const ProgressFn shared = [&](const SyncProgress &p) {
        if (!progress)
            return;
        QMutexLocker lock(&progressLock);
        SyncProgress out = p;
        out.projectsDone = done;
        out.projectsTotal = static_cast<int>(projects.size());
        progress(out);
    };
    QThreadPool workers;
    workers.setMaxThreadCount(qMax(1, m_settings.parallelProjects));
    QList<QFuture<std::optional<ProjectSyncReport>>> runs;
    for (const qint64 projectId : projects) {
        runs << QtConcurrent::run(&workers, [&, projectId]() -> std::optional<ProjectSyncReport> {
            if (cancel && cancel->load())
                return std::nullopt;
            SyncMode chosen = SyncMode::Incremental;
            if (mode) {
                chosen = *mode;
            } else {
                auto recent = m_runs.fullSyncSince(projectId, fullSince);
                chosen = recent.ok() && recent.value() ? SyncMode::Incremental : SyncMode::Full;
            }
            ProjectSyncReport one
                = syncProject(projectId, chosen, requestedBy, shared, cancel, {}, scheduledSlot);
            {
                QMutexLocker lock(&progressLock);
                ++done;
            }
            shared(SyncProgress { 0, 0, projectId, one.tasksFetched, one.tasksFetched });
            // These threads end with this call: leave no client-library state behind.
            store::Database::releaseThreadState();
            return one;
        });
    }
    SyncReport report;
    for (auto &run : runs) {
        run.waitForFinished();
        if (auto one = run.result())
            report.projects << *one;
    }
    return report;
}

ProjectSyncReport SyncEngine::syncProject(qint64 projectId, SyncMode mode,
    const QString &requestedBy, const ProgressFn &progress, const std::atomic_bool *cancel,
    const SyncProgress &base, std::optional<qint64> scheduledSlot) const
{
    QElapsedTimer clock;
    clock.start();
    ProjectSyncReport report;
    report.projectId = projectId;
    report.mode = mode;
    auto run = m_runs.start(projectId, mode, requestedBy, scheduledSlot);
    if (!run.ok()) {
        report.outcome = run.error().code == "sync_in_progress"
            ? ProjectSyncReport::Outcome::Skipped
            : ProjectSyncReport::Outcome::Failed;
        report.error = run.error();
        return report;
    }
    const auto requests = std::make_shared<std::atomic<quint64>>(0);
    runProject(report, run.value(), requests, progress, cancel, base);
    report.requests = requests->load();
    report.durationMs = clock.elapsed();
    if (auto closed = m_runs.finish(run.value(), report); !closed.ok())
        qCWarning(lcSync).noquote()
            << "cannot close sync run" << run.value() << ":" << closed.error().diagnostic;
    if (report.error)
        qCWarning(lcSync).noquote()
            << "project" << projectId << "sync"
            << (report.outcome == ProjectSyncReport::Outcome::Cancelled ? "cancelled" : "failed")
            << ":" << report.error->diagnostic;
    else
        qCInfo(lcSync).noquote() << "project" << projectId << "synced:" << report.tasksFetched
                                 << "histories," << report.eventsIngested << "new events,"
                                 << report.requests << "requests," << report.durationMs << "ms";
    return report;
}

void SyncEngine::runProject(ProjectSyncReport &report, qint64 runId,
    const tm4::RequestCounter &requests, const ProgressFn &progress, const std::atomic_bool *cancel,
    SyncProgress base) const
{
    const qint64 projectId = report.projectId;
    auto fail = [&report](core::Error error) {
        report.outcome = ProjectSyncReport::Outcome::Failed;
        report.error = std::move(error);
    };
    auto listed = await(m_tm4.taskStates(projectId, requests));
    if (!listed.ok())
        return fail(listed.error());
    report.tasksListed = static_cast<int>(listed.value().size());
    // The project's name and task count as TM4 has them now, and the budget from them.
    auto summary = await(m_tm4.projectSummary(projectId));
    requests->fetch_add(1);
    if (!summary.ok())
        return fail(summary.error());
    if (auto refreshed = domain::ProjectService::refreshFromTm4(m_db, projectId, summary.value());
        !refreshed.ok())
        return fail(refreshed.error());
    auto stored = loadStored(m_db, projectId);
    if (!stored.ok())
        return fail(stored.error());

    QList<qint64> fresh;
    QList<qint64> toFetch;
    for (const tm4::TaskState &task : listed.value()) {
        const auto known = stored.value().constFind(task.taskId);
        const bool isNew = known == stored.value().cend();
        if (isNew)
            fresh << task.taskId;
        const bool changed = isNew || known->status != task.status
            || (!task.mappedBy.isEmpty()
                && known->mappedBy.compare(task.mappedBy, Qt::CaseInsensitive) != 0);
        if (report.mode == SyncMode::Full || changed)
            toFetch << task.taskId;
    }
    if (auto registered = registerNew(m_db, m_clock, projectId, fresh); !registered.ok())
        return fail(registered.error());

    // Every history request is queued at once; the client keeps its concurrency bound and the
    // results are ingested here in order while later ones are still on the wire.
    std::deque<QFuture<core::Result<tm4::TaskDetail>>> pending;
    for (const qint64 taskId : toFetch)
        pending.push_back(m_tm4.taskDetail(projectId, taskId, requests));
    base.projectId = projectId;
    base.tasksToFetch = static_cast<int>(toFetch.size());
    if (auto recorded = m_runs.progress(runId, 0, base.tasksToFetch); !recorded.ok())
        return fail(recorded.error());
    if (progress)
        progress(base);
    const int every = qBound(1, static_cast<int>(toFetch.size()) / ProgressSteps, ProgressEvery);
    QElapsedTimer sinceRenewal;
    sinceRenewal.start();
    int failedTasks = 0;
    std::optional<core::Error> firstTaskError;
    for (const qint64 taskId : toFetch) {
        auto detail = await(std::move(pending.front()));
        pending.pop_front();
        if (cancel && cancel->load()) {
            for (auto &rest : pending)
                rest.cancel();
            report.outcome = ProjectSyncReport::Outcome::Cancelled;
            report.error = core::Error::make(core::ErrorKind::Conflict, "sync_cancelled",
                QCoreApplication::translate("mikro::sync::SyncEngine", "The sync was cancelled."));
            return;
        }
        ++report.tasksFetched;
        if (!detail.ok()) {
            ++failedTasks;
            if (!firstTaskError)
                firstTaskError = detail.error();
            continue;
        }
        const StoredTask known = stored.value().value(taskId);
        const auto events = newEvents(
            projectId, detail.value(), known.lastHistoryId, report.mode == SyncMode::Full);
        bool taskOk = true;
        if (!events.isEmpty()) {
            // One transaction per task: its events go in together or not at all.
            auto outcomes = m_crediting.ingestAll(events);
            for (int attempt = 1;
                 !outcomes.ok() && retryable(outcomes.error()) && attempt < IngestAttempts;
                 ++attempt)
                outcomes = m_crediting.ingestAll(events);
            if (!outcomes.ok()) {
                taskOk = false;
                ++failedTasks;
                if (!firstTaskError)
                    firstTaskError = outcomes.error();
            } else {
                for (const domain::IngestOutcome outcome : outcomes.value())
                    report.eventsIngested
                        += outcome != domain::IngestOutcome::AlreadyIngested ? 1 : 0;
            }
        }
        // The task's stored status becomes TM4's only once its history is in, so a task that
        // failed here is fetched again next time.
        // Crediting already stored the state of the newest event; TM4's differs when the task is
        // locked, or when nothing was ingested (the status changed by an event already in).
        const bool statusKnown = !events.isEmpty()
            && events.constLast().action == detail.value().status
            && detail.value().stateChanges.constFirst().historyId == events.constLast().historyId;
        if (taskOk && !statusKnown) {
            if (auto kept = storeStatus(m_db, m_clock, projectId, taskId, detail.value().status);
                !kept.ok())
                return fail(kept.error());
        }
        if (report.tasksFetched % every == 0 || pending.empty()) {
            base.tasksFetched = report.tasksFetched;
            if (auto recorded = m_runs.progress(runId, base.tasksFetched, base.tasksToFetch);
                !recorded.ok())
                return fail(recorded.error());
            if (progress)
                progress(base);
        }
        if (sinceRenewal.elapsed() * 3 > m_settings.leaseLength.count() * 1000) {
            if (auto renewed = m_runs.renew(runId); !renewed.ok())
                return fail(renewed.error());
            sinceRenewal.restart();
        }
    }
    if (failedTasks > 0) {
        core::Error error = *firstTaskError;
        error.message = QCoreApplication::translate("mikro::sync::SyncEngine",
            "%n task(s) could not be synchronised and will be tried again: %1", nullptr,
            failedTasks)
                            .arg(firstTaskError->message);
        fail(std::move(error));
    }
}

} // namespace mikro::sync
