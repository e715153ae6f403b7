#include "services/client/inprocess/InProcessSyncClient.h"

#include "services/client/inprocess/InProcessContext.h"
#include "services/store/Database.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncScheduler.h"
#include "services/tm4/Tm4Client.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

constexpr int RunsPerPage = 20;

core::Error noTm4()
{
    return core::Error::make(core::ErrorKind::UpstreamUnavailable, "tm4_not_configured",
        QCoreApplication::translate("mikro::client::InProcessSyncClient",
            "No Tasking Manager is configured. Set its address in Settings, then try again."));
}

} // namespace

InProcessSyncClient::InProcessSyncClient(InProcessContext &context)
    : m_context(context)
    , m_history(context.database(), context.clock())
    , m_crediting(context.database(), context.clock())
{
}

InProcessSyncClient::~InProcessSyncClient() = default;

void InProcessSyncClient::setTm4(tm4::Tm4Client *tm4)
{
    m_scheduler.reset(); // cancels and waits for a running sync
    m_engine.reset();
    if (!tm4)
        return;
    sync::SyncEngine::Settings settings;
    settings.instance = u"desktop:%1"_s.arg(QCoreApplication::applicationPid());
    m_engine = std::make_unique<sync::SyncEngine>(
        m_context.database(), *tm4, m_crediting, m_context.clock(), settings);
    // No schedule in the desktop: it syncs when someone asks.
    m_scheduler = std::make_unique<sync::SyncScheduler>(
        *m_engine, m_context.clock(), std::chrono::minutes(0));
}

QFuture<core::Result<SyncOverview>> InProcessSyncClient::overview()
{
    return m_context.run<SyncOverview>(
        [this](const domain::Caller &caller) -> core::Result<SyncOverview> {
            auto projects = m_history.status(caller);
            if (!projects.ok())
                return projects.error();
            const auto events = m_history.eventsLastDay(caller);
            if (!events.ok())
                return events.error();
            SyncOverview out;
            out.projects = std::move(projects.value());
            out.newEvents24h = events.value();
            if (m_scheduler) {
                QSet<qint64> visible;
                for (const sync::ProjectSyncStatus &s : out.projects)
                    visible.insert(s.projectId);
                out.scheduler = m_scheduler->status(visible);
            }
            return out;
        });
}

QFuture<core::Result<SyncRunsPage>> InProcessSyncClient::runs(qint64 projectId, qint64 beforeId)
{
    return m_context.run<SyncRunsPage>(
        [this, projectId, beforeId](const domain::Caller &caller) -> core::Result<SyncRunsPage> {
            auto runs = m_history.runs(caller, projectId, RunsPerPage, qMax<qint64>(0, beforeId));
            if (!runs.ok())
                return runs.error();
            SyncRunsPage page;
            page.runs = std::move(runs.value());
            if (page.runs.size() == RunsPerPage)
                page.nextBeforeId = page.runs.constLast().runId;
            return page;
        });
}

QFuture<core::Result<bool>> InProcessSyncClient::start(qint64 projectId, bool full)
{
    return m_context.run<bool>(
        [this, projectId, full](const domain::Caller &caller) -> core::Result<bool> {
            if (!m_scheduler)
                return noTm4();
            // As the server's sync_project: members who validate sync their projects.
            return m_scheduler->request(caller, projectId, full, domain::Role::Validator);
        });
}

QFuture<core::Result<bool>> InProcessSyncClient::cancel(qint64 projectId)
{
    return m_context.run<bool>(
        [this, projectId](const domain::Caller &caller) -> core::Result<bool> {
            if (!m_scheduler)
                return noTm4();
            return m_scheduler->cancel(caller, projectId);
        });
}

} // namespace mikro::client
