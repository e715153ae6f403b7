#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace mikro::ui {

/// A country as the onboarding wizard and the Account page offer it (UI.md §1.3): its name in the
/// display language, and the English name the profile stores (so that everyone's profile reads
/// alike whatever language they used).
struct Country
{
    QString code; ///< ISO 3166-1 alpha-2
    QString shown;
    QString stored;
};

/// Every country Qt knows, named in `display`'s language by ICU's CLDR data, sorted for that
/// language.
[[nodiscard]] QList<Country> countryNames(const QLocale &display);
/// The country a stored text names (its English or displayed name or its ISO code, any case).
[[nodiscard]] std::optional<Country> findCountry(
    const QList<Country> &countries, const QString &text);

} // namespace mikro::ui
