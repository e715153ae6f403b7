#include "app/server/ServerComposition.h"

#include "app/server/api/AuthGate.h"
#include "app/server/api/ChecklistAdminRoutes.h"
#include "app/server/api/ChecklistListRoutes.h"
#include "app/server/api/ChecklistRoutes.h"
#include "app/server/api/CorsPolicy.h"
#include "app/server/api/DashboardRoutes.h"
#include "app/server/api/HealthRoutes.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/MembershipRoutes.h"
#include "app/server/api/OpenApiRoute.h"
#include "app/server/api/PaymentRecordRoutes.h"
#include "app/server/api/ProjectRoutes.h"
#include "app/server/api/ReconciliationRoutes.h"
#include "app/server/api/ReviewRoutes.h"
#include "app/server/api/SyncRoutes.h"
#include "app/server/api/TrainingListRoutes.h"
#include "app/server/api/TrainingRoutes.h"
#include "app/server/api/TransactionRoutes.h"
#include "app/server/api/UserRoutes.h"
#include "services/auth/JwksCache.h"
#include "services/auth/JwksSource.h"
#include "services/auth/JwtVerifier.h"
#include "services/domain/audit/AuditTrail.h"
#include "services/domain/checklists/ChecklistAdmin.h"
#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/checklists/ChecklistComments.h"
#include "services/domain/checklists/ChecklistItems.h"
#include "services/domain/checklists/ChecklistService.h"
#include "services/domain/crediting/CreditingService.h"
#include "services/domain/money/LedgerHistory.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/PayoutService.h"
#include "services/domain/money/ReconciliationService.h"
#include "services/domain/money/RequestBreakdown.h"
#include "services/domain/people/IdentityService.h"
#include "services/domain/people/OrganisationSettings.h"
#include "services/domain/people/OsmUsernames.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/people/PersonWork.h"
#include "services/domain/projects/BudgetCalculator.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/projects/ProjectMembership.h"
#include "services/domain/projects/ProjectRequirements.h"
#include "services/domain/projects/ProjectService.h"
#include "services/domain/reporting/DashboardService.h"
#include "services/domain/training/TrainingCatalog.h"
#include "services/domain/training/TrainingService.h"
#include "services/http/HttpServer.h"
#include "services/store/AppliedOperations.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "services/store/Transaction.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncScheduler.h"
#include "services/tm4/Tm4Client.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSysInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

/// DESIGN.md §5: storage work runs on the store's pool, so its size bounds the requests served at
/// once; STORE_POOL_SIZE, or two threads per HTTP worker (at least four).
int storePoolSize(const ServerConfig &config)
{
    if (config.storePoolSize > 0)
        return config.storePoolSize;
    const int workers = config.limits.workerThreads > 0 ? config.limits.workerThreads
                                                        : QThread::idealThreadCount();
    return std::max(4, 2 * workers);
}

} // namespace

ServerComposition::ServerComposition(
    ServerConfig config, ServerDependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(dependencies.clock ? *dependencies.clock : m_systemClock)
    , m_db(std::make_unique<store::Database>(m_config.database, storePoolSize(m_config)))
    , m_ownNetwork(dependencies.network ? nullptr : std::make_unique<QNetworkAccessManager>())
    , m_network(dependencies.network ? dependencies.network : m_ownNetwork.get())
{
    // Qt ignores SSL_CERT_FILE: a private or devstack CA is trusted for the JWKS fetch alone.
    const QList<QSslCertificate> extraCa = m_config.caFile.isEmpty()
        ? QList<QSslCertificate>()
        : QSslCertificate::fromPath(m_config.caFile);
    if (!m_config.caFile.isEmpty() && extraCa.isEmpty())
        qWarning("AUTH0_CA_FILE holds no certificate: %s", qPrintable(m_config.caFile));
    m_jwksSource = std::make_unique<auth::HttpJwksSource>(*m_network, m_config.jwksUrl, extraCa);
    m_jwks = std::make_unique<auth::JwksCache>(*m_jwksSource, m_clock);
    m_verifier = std::make_unique<auth::JwtVerifier>(*m_jwks, m_clock,
        auth::JwtSettings { m_config.issuer, m_config.audience, m_config.claimNamespace });
    m_identity = std::make_unique<domain::IdentityService>(*m_db, m_clock);
    m_payouts = std::make_unique<domain::PayoutService>(*m_db, m_clock);
    m_people = std::make_unique<domain::PeopleService>(*m_db, m_clock);
    m_personWork = std::make_unique<domain::PersonWorkQuery>(*m_db);
    m_organisation = std::make_unique<domain::OrganisationSettings>(*m_db, m_clock);
    m_usernames = std::make_unique<domain::OsmUsernames>(*m_db, m_clock);
    m_crediting = std::make_unique<domain::CreditingService>(*m_db, m_clock);
    m_tm4 = std::make_unique<tm4::Tm4Client>(m_config.tm4);
    m_projects = std::make_unique<domain::ProjectService>(*m_db, m_clock, *m_tm4);
    m_membership = std::make_unique<domain::ProjectMembership>(*m_db, m_clock);
    m_directory = std::make_unique<domain::ProjectDirectory>(*m_db);
    m_dashboards = std::make_unique<domain::DashboardService>(*m_db, m_clock);
    m_reconcile = std::make_unique<domain::ReconciliationService>(*m_db, m_clock);
    m_trainings = std::make_unique<domain::TrainingService>(*m_db, m_clock);
    m_checklists = std::make_unique<domain::ChecklistService>(*m_db, m_clock);
    m_comments = std::make_unique<domain::ChecklistComments>(*m_db, m_clock);
    m_audit = std::make_unique<domain::AuditTrail>(*m_db);
    m_paymentRecords = std::make_unique<domain::PaymentRecords>(*m_db);
    m_ledgerHistory = std::make_unique<domain::LedgerHistory>(*m_db);
    m_requestBreakdowns = std::make_unique<domain::RequestBreakdowns>(*m_db);
    m_requirements = std::make_unique<domain::ProjectRequirements>(*m_db, m_clock);
    m_budgets = std::make_unique<domain::BudgetCalculator>(*m_db, *m_tm4);
    m_trainingCatalog = std::make_unique<domain::TrainingCatalog>(*m_db);
    m_checklistAdmin = std::make_unique<domain::ChecklistAdmin>(*m_db, m_clock);
    m_checklistItems = std::make_unique<domain::ChecklistItems>(*m_db, m_clock);
    m_checklistBoard = std::make_unique<domain::ChecklistBoard>(*m_db, m_clock);
    sync::SyncEngine::Settings syncSettings;
    syncSettings.fullSyncEvery = m_config.fullSyncEvery;
    syncSettings.instance
        = u"%1:%2"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    m_sync = std::make_unique<sync::SyncEngine>(*m_db, *m_tm4, *m_crediting, m_clock, syncSettings);
    m_scheduler = std::make_unique<sync::SyncScheduler>(*m_sync, m_clock, m_config.syncInterval);
    m_gate = std::make_unique<AuthGate>(*m_verifier, *m_identity, *m_db, m_clock);
    m_cors = std::make_unique<CorsPolicy>(m_config.corsOrigins);
    m_pruneOperations.setInterval(std::chrono::hours(1));
    connect(&m_pruneOperations, &QTimer::timeout, this, &ServerComposition::pruneOperations);

    addHealthRoutes(m_router, *m_db);
    addOpenApiRoute(m_router);
    addUserRoutes(m_router, *m_gate, *m_identity, *m_people, *m_usernames);
    addOsmUsernameRoutes(m_router, *m_gate, *m_usernames);
    addPeopleRoutes(
        m_router, *m_gate, *m_identity, *m_people, *m_organisation, *m_audit, *m_personWork);
    addTransactionRoutes(m_router, *m_gate, *m_payouts, *m_paymentRecords);
    addPaymentRecordRoutes(
        m_router, *m_gate, *m_paymentRecords, *m_ledgerHistory, *m_requestBreakdowns);
    addSyncRoutes(m_router, *m_gate, *m_sync, *m_scheduler);
    addProjectRoutes(m_router, *m_gate, *m_projects, *m_directory, *m_budgets);
    addMembershipRoutes(m_router, *m_gate, *m_membership, *m_directory, *m_people);
    addDashboardRoutes(m_router, *m_gate, *m_dashboards, *m_directory);
    addReviewRoutes(m_router, *m_gate, *m_crediting);
    addReconciliationRoutes(m_router, *m_gate, *m_reconcile, m_clock);
    addTrainingRoutes(m_router, *m_gate, *m_trainings, *m_requirements);
    addTrainingListRoutes(m_router, *m_gate, *m_trainingCatalog, m_clock);
    addChecklistRoutes(m_router, *m_gate, *m_checklists, *m_comments);
    addChecklistAdminRoutes(m_router, *m_gate, *m_checklistAdmin, *m_checklistItems);
    addChecklistListRoutes(m_router, *m_gate, *m_checklistBoard);
    // API.md §1.1: preflight needs no token; any other unknown path is checked for a token first,
    // so it answers 401 without one and 404 `unknown_action` with one.
    const http::Handler unknown
        = m_gate->protect([](const http::Request &, const domain::Caller &) {
              return http::Response::error(404, "unknown_action",
                  QCoreApplication::translate("mikro::http", "Unknown action."));
          });
    m_router.setFallback([this, unknown](const http::Request &request) {
        if (request.method == "OPTIONS")
            return QtFuture::makeReadyFuture(m_cors->preflight(request));
        return unknown(request);
    });
    m_router.setHeaderCheck(
        [this](const http::Request &request) { return m_gate->checkBeforeBody(request); });
    m_router.setDecorator([this](const http::Request &request, http::Response &response) {
        m_cors->decorate(request, response);
    });
    m_http = std::make_unique<http::HttpServer>(m_router, m_config.limits);
    connect(m_http.get(), &http::HttpServer::stopped, this, &ServerComposition::stopped);
}

ServerComposition::~ServerComposition()
{
    m_http.reset(); // no request is read or answered past here
    // An action runs on the storage pool once its token is verified (AuthGate): wait for those
    // still running before the services they use go.
    m_db->pool().waitForDone();
    m_scheduler.reset(); // cancels and waits for a running sync
    m_sync.reset();
    m_membership.reset();
    m_projects.reset();
    m_tm4.reset();
    m_db.reset(); // waits for storage work still on the pool
}

core::Result<int> ServerComposition::prepareStore()
{
    store::Migrator migrator(*m_db, m_clock);
    core::Result<store::MigrationReport> report = migrator.migrate();
    if (!report.ok())
        return report.error();
    // Every pool thread's connection now, before the first burst of requests.
    if (core::Result<void> warmed = m_db->warm(); !warmed.ok())
        return warmed.error();
    return report.value().schemaVersion;
}

core::Result<quint16> ServerComposition::start()
{
    auto port = m_http->listen(m_config.bindAddress, m_config.port);
    if (port.ok()) {
        m_scheduler->start();
        pruneOperations();
        m_pruneOperations.start();
    }
    return port;
}

void ServerComposition::pruneOperations()
{
    // On the storage pool: a delete of old rows must not hold up the event loop. Every instance
    // prunes; deleting rows another instance already deleted deletes nothing.
    // A failure is logged by the store; the next round tries again.
    static_cast<void>(QtConcurrent::run(&m_db->pool(), [db = m_db.get(), clock = &m_clock] {
        return db->inTransaction([clock](store::Transaction &tx) {
            return store::AppliedOperations::prune(tx, clock->nowUtc());
        });
    }));
}

int ServerComposition::syncOnce()
{
    const sync::SyncReport report = m_sync->syncAll(false);
    return report.count(sync::ProjectSyncReport::Outcome::Failed);
}

void ServerComposition::shutdown()
{
    m_pruneOperations.stop();
    m_scheduler->stop();
    m_http->shutdown();
}

} // namespace mikro::server
