#include "models/payments/PaidPeriod.h"

#include <QCoreApplication>

namespace mikro::models {

std::pair<QDateTime, QDateTime> periodBounds(PaidPeriod period, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QDate today = local.date();
    const QDate month(today.year(), today.month(), 1);
    const auto start = [](QDate day) { return day.startOfDay(); };
    switch (period) {
    case PaidPeriod::Any:
        return {};
    case PaidPeriod::Last30Days:
        return { local.addDays(-30), local.addSecs(1) };
    case PaidPeriod::ThisMonth:
        return { start(month), start(month.addMonths(1)) };
    case PaidPeriod::LastMonth:
        return { start(month.addMonths(-1)), start(month) };
    case PaidPeriod::ThisYear:
        return { start(QDate(today.year(), 1, 1)), start(QDate(today.year() + 1, 1, 1)) };
    }
    return {};
}

bool inPeriod(PaidPeriod period, const QDateTime &at, const QDateTime &now)
{
    const auto [from, to] = periodBounds(period, now);
    return !from.isValid() || (at >= from && at < to);
}

QString paidPeriodWord(PaidPeriod period)
{
    const auto word = [](const char *text) {
        return QCoreApplication::translate("mikro::models::PaidPeriod", text);
    };
    switch (period) {
    case PaidPeriod::Any:
        return word(QT_TRANSLATE_NOOP("mikro::models::PaidPeriod", "Any date"));
    case PaidPeriod::Last30Days:
        return word(QT_TRANSLATE_NOOP("mikro::models::PaidPeriod", "Last 30 days"));
    case PaidPeriod::ThisMonth:
        return word(QT_TRANSLATE_NOOP("mikro::models::PaidPeriod", "This month"));
    case PaidPeriod::LastMonth:
        return word(QT_TRANSLATE_NOOP("mikro::models::PaidPeriod", "Last month"));
    case PaidPeriod::ThisYear:
        return word(QT_TRANSLATE_NOOP("mikro::models::PaidPeriod", "This year"));
    }
    return {};
}

} // namespace mikro::models
