#include "models/MoneyText.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace mikro::models {

namespace {

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// A plain space typed where the locale groups with a no-break space counts as that space.
QString withLocaleSpaces(QStringView text, const QString &group)
{
    QString s = text.toString();
    if (group == QStringLiteral("\u00a0") || group == QStringLiteral("\u202f"))
        s.replace(u' ', group);
    return s;
}

/// The whole part without its group separators, or nothing when they are misplaced: every group
/// after the first has three digits and the first one to three, or the text is exactly how the
/// locale writes the number.
std::optional<QString> ungrouped(QStringView whole, const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    if (group.isEmpty() || !whole.contains(group))
        return whole.toString();
    const QStringList groups = whole.toString().split(group);
    const QString digits = groups.join(QString());
    if (!isAsciiDigits(digits))
        return std::nullopt;
    bool threes = groups.first().size() >= 1 && groups.first().size() <= 3;
    for (qsizetype i = 1; threes && i < groups.size(); ++i)
        threes = groups.at(i).size() == 3;
    if (threes)
        return digits;
    bool fits = false;
    const qlonglong value = digits.toLongLong(&fits);
    if (fits && locale.toString(value) == whole)
        return digits;
    return std::nullopt;
}

} // namespace

TypedAmount readTypedAmount(QStringView text, const QLocale &locale, const AmountRules &rules)
{
    const QString group = locale.groupSeparator();
    const QString typed = withLocaleSpaces(text.trimmed(), group);
    if (typed.isEmpty())
        return { {}, AmountProblem::Empty };
    QStringView rest(typed);
    const bool negative = rest.startsWith(u'-') || rest.startsWith(locale.negativeSign());
    if (negative)
        rest = rest.sliced(rest.startsWith(u'-') ? 1 : locale.negativeSign().size());
    const QString decimal = locale.decimalPoint();
    const qsizetype point = rest.indexOf(decimal);
    if (point >= 0 && rest.indexOf(decimal, point + 1) >= 0)
        return { {}, AmountProblem::NotAnAmount };
    const QStringView wholeText = point >= 0 ? rest.first(point) : rest;
    const QStringView fraction = point >= 0 ? rest.sliced(point + decimal.size()) : QStringView();
    const std::optional<QString> whole = ungrouped(wholeText, locale);
    if (!whole || !isAsciiDigits(*whole) || (point >= 0 && !isAsciiDigits(fraction)))
        return { {}, AmountProblem::NotAnAmount };
    if (fraction.size() > 2)
        return { {}, AmountProblem::TooManyDecimals };
    const QString canonical = point >= 0 ? *whole + u'.' + fraction.toString() : *whole;
    // parseMoney reads the canonical form exactly; sign and limit are checked here so that each
    // has its own sentence.
    const core::Result<core::Money> parsed = core::parseMoney(
        canonical, core::SignPolicy::NonNegative, core::Money(std::numeric_limits<qint64>::max()));
    if (!parsed.ok())
        return { {}, AmountProblem::NotAnAmount };
    if (negative && rules.sign != core::SignPolicy::AllowNegative)
        return { {}, AmountProblem::Negative };
    if (parsed.value() == core::Money() && !rules.allowZero)
        return { {}, AmountProblem::Zero };
    if (parsed.value() > rules.limit)
        return { {}, AmountProblem::TooLarge };
    const core::Money value = negative ? core::Money(-parsed.value().cents()) : parsed.value();
    return { value, AmountProblem::None };
}

QString typedAmountText(core::Money amount, const QLocale &locale)
{
    QString text = core::toDecimalString(amount);
    return text.replace(u'.', locale.decimalPoint());
}

QString amountProblemText(
    AmountProblem problem, const QLocale &locale, const QString &currency, const AmountRules &rules)
{
    switch (problem) {
    case AmountProblem::None:
        return {};
    case AmountProblem::Empty:
        return QCoreApplication::translate("mikro::models::MoneyText", "Enter an amount.");
    case AmountProblem::NotAnAmount:
        return QCoreApplication::translate(
            "mikro::models::MoneyText", "Enter an amount such as %1.")
            .arg(typedAmountText(core::Money(123'450), locale));
    case AmountProblem::TooManyDecimals:
        return QCoreApplication::translate("mikro::models::MoneyText", "Use at most two decimals.");
    case AmountProblem::Negative:
        return rules.allowZero ? QCoreApplication::translate(
                   "mikro::models::MoneyText", "Enter an amount of zero or more.")
                               : QCoreApplication::translate("mikro::models::MoneyText",
                                   "Enter an amount greater than zero.");
    case AmountProblem::Zero:
        return rules.sign == core::SignPolicy::AllowNegative
            ? QCoreApplication::translate(
                "mikro::models::MoneyText", "Enter an amount other than zero.")
            : QCoreApplication::translate(
                "mikro::models::MoneyText", "Enter an amount greater than zero.");
    case AmountProblem::TooLarge:
        if (rules.sign == core::SignPolicy::AllowNegative)
            return QCoreApplication::translate(
                "mikro::models::MoneyText", "Enter an amount from %1 to %2.")
                .arg(core::formatMoney(core::Money(-rules.limit.cents()), currency, locale),
                    core::formatMoney(rules.limit, currency, locale));
        return QCoreApplication::translate("mikro::models::MoneyText", "Enter at most %1.")
            .arg(core::formatMoney(rules.limit, currency, locale));
    }
    return {};
}

} // namespace mikro::models
