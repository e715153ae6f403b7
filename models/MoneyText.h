#pragma once

#include "services/core/Money.h"

#include <QLocale>
#include <QString>
#include <QStringView>

namespace mikro::models {

/// Why typed text is not an amount; each has its words in amountProblemText.
enum class AmountProblem { None, Empty, NotAnAmount, TooManyDecimals, Negative, Zero, TooLarge };

/// What a field accepts: a sign, whether zero is an amount there, and the largest magnitude.
struct AmountRules
{
    core::SignPolicy sign = core::SignPolicy::NonNegative;
    bool allowZero = false;
    core::Money limit = core::MaxRequestAmount;
};

/// An amount as a person typed it: its exact value in cents when there is no problem.
struct TypedAmount
{
    core::Money value;
    AmountProblem problem = AmountProblem::None;

    [[nodiscard]] bool ok() const { return problem == AmountProblem::None; }
};

/// Reads what a person typed into an amount field (UI.md §2.3, §7): digits with the display
/// locale's decimal separator ("12,50" in Spanish, "12.50" in English), group separators only in
/// whole groups of three or as the locale itself writes them ("1.234,50"; a plain space stands for
/// a no-break one), at most two decimals, and within `rules`. Exactly into cents through
/// core::parseMoney: never through floating point, never rounded. "1.5" in Spanish is refused, not
/// read as 15.
[[nodiscard]] TypedAmount readTypedAmount(
    QStringView text, const QLocale &locale, const AmountRules &rules = {});

/// An amount as the field shows it for editing: the locale's decimal separator, two decimals, no
/// group separators and no currency ("1234,50").
[[nodiscard]] QString typedAmountText(core::Money amount, const QLocale &locale);

/// The translated sentence under the field for a problem; the rules' limit is written with the
/// currency.
[[nodiscard]] QString amountProblemText(AmountProblem problem, const QLocale &locale,
    const QString &currency, const AmountRules &rules);

} // namespace mikro::models
