#include "services/core/Money.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mikro::core::Money;
using mikro::core::SignPolicy;

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void parsesExactly_data();
    void parsesExactly();
    void refuses_data();
    void refuses();
    void negativeOnlyWhereAllowed();
    void limitIsInclusive();
    void decimalString_data();
    void decimalString();
    void roundTripsEveryCentOfTheFirstThousandDollars();
    void checkedArithmeticReportsOverflow();
    void formatsForPeople_data();
    void formatsForPeople();
};

void tst_Money::parsesExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("whole dollars") << u"12"_s << qint64(1200);
    QTest::newRow("one decimal") << u"12.5"_s << qint64(1250);
    QTest::newRow("two decimals") << u"12.34"_s << qint64(1234);
    QTest::newRow("a tenth is ten cents, not 9.999…") << u"0.1"_s << qint64(10);
    QTest::newRow("one cent") << u"0.01"_s << qint64(1);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("zero with decimals") << u"0.00"_s << qint64(0);
    QTest::newRow("surrounding spaces trimmed") << u"  7.05 "_s << qint64(705);
    QTest::newRow("one million, the limit") << u"1000000.00"_s << qint64(100000000);
    QTest::newRow("float trap 1.15") << u"1.15"_s << qint64(115);
    QTest::newRow("float trap 4.35") << u"4.35"_s << qint64(435);
}

void tst_Money::parsesExactly()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto parsed = mikro::core::parseMoney(text);
    QVERIFY2(parsed.ok(), qPrintable(text));
    QCOMPARE(parsed.value().cents(), cents);
}

void tst_Money::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("three decimals are never rounded") << u"12.345"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("upper exponent") << u"1E2"_s;
    QTest::newRow("thousands separator") << u"1,000.00"_s;
    QTest::newRow("comma decimal (de_DE habit)") << u"12,50"_s;
    QTest::newRow("space inside") << u"1 000"_s;
    QTest::newRow("non-breaking space") << u"1\u00a0000"_s;
    QTest::newRow("currency sign") << u"$12"_s;
    QTest::newRow("currency code") << u"12 USD"_s;
    QTest::newRow("plus sign") << u"+12"_s;
    QTest::newRow("minus where not allowed") << u"-12"_s;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s;
    QTest::newRow("fullwidth digits") << u"\uff11\uff12"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u"   "_s;
    QTest::newRow("bare point") << u"."_s;
    QTest::newRow("no leading digit") << u".5"_s;
    QTest::newRow("no digits after point") << u"5."_s;
    QTest::newRow("leading zero") << u"012"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("NaN") << u"NaN"_s;
    QTest::newRow("infinity") << u"inf"_s;
    QTest::newRow("above one million") << u"1000000.01"_s;
    QTest::newRow("would overflow qint64") << u"92233720368547758.08"_s;
    QTest::newRow("twenty digits") << u"99999999999999999999"_s;
    QTest::newRow("two points") << u"1.2.3"_s;
}

void tst_Money::refuses()
{
    QFETCH(QString, text);
    const auto parsed = mikro::core::parseMoney(text);
    QVERIFY2(!parsed.ok(), qPrintable(text));
    QCOMPARE(parsed.error().code, QByteArray("invalid_amount"));
    QCOMPARE(parsed.error().kind, mikro::core::ErrorKind::InvalidInput);
    QVERIFY(!parsed.error().message.isEmpty());
}

void tst_Money::negativeOnlyWhereAllowed()
{
    const auto debit = mikro::core::parseMoney(u"-3.5"_s, SignPolicy::AllowNegative);
    QVERIFY(debit.ok());
    QCOMPARE(debit.value(), Money(-350));
    QVERIFY(!mikro::core::parseMoney(u"--3"_s, SignPolicy::AllowNegative).ok());
    QVERIFY(!mikro::core::parseMoney(u"-1000000.01"_s, SignPolicy::AllowNegative).ok());
}

void tst_Money::limitIsInclusive()
{
    QVERIFY(mikro::core::parseMoney(u"5.00"_s, SignPolicy::NonNegative, Money(500)).ok());
    QVERIFY(!mikro::core::parseMoney(u"5.01"_s, SignPolicy::NonNegative, Money(500)).ok());
}

void tst_Money::decimalString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("one cent") << qint64(1) << u"0.01"_s;
    QTest::newRow("ten cents") << qint64(10) << u"0.10"_s;
    QTest::newRow("twelve fifty") << qint64(1250) << u"12.50"_s;
    QTest::newRow("minus three") << qint64(-300) << u"-3.00"_s;
    QTest::newRow("minus one cent") << qint64(-1) << u"-0.01"_s;
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
}

void tst_Money::decimalString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(mikro::core::toDecimalString(Money(cents)), text);
}

void tst_Money::roundTripsEveryCentOfTheFirstThousandDollars()
{
    for (qint64 cents = 0; cents <= 100000; ++cents) {
        const QString text = mikro::core::toDecimalString(Money(cents));
        const auto parsed = mikro::core::parseMoney(text);
        if (!parsed.ok() || parsed.value().cents() != cents)
            QFAIL(qPrintable(u"round trip broke at %1 (%2)"_s.arg(cents).arg(text)));
    }
}

void tst_Money::checkedArithmeticReportsOverflow()
{
    QCOMPARE(Money(250).times(4), std::optional(Money(1000)));
    QCOMPARE(Money(std::numeric_limits<qint64>::max() / 2 + 1).times(2), std::nullopt);
    QCOMPARE(Money(1).plus(Money(2)), std::optional(Money(3)));
    QCOMPARE(Money(std::numeric_limits<qint64>::max()).plus(Money(1)), std::nullopt);
    QCOMPARE(Money(std::numeric_limits<qint64>::min()).minus(Money(1)), std::nullopt);
    QVERIFY(Money(1) < Money(2));
}

void tst_Money::formatsForPeople_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("US dollars") << qint64(123456) << u"USD"_s << u"en_US"_s << u"$1,234.56"_s;
    QTest::newRow("US negative, written with a minus, not parentheses")
        << qint64(-300) << u"USD"_s << u"en_US"_s << u"-$3.00"_s;
    QTest::newRow("euro in Germany")
        << qint64(123456) << u"EUR"_s << u"de_DE"_s << u"1.234,56\u00a0€"_s;
    QTest::newRow("the C locale writes as English, not 15.50$")
        << qint64(1550) << u"USD"_s << u"C"_s << u"$15.50"_s;
    QTest::newRow("real in Brazil") << qint64(1550) << u"BRL"_s << u"pt_BR"_s << u"R$\u00a015,50"_s;
    QTest::newRow("unknown currency shows its code")
        << qint64(5) << u"XOF"_s << u"en_US"_s << u"XOF0.05"_s;
}

void tst_Money::formatsForPeople()
{
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(mikro::core::formatMoney(Money(cents), currency, QLocale(locale)), text);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_Money.moc"
