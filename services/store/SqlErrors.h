#pragma once

#include "services/core/Error.h"

#include <QSqlError>

namespace mikro::store {

/// Which database rule a failed statement broke, the same on PostgreSQL and SQLite.
enum class Constraint { None, Unique, ForeignKey, Check, NotNull, AppendOnly };

[[nodiscard]] Constraint violatedConstraint(const QSqlError &error);

/// Classifies a failed statement where it is understood (CONVENTIONS.md §4): a unique violation is
/// Conflict `duplicate`, other constraint violations Conflict `constraint_violation` (with
/// details.constraint), a lost or busy connection Unavailable `service_unavailable`, anything
/// else Internal. The SQL and driver text go to `diagnostic` only; failures are logged here.
[[nodiscard]] core::Error sqlFailure(const QSqlError &error, const QString &statement);

} // namespace mikro::store
