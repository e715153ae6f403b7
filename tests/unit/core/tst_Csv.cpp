#include "services/core/Csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mikro::core::csvField;
using mikro::core::parseCsv;

class tst_Csv : public QObject
{
    Q_OBJECT
private slots:
    void fieldsAreQuotedWhenNeeded();
    void formulasAreDefused();
    void parsesQuotesNewlinesAndBom();
    void roundTrip();
    void malformedFilesNameTheLine_data();
    void malformedFilesNameTheLine();
};

void tst_Csv::fieldsAreQuotedWhenNeeded()
{
    QCOMPARE(csvField(u"plain"_s), u"plain"_s);
    QCOMPARE(csvField(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
}

void tst_Csv::formulasAreDefused()
{
    QCOMPARE(csvField(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    QCOMPARE(csvField(u"+1"_s), u"'+1"_s);
    QCOMPARE(csvField(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    QCOMPARE(csvField(u"-3"_s), u"'-3"_s);
}

void tst_Csv::parsesQuotesNewlinesAndBom()
{
    const auto rows = parseCsv("\xEF\xBB\xBF"
                               "a,b,c\r\n\"x,1\",\"he said \"\"no\"\"\",\"multi\nline\"\n\n3,,\n");
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 3);
    QCOMPARE(rows.value()[0], QStringList({ u"a"_s, u"b"_s, u"c"_s }));
    QCOMPARE(rows.value()[1], QStringList({ u"x,1"_s, u"he said \"no\""_s, u"multi\nline"_s }));
    QCOMPARE(rows.value()[2], QStringList({ u"3"_s, QString(), QString() }));
}

void tst_Csv::roundTrip()
{
    const QStringList fields { u"a@b.example"_s, u"12.50"_s, u"note, with \"quotes\""_s,
        u"x\ny"_s };
    const auto rows = parseCsv(mikro::core::csvLine(fields).toUtf8());
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().value(0), fields);
}

void tst_Csv::malformedFilesNameTheLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << 3;
    QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,2\n") << 2;
}

void tst_Csv::malformedFilesNameTheLine()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    const auto rows = parseCsv(data);
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, QByteArray("invalid_csv"));
    QCOMPARE(rows.error().details.value(u"line"_s).toInt(), line);
    QVERIFY(rows.error().message.contains(QString::number(line)));
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_Csv.moc"
