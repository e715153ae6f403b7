#pragma once

#include "services/core/Result.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace mikro::core {

/// An amount of money in integer cents of the org's currency. Nothing else: no floating point in or
/// out, no division. Arithmetic that could overflow is offered only in checked form.
class Money
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {
    }
    [[nodiscard]] constexpr qint64 cents() const { return m_cents; }
    [[nodiscard]] std::optional<Money> times(qint64 count) const;
    [[nodiscard]] std::optional<Money> plus(Money other) const;
    [[nodiscard]] std::optional<Money> minus(Money other) const;

    friend constexpr auto operator<=>(const Money &, const Money &) = default;

private:
    qint64 m_cents = 0;
};

enum class SignPolicy { NonNegative, AllowNegative };

/// Largest amount API.md §1.5 accepts in a request: 1,000,000.00.
inline constexpr Money MaxRequestAmount { 100'000'000 };

/// Parses decimal text ("12", "12.5", "12.50", "-3.00" where allowed) exactly into cents. Refuses
/// more than two decimals, exponents, separators, currency signs, non-ASCII digits, whitespace
/// inside, and magnitudes above `limit`; never rounds. Error code `invalid_amount`.
[[nodiscard]] Result<Money> parseMoney(
    QStringView text, SignPolicy sign = SignPolicy::NonNegative, Money limit = MaxRequestAmount);

/// "12.50", "-3.00", "0.00": the JSON and CSV form.
[[nodiscard]] QString toDecimalString(Money amount);

/// A person-facing amount in the locale's currency format ("$12.50", "12,50 €", "-$3.00").
[[nodiscard]] QString formatMoney(Money amount, const QString &currency, const QLocale &locale);

} // namespace mikro::core
