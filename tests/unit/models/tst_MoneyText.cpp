#include "models/MoneyText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

Q_DECLARE_METATYPE(mikro::models::AmountProblem)

namespace {

constexpr qint64 Refused = -999'999'999;

} // namespace

/// What people type into an amount field, read exactly in their locale (UI.md §2.3, §7).
class tst_MoneyText : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLocalesWay_data();
    void readsTheLocalesWay();
    void rulesDecideSignZeroAndLimit();
    void editingTextRoundTrips_data();
    void editingTextRoundTrips();
    void problemsHaveWords();
};

void tst_MoneyText::readsTheLocalesWay_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents"); // Refused when it is no amount
    QTest::addColumn<models::AmountProblem>("problem");
    using P = models::AmountProblem;
    QTest::newRow("en whole") << u"en_US"_s << u"12"_s << 1200LL << P::None;
    QTest::newRow("en one decimal") << u"en_US"_s << u"12.5"_s << 1250LL << P::None;
    QTest::newRow("en two decimals") << u"en_US"_s << u" 12.05 "_s << 1205LL << P::None;
    QTest::newRow("en grouped") << u"en_US"_s << u"1,234.50"_s << 123450LL << P::None;
    QTest::newRow("en grouped millions")
        << u"en_US"_s << u"1,000,000.00"_s << 100000000LL << P::None;
    QTest::newRow("en misplaced group") << u"en_US"_s << u"12,34"_s << Refused << P::NotAnAmount;
    QTest::newRow("en comma decimal") << u"en_US"_s << u"12,5"_s << Refused << P::NotAnAmount;
    QTest::newRow("en three decimals") << u"en_US"_s << u"1.005"_s << Refused << P::TooManyDecimals;
    QTest::newRow("en two points") << u"en_US"_s << u"1.2.3"_s << Refused << P::NotAnAmount;
    QTest::newRow("en exponent") << u"en_US"_s << u"1e3"_s << Refused << P::NotAnAmount;
    QTest::newRow("en symbol") << u"en_US"_s << u"$12"_s << Refused << P::NotAnAmount;
    QTest::newRow("en arabic digits") << u"en_US"_s << u"١٢"_s << Refused << P::NotAnAmount;
    QTest::newRow("en no whole digits") << u"en_US"_s << u".5"_s << Refused << P::NotAnAmount;
    QTest::newRow("en empty") << u"en_US"_s << u"  "_s << Refused << P::Empty;
    QTest::newRow("es comma decimal") << u"es_ES"_s << u"12,50"_s << 1250LL << P::None;
    // The money hole a lenient field opens: "1.5" in Spanish is neither 1.50 nor 15.
    QTest::newRow("es point is no decimal") << u"es_ES"_s << u"1.5"_s << Refused << P::NotAnAmount;
    QTest::newRow("es grouped") << u"es_ES"_s << u"1.234,50"_s << 123450LL << P::None;
    QTest::newRow("es as Qt writes it") << u"es_ES"_s << u"1234.567,50"_s << 123456750LL << P::None;
    QTest::newRow("pt_BR grouped") << u"pt_BR"_s << u"2.000,00"_s << 200000LL << P::None;
    QTest::newRow("pt_PT typed space") << u"pt_PT"_s << u"2 000,10"_s << 200010LL << P::None;
    QTest::newRow("pt_PT no-break space")
        << u"pt_PT"_s << u"2\u00a0000,10"_s << 200010LL << P::None;
    QTest::newRow("fr narrow space") << u"fr_FR"_s << u"1 000,01"_s << 100001LL << P::None;
}

void tst_MoneyText::readsTheLocalesWay()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    QFETCH(models::AmountProblem, problem);
    // A limit far above any row, so each row tests reading alone.
    const models::AmountRules rules { core::SignPolicy::NonNegative, false,
        core::Money(1'000'000'000'000) };
    const models::TypedAmount read = models::readTypedAmount(typed, QLocale(locale), rules);
    QCOMPARE(read.problem, problem);
    if (cents != Refused)
        QCOMPARE(read.value.cents(), cents);
    QCOMPARE(read.ok(), cents != Refused);
}

void tst_MoneyText::rulesDecideSignZeroAndLimit()
{
    const QLocale en(u"en_US"_s);
    using P = models::AmountProblem;
    const models::AmountRules payment { core::SignPolicy::NonNegative, false, core::Money(5000) };
    QCOMPARE(models::readTypedAmount(u"-1.00"_s, en, payment).problem, P::Negative);
    QCOMPARE(models::readTypedAmount(u"0.00"_s, en, payment).problem, P::Zero);
    QCOMPARE(models::readTypedAmount(u"50.00"_s, en, payment).value.cents(), 5000);
    QCOMPARE(models::readTypedAmount(u"50.01"_s, en, payment).problem, P::TooLarge);
    const models::AmountRules adjustment { core::SignPolicy::AllowNegative, false,
        core::Money(100'000) };
    QCOMPARE(models::readTypedAmount(u"-12.34"_s, en, adjustment).value.cents(), -1234);
    QCOMPARE(models::readTypedAmount(u"-1,000.01"_s, en, adjustment).problem, P::TooLarge);
    QCOMPARE(models::readTypedAmount(u"-0"_s, en, adjustment).problem, P::Zero);
    const models::AmountRules anything { core::SignPolicy::NonNegative, true, core::Money(1) };
    QVERIFY(models::readTypedAmount(u"0"_s, en, anything).ok());
    // Digits far past any limit are refused, not overflowed into a small amount.
    QCOMPARE(models::readTypedAmount(u"92233720368547758.07"_s, en).problem, P::NotAnAmount);
}

void tst_MoneyText::editingTextRoundTrips_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("en") << u"en_US"_s << 123450LL << u"1234.50"_s;
    QTest::newRow("es") << u"es_ES"_s << 5LL << u"0,05"_s;
    QTest::newRow("pt negative") << u"pt_BR"_s << -1000LL << u"-10,00"_s;
}

void tst_MoneyText::editingTextRoundTrips()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(models::typedAmountText(core::Money(cents), QLocale(locale)), text);
    const models::AmountRules rules { core::SignPolicy::AllowNegative, true,
        core::MaxRequestAmount };
    QCOMPARE(models::readTypedAmount(text, QLocale(locale), rules).value.cents(), cents);
}

void tst_MoneyText::problemsHaveWords()
{
    const QLocale en(u"en_US"_s);
    const models::AmountRules rules { core::SignPolicy::NonNegative, false, core::Money(5000) };
    QCOMPARE(models::amountProblemText(models::AmountProblem::TooLarge, en, u"USD"_s, rules),
        u"Enter at most $50.00."_s);
    QCOMPARE(models::amountProblemText(
                 models::AmountProblem::NotAnAmount, QLocale(u"es_ES"_s), u"EUR"_s, rules),
        u"Enter an amount such as 1234,50."_s);
    QVERIFY(models::amountProblemText(models::AmountProblem::None, en, u"USD"_s, rules).isEmpty());
    for (models::AmountProblem p :
        { models::AmountProblem::Empty, models::AmountProblem::TooManyDecimals,
            models::AmountProblem::Negative, models::AmountProblem::Zero })
        QVERIFY(!models::amountProblemText(p, en, u"USD"_s, rules).isEmpty());
}

QTEST_GUILESS_MAIN(tst_MoneyText)
#include "tst_MoneyText.moc"
