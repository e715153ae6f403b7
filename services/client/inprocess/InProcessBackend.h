#pragma once

#include "services/client/Backend.h"
#include "services/client/inprocess/InProcessAccountClient.h"
#include "services/client/inprocess/InProcessAuditClient.h"
#include "services/client/inprocess/InProcessChecklistAdminClient.h"
#include "services/client/inprocess/InProcessChecklistsClient.h"
#include "services/client/inprocess/InProcessContext.h"
#include "services/client/inprocess/InProcessDashboardsClient.h"
#include "services/client/inprocess/InProcessPayoutsClient.h"
#include "services/client/inprocess/InProcessPeopleClient.h"
#include "services/client/inprocess/InProcessProjectAdminClient.h"
#include "services/client/inprocess/InProcessProjectsClient.h"
#include "services/client/inprocess/InProcessReconciliationClient.h"
#include "services/client/inprocess/InProcessReviewClient.h"
#include "services/client/inprocess/InProcessSyncClient.h"
#include "services/client/inprocess/InProcessTrainingAdminClient.h"
#include "services/client/inprocess/InProcessTrainingClient.h"

namespace mikro::client {

/// The domain services on a store (embedded SQLite for one person, PostgreSQL on a trusted
/// network), off the UI thread. The composition tells it who is signed in from the verified
/// token, as the server's AuthGate does.
class InProcessBackend : public Backend
{
public:
    InProcessBackend(store::Database &db, const core::Clock &clock);
    /// Waits for the work still on the store's pool: it runs on these clients.
    ~InProcessBackend() override;

    void setClaims(std::optional<domain::SignInClaims> claims)
    {
        m_context.setClaims(std::move(claims));
    }

    /// The Tasking Manager that project creation reads (UI.md §5.3) and sync runs from
    /// (§5.8); none until given.
    void setTm4(tm4::Tm4Client *tm4);

    [[nodiscard]] AccountClient &account() override { return m_account; }
    [[nodiscard]] PayoutsClient &payouts() override { return m_payouts; }
    [[nodiscard]] DashboardsClient &dashboards() override { return m_dashboards; }
    [[nodiscard]] ProjectsClient &projects() override { return m_projects; }
    [[nodiscard]] ProjectAdminClient &projectAdmin() override { return m_projectAdmin; }
    [[nodiscard]] ChecklistAdminClient &checklistAdmin() override { return m_checklistAdmin; }
    [[nodiscard]] TrainingAdminClient &trainingAdmin() override { return m_trainingAdmin; }
    [[nodiscard]] TrainingClient &training() override { return m_training; }
    [[nodiscard]] ChecklistsClient &checklists() override { return m_checklists; }
    [[nodiscard]] ReconciliationClient &reconciliation() override { return m_reconciliation; }
    [[nodiscard]] PeopleClient &people() override { return m_people; }
    [[nodiscard]] AuditClient &audit() override { return m_audit; }
    [[nodiscard]] ReviewClient &review() override { return m_review; }
    [[nodiscard]] SyncClient &sync() override { return m_sync; }
    [[nodiscard]] QString describe() const override;

private:
    InProcessContext m_context;
    InProcessAccountClient m_account;
    InProcessPayoutsClient m_payouts;
    InProcessDashboardsClient m_dashboards;
    InProcessProjectsClient m_projects;
    InProcessProjectAdminClient m_projectAdmin;
    InProcessChecklistAdminClient m_checklistAdmin;
    InProcessTrainingAdminClient m_trainingAdmin;
    InProcessTrainingClient m_training;
    InProcessChecklistsClient m_checklists;
    InProcessReconciliationClient m_reconciliation;
    InProcessPeopleClient m_people;
    InProcessAuditClient m_audit;
    InProcessReviewClient m_review;
    InProcessSyncClient m_sync;
};

} // namespace mikro::client
