#pragma once

#include "services/client/Backend.h"
#include "services/client/http/ApiConnection.h"
#include "services/client/http/HttpAccountClient.h"
#include "services/client/http/HttpAuditClient.h"
#include "services/client/http/HttpChecklistAdminClient.h"
#include "services/client/http/HttpChecklistsClient.h"
#include "services/client/http/HttpDashboardsClient.h"
#include "services/client/http/HttpPayoutsClient.h"
#include "services/client/http/HttpPeopleClient.h"
#include "services/client/http/HttpProjectAdminClient.h"
#include "services/client/http/HttpProjectsClient.h"
#include "services/client/http/HttpReconciliationClient.h"
#include "services/client/http/HttpReviewClient.h"
#include "services/client/http/HttpSyncClient.h"
#include "services/client/http/HttpTrainingAdminClient.h"
#include "services/client/http/HttpTrainingClient.h"

namespace mikro::client {

/// The desktop's default backend: API.md over one ApiConnection with the session's token.
class HttpBackend : public Backend
{
public:
    HttpBackend(QNetworkAccessManager &network, const QUrl &server, TokenSource tokens,
        std::chrono::milliseconds timeout = ApiConnection::DefaultTimeout);

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
    ApiConnection m_api;
    HttpAccountClient m_account;
    HttpPayoutsClient m_payouts;
    HttpDashboardsClient m_dashboards;
    HttpProjectsClient m_projects;
    HttpProjectAdminClient m_projectAdmin;
    HttpChecklistAdminClient m_checklistAdmin;
    HttpTrainingAdminClient m_trainingAdmin;
    HttpTrainingClient m_training;
    HttpChecklistsClient m_checklists;
    HttpReconciliationClient m_reconciliation;
    HttpPeopleClient m_people;
    HttpAuditClient m_audit;
    HttpReviewClient m_review;
    HttpSyncClient m_sync;
};

} // namespace mikro::client
