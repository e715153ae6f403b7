#pragma once

#include "services/client/ProjectAdminClient.h"

namespace mikro::client {

class ApiConnection;

/// ProjectAdminClient over API.md §6 (`calculate_budget`, `create_project`, `update_project`,
/// `delete_project`, `set_required_trainings`, `assign_user_project`, `unassign_user_project`)
/// and `user/fetch_project_users`.
class HttpProjectAdminClient : public ProjectAdminClient
{
public:
    HttpProjectAdminClient(ApiConnection &api, ChangeFeed &feed);

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
    /// A command answering the changed Project under `project`.
    [[nodiscard]] QFuture<core::Result<domain::ProjectRow>> projectCommand(
        const QString &action, const QJsonObject &body);
    /// A command whose answer is only its message.
    [[nodiscard]] QFuture<core::Result<void>> command(
        const QString &action, const QJsonObject &body);

    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
