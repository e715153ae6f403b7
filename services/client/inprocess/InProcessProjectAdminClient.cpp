#include "services/client/inprocess/InProcessProjectAdminClient.h"

#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessProjectAdminClient::InProcessProjectAdminClient(InProcessContext &context)
    : m_context(context)
    , m_projects(context.database(), context.clock(), m_tm4)
    , m_budgets(context.database(), m_tm4)
    , m_directory(context.database())
    , m_membership(context.database(), context.clock())
    , m_requirements(context.database(), context.clock())
    , m_people(context.database(), context.clock())
{
}

template <typename T>
core::Result<T> InProcessProjectAdminClient::announced(core::Result<T> done)
{
    if (done.ok())
        m_context.feed().announce(projectAreas);
    return done;
}

core::Result<domain::ProjectRow> InProcessProjectAdminClient::changed(
    const domain::Caller &caller, qint64 projectId)
{
    auto rows = m_directory.orgProjects(caller, projectId);
    if (!rows.ok())
        return rows.error();
    return announced(core::Result<domain::ProjectRow>(rows.value().constFirst()));
}

QFuture<core::Result<domain::BudgetEstimate>> InProcessProjectAdminClient::estimate(
    const QString &url, core::Money mappingRate, core::Money validationRate)
{
    return m_context.runAsync<domain::BudgetEstimate>(
        [this, url, mappingRate, validationRate](const domain::Caller &caller) {
            return m_budgets.forUrl(caller, url, mappingRate, validationRate);
        });
}

QFuture<core::Result<domain::ProjectRow>> InProcessProjectAdminClient::create(
    const domain::ProjectForm &form)
{
    return m_context.runAsync<domain::ProjectRow>([this, form](const domain::Caller &caller) {
        // The service finishes on the store's pool, where the row is then read.
        return m_projects.create(caller, form)
            .then(
                [this, caller](
                    const core::Result<domain::Project> &made) -> core::Result<domain::ProjectRow> {
                    if (!made.ok())
                        return made.error();
                    return changed(caller, made.value().id);
                });
    });
}

QFuture<core::Result<domain::ProjectRow>> InProcessProjectAdminClient::update(
    qint64 projectId, const domain::ProjectEdit &edit)
{
    return m_context.run<domain::ProjectRow>(
        [this, projectId, edit](const domain::Caller &caller) -> core::Result<domain::ProjectRow> {
            if (auto updated = m_projects.update(caller, projectId, edit); !updated.ok())
                return updated.error();
            return changed(caller, projectId);
        });
}

QFuture<core::Result<void>> InProcessProjectAdminClient::remove(qint64 projectId)
{
    return m_context.run<void>([this, projectId](const domain::Caller &caller) {
        return announced(m_projects.remove(caller, projectId));
    });
}

QFuture<core::Result<QList<qint64>>> InProcessProjectAdminClient::setRequiredTrainings(
    qint64 projectId, const QList<qint64> &trainingIds)
{
    return m_context.run<QList<qint64>>(
        [this, projectId, trainingIds](const domain::Caller &caller) {
            return announced(m_requirements.setRequiredTrainings(caller, projectId, trainingIds));
        });
}

QFuture<core::Result<QList<domain::ProjectMember>>> InProcessProjectAdminClient::members(
    qint64 projectId)
{
    return m_context.run<QList<domain::ProjectMember>>(
        [this, projectId](const domain::Caller &caller) {
            return domain::projectMembers(m_directory, m_people, caller, projectId);
        });
}

QFuture<core::Result<void>> InProcessProjectAdminClient::assign(
    qint64 projectId, const QString &userId, domain::MemberRole role)
{
    return m_context.run<void>([this, projectId, userId, role](const domain::Caller &caller) {
        return announced(m_membership.assign(caller, projectId, userId, role));
    });
}

QFuture<core::Result<void>> InProcessProjectAdminClient::unassign(
    qint64 projectId, const QString &userId)
{
    return m_context.run<void>([this, projectId, userId](const domain::Caller &caller) {
        return announced(m_membership.unassign(caller, projectId, userId));
    });
}

} // namespace mikro::client
