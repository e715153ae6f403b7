#pragma once

#include "services/core/Result.h"
#include "services/domain/projects/ProjectDirectory.h"

#include <QFuture>

namespace mikro::client {

/// The signed-in person's projects (UI.md §3.2): the ones they are on with their own figures, the
/// open ones they could join, and joining and leaving; and an admin's view of the organisation's.
class ProjectsClient
{
public:
    virtual ~ProjectsClient() = default;

    /// Member projects and joinable ones (API.md `fetch_user_projects`), each list by id.
    [[nodiscard]] virtual QFuture<core::Result<domain::UserProjects>> mine() = 0;
    /// The validator's view of the same (API.md `fetch_validator_projects`): every membership
    /// with the caller's own validations and invalidations per project; joinable ones as a
    /// validator. Validators and admins.
    [[nodiscard]] virtual QFuture<core::Result<domain::UserProjects>> mineAsValidator() = 0;
    /// Joins an active, visible project as an editor; announces Projects and Dashboards.
    [[nodiscard]] virtual QFuture<core::Result<void>> join(qint64 projectId) = 0;
    /// Leaves a project (credits stay); announces Projects and Dashboards.
    [[nodiscard]] virtual QFuture<core::Result<void>> leave(qint64 projectId) = 0;
    /// Every project of the organisation with its budget and figures, by id (admins).
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::ProjectRow>>> organisation() = 0;
};

} // namespace mikro::client
