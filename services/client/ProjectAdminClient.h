#pragma once

#include "services/client/ChangeFeed.h"
#include "services/core/Result.h"
#include "services/domain/projects/BudgetCalculator.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/projects/ProjectMembers.h"
#include "services/domain/projects/ProjectService.h"

#include <QFuture>
#include <QList>

namespace mikro::client {

/// An admin's projects (UI.md §5.3): registering one from its Tasking Manager address with the
/// budget projected first, editing its rates, caps, listing and status, deleting one without
/// earnings, its members and its required trainings. Admins only; another organisation's
/// project is NotFound.
class ProjectAdminClient
{
public:
    virtual ~ProjectAdminClient() = default;

    /// The name, task count and budget TM4 gives for `url` at these rates; stores nothing
    /// (API.md `calculate_budget`).
    [[nodiscard]] virtual QFuture<core::Result<domain::BudgetEstimate>> estimate(
        const QString &url, core::Money mappingRate, core::Money validationRate)
        = 0;
    /// A new, inactive project (API.md `create_project`).
    [[nodiscard]] virtual QFuture<core::Result<domain::ProjectRow>> create(
        const domain::ProjectForm &form)
        = 0;
    /// The given parts of a project at once, all or nothing (API.md `update_project`).
    [[nodiscard]] virtual QFuture<core::Result<domain::ProjectRow>> update(
        qint64 projectId, const domain::ProjectEdit &edit)
        = 0;
    /// Removes a project without ledger entries (Refused `project_has_ledger` otherwise).
    [[nodiscard]] virtual QFuture<core::Result<void>> remove(qint64 projectId) = 0;
    /// Replaces the trainings the project requires; the set after the change, ascending.
    [[nodiscard]] virtual QFuture<core::Result<QList<qint64>>> setRequiredTrainings(
        qint64 projectId, const QList<qint64> &trainingIds)
        = 0;
    /// Every active person with their membership of the project (API.md `fetch_project_users`).
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::ProjectMember>>> members(
        qint64 projectId)
        = 0;
    /// Assigns under the membership rules (caps, required trainings; API.md §6).
    [[nodiscard]] virtual QFuture<core::Result<void>> assign(
        qint64 projectId, const QString &userId, domain::MemberRole role)
        = 0;
    /// Ends a membership (NotFound `not_assigned` when there is none); credits stay.
    [[nodiscard]] virtual QFuture<core::Result<void>> unassign(
        qint64 projectId, const QString &userId)
        = 0;
};

/// What a change of a project touches: its lists, the people's project counts, the dashboards.
inline const QList<ChangeFeed::Area> projectAreas { ChangeFeed::Area::Projects,
    ChangeFeed::Area::People, ChangeFeed::Area::Dashboards, ChangeFeed::Area::Audit };

} // namespace mikro::client
