#pragma once

#include "services/client/DashboardsClient.h"
#include "services/client/PayoutsClient.h"
#include "services/client/ProjectsClient.h"
#include "services/client/TrainingClient.h"
#include "services/client/offline/KeptReads.h"

namespace mikro::client {

/// The person's own pages offline (UI.md §6's table): their dashboard, balance and payment
/// records, projects and training read from the kept copies when the store cannot be reached.
/// Changes and the organisation's (admin) data go straight through: they need a connection, and
/// nothing of anyone else's is written to the person's file.
class OfflineDashboardsClient final : public DashboardsClient
{
public:
    OfflineDashboardsClient(DashboardsClient &inner, KeptReads &kept);
    [[nodiscard]] QFuture<core::Result<domain::PersonDashboard>> person(
        const QTimeZone &zone, Qt::DayOfWeek firstDay) override;
    [[nodiscard]] QFuture<core::Result<domain::OrgDashboard>> org(
        const QTimeZone &zone, Qt::DayOfWeek firstDay) override
    {
        return m_inner.org(zone, firstDay);
    }

private:
    DashboardsClient &m_inner;
    KeptReads &m_kept;
};

class OfflinePayoutsClient final : public PayoutsClient
{
public:
    OfflinePayoutsClient(PayoutsClient &inner, KeptReads &kept);
    [[nodiscard]] QFuture<core::Result<domain::Balance>> balance() override;
    [[nodiscard]] QFuture<core::Result<domain::PaymentRecordSet>> records() override;
    [[nodiscard]] QFuture<core::Result<domain::LedgerPage>> ledger(
        const domain::LedgerQuery &query) override
    {
        return m_inner.ledger(query);
    }
    [[nodiscard]] QFuture<core::Result<PayoutRequested>> requestPayout(
        const QString &notes) override
    {
        return m_inner.requestPayout(notes);
    }
    [[nodiscard]] QFuture<core::Result<void>> cancelRequest(qint64 requestId) override
    {
        return m_inner.cancelRequest(requestId);
    }

private:
    PayoutsClient &m_inner;
    KeptReads &m_kept;
};

class OfflineProjectsClient final : public ProjectsClient
{
public:
    OfflineProjectsClient(ProjectsClient &inner, KeptReads &kept);
    [[nodiscard]] QFuture<core::Result<domain::UserProjects>> mine() override;
    [[nodiscard]] QFuture<core::Result<domain::UserProjects>> mineAsValidator() override;
    [[nodiscard]] QFuture<core::Result<void>> join(qint64 projectId) override
    {
        return m_inner.join(projectId);
    }
    [[nodiscard]] QFuture<core::Result<void>> leave(qint64 projectId) override
    {
        return m_inner.leave(projectId);
    }
    [[nodiscard]] QFuture<core::Result<QList<domain::ProjectRow>>> organisation() override
    {
        return m_inner.organisation();
    }

private:
    [[nodiscard]] QFuture<core::Result<domain::UserProjects>> kept(
        const QString &key, bool validatorView);

    ProjectsClient &m_inner;
    KeptReads &m_kept;
};

class OfflineTrainingClient final : public TrainingClient
{
public:
    OfflineTrainingClient(TrainingClient &inner, KeptReads &kept);
    [[nodiscard]] QFuture<core::Result<QList<domain::TrainingView>>> mine() override;
    [[nodiscard]] QFuture<core::Result<domain::Quiz>> quiz(qint64 trainingId) override
    {
        return m_inner.quiz(trainingId);
    }
    [[nodiscard]] QFuture<core::Result<domain::QuizResult>> submit(
        qint64 trainingId, const QMap<qint64, qint64> &answers) override
    {
        return m_inner.submit(trainingId, answers);
    }

private:
    TrainingClient &m_inner;
    KeptReads &m_kept;
};

/// The keys of the kept copies, for the pages' "Offline — as of".
namespace keptkeys {
inline constexpr const char *PersonDashboard = "dashboard/person";
inline constexpr const char *Balance = "payouts/balance";
inline constexpr const char *PaymentRecords = "payouts/records";
inline constexpr const char *Projects = "projects/mine";
inline constexpr const char *ValidatorProjects = "projects/validator";
inline constexpr const char *Training = "training/mine";
} // namespace keptkeys

} // namespace mikro::client
