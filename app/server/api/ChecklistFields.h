#pragma once

#include "app/server/api/FieldChecks.h"
#include "app/server/api/JsonBody.h"
#include "services/core/Result.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace mikro::server {

/// A checklist's `dueDate` (or `due_date`), `YYYY-MM-DD`; none when absent; "" or null give a
/// null date (no due date).
[[nodiscard]] core::Result<std::optional<QDate>> dueDateOf(const JsonBody &body);

} // namespace mikro::server
