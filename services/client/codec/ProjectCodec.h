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

} // namespace mikro::client
