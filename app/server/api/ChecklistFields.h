#pragma once

#include "app/server/api/JsonBody.h"
#include "services/core/Result.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace mikro::server {

/// API.md §4 accepts the web front end's camelCase names and the snake_case ones: the first
/// given of `names` (an invalid value counts as given, so it is reported).
template <typename Read>
auto either(const QStringList &names, Read read) -> decltype(read(QString()))
{
    for (const QString &name : names) {
        auto value = read(name);
        if (!value.ok() || value.value())
            return value;
    }
    return read(names.constLast());
}

/// A checklist's `dueDate` (or `due_date`), `YYYY-MM-DD`; none when absent; "" or null give a
/// null date (no due date).
[[nodiscard]] core::Result<std::optional<QDate>> dueDateOf(const JsonBody &body);

} // namespace mikro::server
