#include "services/core/UtcTime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_UtcTime : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refusesGarbage();
    void formatsInUtcWhateverTheLocalZone();
};

void tst_UtcTime::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    // TM4 writes actionDate with and without the Z; both mean UTC.
    QTest::newRow("TM4 with Z and microseconds")
        << u"2020-09-04T14:35:20.174515Z"_s << u"2020-09-04T14:35:20Z"_s;
    QTest::newRow("TM4 without Z is UTC, not local")
        << u"2020-09-04T14:35:20.174515"_s << u"2020-09-04T14:35:20Z"_s;
    QTest::newRow("plain seconds with Z") << u"2026-01-20T17:23:57Z"_s << u"2026-01-20T17:23:57Z"_s;
    QTest::newRow("offset converted to UTC")
        << u"2026-01-20T19:23:57+02:00"_s << u"2026-01-20T17:23:57Z"_s;
    QTest::newRow("negative offset") << u"2026-01-20T12:23:57-05:00"_s << u"2026-01-20T17:23:57Z"_s;
}

void tst_UtcTime::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const auto parsed = mikro::core::parseUtc(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(mikro::core::toIsoUtc(*parsed), utc);
}

void tst_UtcTime::refusesGarbage()
{
    QVERIFY(!mikro::core::parseUtc(u"yesterday"_s).has_value());
    QVERIFY(!mikro::core::parseUtc(u"2026-01-20"_s).has_value());
    QVERIFY(!mikro::core::parseUtc(u"2026-13-40T99:00:00Z"_s).has_value());
    QVERIFY(!mikro::core::parseUtc(u"Invalid Date"_s).has_value());
}

void tst_UtcTime::formatsInUtcWhateverTheLocalZone()
{
    // The suite runs with TZ=Pacific/Auckland: a local time must still print as UTC.
    const QDateTime local(QDate(2026, 1, 21), QTime(6, 23, 57), Qt::LocalTime);
    QCOMPARE(mikro::core::toIsoUtc(local), u"2026-01-20T17:23:57Z"_s);
    QCOMPARE(mikro::core::toIsoUtcMillis(local), u"2026-01-20T17:23:57.000Z"_s);
}

QTEST_GUILESS_MAIN(tst_UtcTime)
#include "tst_UtcTime.moc"
