#pragma once

#include "app/server/api/JsonWriter.h"

namespace mikro::domain {
struct PersonSummary;
}

namespace mikro::server {

/// API.md §2 UserRow; `validated_tasks_amounts` only when `withTaskEarnings`.
[[nodiscard]] JsonWriter userRowJson(const domain::PersonSummary &p, bool withTaskEarnings);

} // namespace mikro::server
