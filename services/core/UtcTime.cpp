#include "services/core/UtcTime.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mikro::core {

QString toIsoUtc(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QString toIsoUtcMillis(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

std::optional<QDateTime> parseUtc(QStringView text)
{
    const QString s = text.trimmed().toString();
    // Qt's ISODateWithMs reads no zone as local time; we decide the zone ourselves.
    const bool hasZone = s.endsWith(u'Z') || s.endsWith(u'z')
        || (s.size() > 19 && (s.lastIndexOf(u'+') > 18 || s.lastIndexOf(u'-') > 18));
    if (s.size() < 19 || s[10] != u'T')
        return std::nullopt;
    QDateTime parsed;
    if (hasZone) {
        parsed = QDateTime::fromString(s, Qt::ISODateWithMs);
    } else {
        parsed = QDateTime::fromString(s + u'Z', Qt::ISODateWithMs);
    }
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace mikro::core
