#pragma once

#include "app/server/ServerConfig.h"
#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/http/Router.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace mikro::store {
class Database;
}
namespace mikro::http {
class HttpServer;
}
namespace mikro::auth {
class HttpJwksSource;
class JwksCache;
class JwtVerifier;
} // namespace mikro::auth
namespace mikro::tm4 {
class Tm4Client;
}
namespace mikro::sync {
class SyncEngine;
class SyncScheduler;
} // namespace mikro::sync
namespace mikro::domain {
class AuditTrail;
class BudgetCalculator;
class ChecklistAdmin;
class ChecklistBoard;
class ChecklistItems;
class ChecklistComments;
class ChecklistService;
class CreditingService;
class DashboardService;
class IdentityService;
class LedgerHistory;
class PaymentRecords;
class RequestBreakdowns;
class ProjectRequirements;
class TrainingCatalog;
class ProjectDirectory;
class ProjectMembership;
class ProjectService;
class ReconciliationService;
class TrainingService;
class PayoutService;
class OsmUsernames;
class OrganisationSettings;
class PeopleService;
class PersonWorkQuery;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;
class CorsPolicy;

/// What a composition uses from outside when a test gives it: a clock (the system's otherwise)
/// and a network access manager (its own otherwise), both outliving the composition.
struct ServerDependencies
{
    const core::Clock *clock = nullptr;
    QNetworkAccessManager *network = nullptr;
};

/// Builds mikro-server's object graph from its configuration and owns it: clock, store (migrated
/// at start), token verification, services, routes and the HTTP server. Destroyed in reverse order
/// after the server stopped.
class ServerComposition : public QObject
{
    Q_OBJECT
public:
    explicit ServerComposition(
        ServerConfig config, ServerDependencies dependencies = {}, QObject *parent = nullptr);
    ~ServerComposition() override;

    /// Applies migrations; Internal/Unavailable errors say why the store is not usable.
    [[nodiscard]] core::Result<int> prepareStore();
    /// Starts listening; returns the bound port.
    [[nodiscard]] core::Result<quint16> start();
    void shutdown();
    /// One sync of every active project, blocking (`--sync-once`); the number that failed.
    [[nodiscard]] int syncOnce();
    /// The routes the server answers (the OpenAPI route test compares them with the document).
    [[nodiscard]] const http::Router &router() const { return m_router; }

signals:
    void stopped();

private:
    /// Removes the operation keys past API.md §1.8's time (AppliedOperations::prune), on the pool.
    void pruneOperations();
    ServerConfig m_config;
    core::SystemClock m_systemClock;
    const core::Clock &m_clock;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
    std::unique_ptr<auth::HttpJwksSource> m_jwksSource;
    std::unique_ptr<auth::JwksCache> m_jwks;
    std::unique_ptr<auth::JwtVerifier> m_verifier;
    std::unique_ptr<domain::IdentityService> m_identity;
    std::unique_ptr<domain::PayoutService> m_payouts;
    std::unique_ptr<domain::PeopleService> m_people;
    std::unique_ptr<domain::PersonWorkQuery> m_personWork;
    std::unique_ptr<domain::OrganisationSettings> m_organisation;
    std::unique_ptr<domain::OsmUsernames> m_usernames;
    std::unique_ptr<domain::CreditingService> m_crediting;
    std::unique_ptr<tm4::Tm4Client> m_tm4;
    std::unique_ptr<domain::ProjectService> m_projects;
    std::unique_ptr<domain::ProjectMembership> m_membership;
    std::unique_ptr<domain::ProjectDirectory> m_directory;
    std::unique_ptr<domain::DashboardService> m_dashboards;
    std::unique_ptr<domain::ReconciliationService> m_reconcile;
    std::unique_ptr<domain::TrainingService> m_trainings;
    std::unique_ptr<domain::ChecklistService> m_checklists;
    std::unique_ptr<domain::ChecklistComments> m_comments;
    std::unique_ptr<domain::AuditTrail> m_audit;
    std::unique_ptr<domain::PaymentRecords> m_paymentRecords;
    std::unique_ptr<domain::LedgerHistory> m_ledgerHistory;
    std::unique_ptr<domain::RequestBreakdowns> m_requestBreakdowns;
    std::unique_ptr<domain::ProjectRequirements> m_requirements;
    std::unique_ptr<domain::BudgetCalculator> m_budgets;
    std::unique_ptr<domain::TrainingCatalog> m_trainingCatalog;
    std::unique_ptr<domain::ChecklistAdmin> m_checklistAdmin;
    std::unique_ptr<domain::ChecklistItems> m_checklistItems;
    std::unique_ptr<domain::ChecklistBoard> m_checklistBoard;
    std::unique_ptr<sync::SyncEngine> m_sync;
    std::unique_ptr<sync::SyncScheduler> m_scheduler;
    std::unique_ptr<AuthGate> m_gate;
    std::unique_ptr<CorsPolicy> m_cors;
    http::Router m_router;
    std::unique_ptr<http::HttpServer> m_http;
    QTimer m_pruneOperations; ///< API.md §1.8: keys older than AppliedOperations::KeptDays go
};

} // namespace mikro::server
