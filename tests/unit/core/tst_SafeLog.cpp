#include "services/core/SafeLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

/// Log lines cannot be forged (issue 10 #9): every control character is written visibly.
class tst_SafeLog : public QObject
{
    Q_OBJECT
private slots:
    void controlCharactersAreEscaped_data();
    void controlCharactersAreEscaped();
    void jsonLinesAreOneObjectEach();
};

void tst_SafeLog::controlCharactersAreEscaped_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"GET /api/health 200"_s << u"GET /api/health 200"_s;
    QTest::newRow("newline") << u"a\nINFO forged"_s << u"a\\nINFO forged"_s;
    QTest::newRow("carriage return") << u"a\r\nb"_s << u"a\\r\\nb"_s;
    QTest::newRow("tab and escape") << u"\t\x1b[2J"_s << u"\\t\\x1b[2J"_s;
    QTest::newRow("nul and delete") << u"a\0b\x7f"_s << u"a\\x00b\\x7f"_s;
    QTest::newRow("unicode line separators")
        << u"a\u2028b\u2029c\u0085"_s << u"a\\u2028b\\u2029c\\u0085"_s;
    QTest::newRow("letters stay") << u"Tarea validada — ñ ç 中"_s << u"Tarea validada — ñ ç 中"_s;
}

void tst_SafeLog::controlCharactersAreEscaped()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    const QString escaped = mikro::core::escapeForLog(in);
    QCOMPARE(escaped, out);
    for (const QChar c : escaped)
        QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f);
}

/// LOG_FORMAT=json: one object a line with its time, level, category and the escaped message.
void tst_SafeLog::jsonLinesAreOneObjectEach()
{
    const QDateTime at(QDate(2026, 12, 7), QTime(5, 1, 2, 345), QTimeZone::utc());
    const QByteArray line = mikro::core::jsonLogLine(
        QtInfoMsg, "mikro.http.access", u"POST /api/x 200\n{\"forged\":1}"_s, at);
    QVERIFY(!line.contains('\n'));
    QJsonParseError error {};
    const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"time"_s).toString(), u"2026-12-07T05:01:02.345Z"_s);
    QCOMPARE(o.value(u"level"_s).toString(), u"info"_s);
    QCOMPARE(o.value(u"category"_s).toString(), u"mikro.http.access"_s);
    QCOMPARE(o.value(u"message"_s).toString(), u"POST /api/x 200\\n{\"forged\":1}"_s);
    QCOMPARE(o.keys().size(), 4);
    QCOMPARE(
        QJsonDocument::fromJson(mikro::core::jsonLogLine(QtCriticalMsg, nullptr, u"down"_s, at))
            .object()
            .value(u"level"_s)
            .toString(),
        u"error"_s);
}

QTEST_GUILESS_MAIN(tst_SafeLog)
#include "tst_SafeLog.moc"
