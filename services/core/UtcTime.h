#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace mikro::core {

/// "2026-01-20T17:23:57Z": API.md §1.6, to the second, always UTC.
[[nodiscard]] QString toIsoUtc(const QDateTime &time);

/// "2026-01-20T17:23:57.123Z": storage form, millisecond precision, sortable as text.
[[nodiscard]] QString toIsoUtcMillis(const QDateTime &time);

/// Parses an ISO 8601 date-time. With an offset or `Z` it is converted to UTC; without either it is
/// taken as UTC (TM4's `actionDate` omits the `Z`). Fractions of a second are kept to the
/// millisecond.
[[nodiscard]] std::optional<QDateTime> parseUtc(QStringView text);

} // namespace mikro::core
