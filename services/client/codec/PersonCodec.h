#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/people/PeopleService.h"

#include <QJsonObject>

namespace mikro::client {

/// API.md §2 UserRow; `validated_tasks_amounts` only when `withTaskEarnings` (the project
/// members' list leaves it out). Read back, an absent one is zero.
[[nodiscard]] JsonWriter writeUserRow(const domain::PersonSummary &person, bool withTaskEarnings);
[[nodiscard]] core::Result<domain::PersonSummary> readUserRow(const QJsonObject &object);

} // namespace mikro::client
