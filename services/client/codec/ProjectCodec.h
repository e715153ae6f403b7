#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/projects/ProjectDirectory.h"

#include <QJsonObject>

namespace mikro::client {

/// API.md §2 Project. `source`, `budget_used_percent` and `budget_warning` are written from the
/// row and, read back, follow from it again.
[[nodiscard]] JsonWriter writeProject(const domain::ProjectRow &project);
[[nodiscard]] core::Result<domain::ProjectRow> readProject(const QJsonObject &object);

/// The answer of `fetch_user_projects` (`user_projects`, `available_projects`) and, in the
/// validator's view, of `fetch_validator_projects` (`org_active_projects`, `org_inactive_projects`,
/// with the caller's validation events and the original's spaced keys): API.md §6.
void writeUserProjects(
    JsonWriter &envelope, const domain::UserProjects &projects, bool validatorView);
[[nodiscard]] core::Result<domain::UserProjects> readUserProjects(
    const QJsonObject &answer, bool validatorView);

/// `fetch_org_projects`: the active and inactive lists as one, by id.
[[nodiscard]] core::Result<QList<domain::ProjectRow>> readOrgProjects(const QJsonObject &answer);

} // namespace mikro::client
