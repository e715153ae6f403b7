#include "services/store/SqlValues.h"

#include "services/core/UtcTime.h"

namespace mikro::store {

QVariant utcValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return core::toIsoUtcMillis(time);
}

QVariant utcValue(const std::optional<QDateTime> &time)
{
    return time ? utcValue(*time) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QDateTime> utcFromValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    if (value.metaType() == QMetaType::fromType<QDateTime>()) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? std::optional(time.toUTC()) : std::nullopt;
    }
    // PostgreSQL text output of timestamptz in session zone UTC: "2026-01-20 17:23:57.123+00".
    QString text = value.toString();
    if (text.size() > 10 && text[10] == u' ')
        text[10] = u'T';
    if (text.endsWith(QLatin1StringView("+00")))
        text.chop(3);
    return core::parseUtc(text);
}

} // namespace mikro::store
