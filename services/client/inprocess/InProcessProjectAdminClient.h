#pragma once

#include "services/client/ProjectAdminClient.h"
#include "services/client/inprocess/Tm4Slot.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/projects/ProjectMembership.h"
#include "services/domain/projects/ProjectRequirements.h"

namespace mikro::client {

class InProcessContext;

/// ProjectAdminClient on the domain services in this process; TM4 is read through `tm4`.
class InProcessProjectAdminClient : public ProjectAdminClient
{
public:
    explicit InProcessProjectAdminClient(InProcessContext &context);

    /// Where project summaries are read from (none: creation says no TM4 is configured).
    void setTm4(domain::Tm4ProjectSource *source) { m_tm4.set(source); }

    [[nodiscard]] QFuture<core::Result<domain::BudgetEstimate>> estimate(
        const QString &url, core::Money mappingRate, core::Money validationRate) override;
    [[nodiscard]] QFuture<core::Result<domain::ProjectRow>> create(
        const domain::ProjectForm &form) override;
    [[nodiscard]] QFuture<core::Result<domain::ProjectRow>> update(
        qint64 projectId, const domain::ProjectEdit &edit) override;
    [[nodiscard]] QFuture<core::Result<void>> remove(qint64 projectId) override;
    [[nodiscard]] QFuture<core::Result<QList<qint64>>> setRequiredTrainings(
        qint64 projectId, const QList<qint64> &trainingIds) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::ProjectMember>>> members(
        qint64 projectId) override;
    [[nodiscard]] QFuture<core::Result<void>> assign(
        qint64 projectId, const QString &userId, domain::MemberRole role) override;
    [[nodiscard]] QFuture<core::Result<void>> unassign(
        qint64 projectId, const QString &userId) override;

private:
    /// The project's row as lists show it, announced as changed.
    [[nodiscard]] core::Result<domain::ProjectRow> changed(
        const domain::Caller &caller, qint64 projectId);
    /// `done` announced as a change of projects when it succeeded.
    template <typename T>
    core::Result<T> announced(core::Result<T> done);

    InProcessContext &m_context;
    Tm4Slot m_tm4;
    domain::ProjectService m_projects;
    domain::BudgetCalculator m_budgets;
    domain::ProjectDirectory m_directory;
    domain::ProjectMembership m_membership;
    domain::ProjectRequirements m_requirements;
    domain::PeopleService m_people;
};

} // namespace mikro::client
