#pragma once

#include "services/store/DatabaseConfig.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace mikro::store {

/// The one place where stored values and C++ values meet (CONVENTIONS.md §6): times are UTC,
/// bound as ISO 8601 text with `Z` (timestamptz on PostgreSQL, sortable text on SQLite).
[[nodiscard]] QVariant utcValue(const QDateTime &time);
[[nodiscard]] QVariant utcValue(const std::optional<QDateTime> &time);
/// Reads a stored time as UTC, whichever form the driver returned; null stays nullopt.
[[nodiscard]] std::optional<QDateTime> utcFromValue(const QVariant &value);

} // namespace mikro::store
