#include "ui/dialogs/CountryNames.h"

#include <QCollator>

#include <algorithm>
#include <array>
#include <unicode/uloc.h>

namespace mikro::ui {

namespace {

/// ICU's name of the region `code` in the language of `displayLocale` ("es_MX").
QString displayCountry(const QString &code, const QByteArray &displayLocale)
{
    const QByteArray region = "_" + code.toLatin1();
    std::array<UChar, 128> buffer {};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(region.constData(), displayLocale.constData(),
        buffer.data(), static_cast<int32_t>(buffer.size()), &status);
    if (U_FAILURE(status) || length <= 0)
        return {};
    return QString::fromUtf16(buffer.data(), length);
}

} // namespace

QList<Country> countryNames(const QLocale &display)
{
    const QByteArray language = display.name().toLatin1();
    QList<Country> out;
    for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
        const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(t));
        if (code.size() != 2 || !code.at(0).isLetter())
            continue; // regions such as "Latin America" (419) are not countries
        const QString english = displayCountry(code, "en");
        const QString shown = displayCountry(code, language);
        if (english.isEmpty() || english == code)
            continue;
        out << Country { code, shown.isEmpty() ? english : shown, english };
    }
    QCollator collator(display);
    std::sort(out.begin(), out.end(),
        [&](const Country &a, const Country &b) { return collator.compare(a.shown, b.shown) < 0; });
    return out;
}

std::optional<Country> findCountry(const QList<Country> &countries, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Country &c : countries)
        if (c.stored.compare(wanted, Qt::CaseInsensitive) == 0
            || c.shown.compare(wanted, Qt::CaseInsensitive) == 0
            || c.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

} // namespace mikro::ui
