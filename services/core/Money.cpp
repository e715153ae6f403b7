#include "services/core/Money.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace mikro::core {

namespace {

Error invalidAmount(const QString &diagnostic)
{
    return Error::make(ErrorKind::InvalidInput, "invalid_amount",
        QCoreApplication::translate("mikro::core::Money",
            "Enter an amount like 12.50: digits, at most two decimals, no signs or "
            "separators."),
        diagnostic);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString currencySymbol(const QString &currency)
{
    static const struct
    {
        const char16_t *code;
        const char16_t *symbol;
    } symbols[] = { { u"USD", u"$" }, { u"EUR", u"€" }, { u"GBP", u"£" }, { u"CAD", u"CA$" },
        { u"AUD", u"A$" }, { u"JPY", u"¥" }, { u"BRL", u"R$" }, { u"INR", u"₹" } };
    for (const auto &s : symbols) {
        if (currency == QStringView(s.code))
            return QString::fromUtf16(s.symbol);
    }
    return currency;
}

} // namespace

std::optional<Money> Money::times(qint64 count) const
{
    qint64 out = 0;
    if (qMulOverflow(m_cents, count, &out))
        return std::nullopt;
    return Money(out);
}

std::optional<Money> Money::plus(Money other) const
{
    qint64 out = 0;
    if (qAddOverflow(m_cents, other.m_cents, &out))
        return std::nullopt;
    return Money(out);
}

std::optional<Money> Money::minus(Money other) const
{
    qint64 out = 0;
    if (qSubOverflow(m_cents, other.m_cents, &out))
        return std::nullopt;
    return Money(out);
}

Result<Money> parseMoney(QStringView text, SignPolicy sign, Money limit)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return invalidAmount(u"empty amount"_s);
    qsizetype i = 0;
    bool negative = false;
    if (s.front() == u'-') {
        if (sign != SignPolicy::AllowNegative)
            return invalidAmount(u"negative amount not allowed here"_s);
        negative = true;
        ++i;
    }
    const qsizetype wholeStart = i;
    while (i < s.size() && isAsciiDigit(s[i]))
        ++i;
    const qsizetype wholeDigits = i - wholeStart;
    if (wholeDigits == 0)
        return invalidAmount(u"no digits before the decimal point"_s);
    if (wholeDigits > 1 && s[wholeStart] == u'0')
        return invalidAmount(u"leading zero"_s);
    // More than 15 whole digits cannot fit a qint64 of cents; the limit check below is exact.
    if (wholeDigits > 15)
        return invalidAmount(u"too many digits"_s);
    qint64 whole = 0;
    for (qsizetype k = wholeStart; k < wholeStart + wholeDigits; ++k)
        whole = whole * 10 + (s[k].unicode() - u'0');
    qint64 fraction = 0;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        const qsizetype fracStart = i;
        while (i < s.size() && isAsciiDigit(s[i]))
            ++i;
        const qsizetype fracDigits = i - fracStart;
        if (fracDigits == 0)
            return invalidAmount(u"no digits after the decimal point"_s);
        if (fracDigits > 2)
            return invalidAmount(u"more than two decimals"_s);
        fraction = s[fracStart].unicode() - u'0';
        fraction
            = fracDigits == 2 ? fraction * 10 + (s[fracStart + 1].unicode() - u'0') : fraction * 10;
    }
    if (i != s.size())
        return invalidAmount(u"unexpected character at position %1"_s.arg(i + 1));
    const qint64 cents = whole * 100 + fraction;
    if (cents > limit.cents())
        return invalidAmount(u"amount above the limit"_s);
    return Money(negative ? -cents : cents);
}

QString toDecimalString(Money amount)
{
    const qint64 cents = amount.cents();
    // Work in unsigned so that the most negative qint64 has a magnitude too.
    const quint64 magnitude
        = cents < 0 ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    const quint64 rest = magnitude % 100;
    QString out = cents < 0 ? u"-"_s : QString();
    out += QString::number(magnitude / 100);
    out += u'.';
    out += QChar(u'0' + static_cast<char16_t>(rest / 10));
    out += QChar(u'0' + static_cast<char16_t>(rest % 10));
    return out;
}

QString formatMoney(Money amount, const QString &currency, const QLocale &locale)
{
    // The C locale (LANG unset) has no currency conventions: write amounts as English does.
    const QLocale shown = locale.language() == QLocale::C
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : locale;
    const qint64 cents = amount.cents();
    const quint64 magnitude
        = cents < 0 ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    QString text = shown.toCurrencyString(magnitude / 100, currencySymbol(currency));
    // toCurrencyString gives whole units; the cents go right after the last digit it wrote.
    qsizetype lastDigit = -1;
    for (qsizetype k = text.size() - 1; k >= 0; --k) {
        if (text[k].isDigit()) {
            lastDigit = k;
            break;
        }
    }
    const quint64 rest = magnitude % 100;
    const QString centsText
        = shown.decimalPoint() + shown.toString(rest / 10) + shown.toString(rest % 10);
    text.insert(lastDigit + 1, centsText);
    if (cents < 0)
        text.prepend(shown.negativeSign());
    return text;
}

} // namespace mikro::core
