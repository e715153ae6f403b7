#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/projects/ProjectMembers.h"

#include <QJsonObject>

namespace mikro::client {

/// API.md §2 UserRow; `validated_tasks_amounts` only when `withTaskEarnings` (the project
/// members' list leaves it out). Read back, an absent one is zero.
[[nodiscard]] JsonWriter writeUserRow(const domain::PersonSummary &person, bool withTaskEarnings);
[[nodiscard]] core::Result<domain::PersonSummary> readUserRow(const QJsonObject &object);

/// A row of `fetch_project_users`: the UserRow without task earnings, plus `assigned` ("Yes" or
/// "No", derived), `member_role` (null when not a member) and `missing_trainings`.
[[nodiscard]] JsonWriter writeProjectMember(const domain::ProjectMember &member);
[[nodiscard]] core::Result<domain::ProjectMember> readProjectMember(const QJsonObject &object);

} // namespace mikro::client
