#pragma once

#include <QDateTime>
#include <QString>

#include <utility>

namespace mikro::models {

/// The date ranges of the Payments history (UI.md §5.4 "date range"), in the person's local
/// calendar: every payment, the 30 days before now, this or last calendar month, this year.
enum class PaidPeriod { Any, Last30Days, ThisMonth, LastMonth, ThisYear };

inline constexpr PaidPeriod AllPaidPeriods[] { PaidPeriod::Any, PaidPeriod::Last30Days,
    PaidPeriod::ThisMonth, PaidPeriod::LastMonth, PaidPeriod::ThisYear };

/// [from, to) of `period` around `now` (local time); both invalid for Any.
[[nodiscard]] std::pair<QDateTime, QDateTime> periodBounds(PaidPeriod period, const QDateTime &now);
/// Whether `at` lies in `period` around `now`.
[[nodiscard]] bool inPeriod(PaidPeriod period, const QDateTime &at, const QDateTime &now);
[[nodiscard]] QString paidPeriodWord(PaidPeriod period);

} // namespace mikro::models
