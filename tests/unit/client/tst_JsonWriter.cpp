#include "services/client/codec/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using mikro::client::JsonWriter;

/// JsonWriter writes plain text itself and hands anything that needs escaping to Qt's writer:
/// every string must come out byte for byte as QJsonDocument writes it, and read back the same.
class tst_JsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsAreWrittenAsQtWritesThem_data();
    void stringsAreWrittenAsQtWritesThem();
    void nestedObjectsAndArrays();
};

void tst_JsonWriter::stringsAreWrittenAsQtWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"Payment Request 12 has been processed"_s;
    QTest::newRow("slash and symbols") << u"a/b <c> & 'd' {e} [f] 100%"_s;
    QTest::newRow("accents") << u"José Gonçalves, São Paulo"_s;
    QTest::newRow("other scripts") << u"Ελληνικά 日本語 العربية"_s;
    QTest::newRow("emoji (a surrogate pair)") << u"ok 😀"_s;
    QTest::newRow("quote") << u"say \"hi\""_s;
    QTest::newRow("backslash") << u"C:\\temp"_s;
    QTest::newRow("controls") << u"a\tb\nc\rd\be\ff\u0001g"_s;
    QTest::newRow("DEL") << u"a\u007fb"_s;
    QTest::newRow("line separator") << u"a\u2028b\u2029c"_s;
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) + u"x"_s;
    QTest::newRow("lone low surrogate") << u"x"_s + QString(QChar(0xDC00));
    QTest::newRow("NUL") << QString(QChar(0)) + u"after"_s;
}

void tst_JsonWriter::stringsAreWrittenAsQtWritesThem()
{
    QFETCH(QString, text);
    const QByteArray ours = JsonWriter::object().field(text, text).finish();
    const QByteArray qts
        = QJsonDocument(QJsonObject { { text, text } }).toJson(QJsonDocument::Compact);
    QCOMPARE(ours, qts);
    const QJsonObject back = QJsonDocument::fromJson(ours).object();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.constBegin().value().toString(), back.constBegin().key());
}

void tst_JsonWriter::nestedObjectsAndArrays()
{
    QList<JsonWriter> rows;
    rows << JsonWriter::object().field(u"id"_s, qint64(1)).field(u"name"_s, u"Ana"_s)
         << JsonWriter::object() << JsonWriter::object().field(u"ok"_s, true);
    const QByteArray out = JsonWriter::object()
                               .array(u"rows"_s, rows)
                               .array(u"none"_s, {})
                               .nested(u"empty"_s, JsonWriter::object())
                               .nested(u"one"_s, JsonWriter::object().field(u"n"_s, qint64(2)))
                               .finish();
    QCOMPARE(out,
        QByteArray(R"({"rows":[{"id":1,"name":"Ana"},{},{"ok":true}],"none":[],"empty":{},)"
                   R"("one":{"n":2}})"));
    QCOMPARE(JsonWriter::object().finish(), QByteArray("{}"));
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_JsonWriter.moc"
