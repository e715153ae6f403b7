#include "services/core/ConfigReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mikro::core::ConfigReader;

class tst_ConfigReader : public QObject
{
    Q_OBJECT
private slots:
    void everythingPresentIsOk();
    void oneLineNamesEveryProblem();
    void valuesAreNotEchoed();
    void fallbacksApplyWhenAbsent();
    void urlsMustBeHttp_data();
    void urlsMustBeHttp();
};

void tst_ConfigReader::everythingPresentIsOk()
{
    ConfigReader reader(
        { { u"AUTH0_DOMAIN"_s, u"mikro.eu.auth0.com"_s }, { u"PORT"_s, u"9090"_s } });
    QCOMPARE(reader.requiredText(u"AUTH0_DOMAIN"_s), u"mikro.eu.auth0.com"_s);
    QCOMPARE(reader.integer(u"PORT"_s, 8080, 1, 65535), 9090);
    QVERIFY(reader.finish().ok());
}

void tst_ConfigReader::oneLineNamesEveryProblem()
{
    ConfigReader reader({ { u"PORT"_s, u"eighty"_s }, { u"LOG_LEVEL"_s, u"loud"_s },
        { u"API_AUDIENCE"_s, u"   "_s } });
    (void)reader.requiredText(u"AUTH0_DOMAIN"_s);
    (void)reader.requiredText(u"API_AUDIENCE"_s);
    QCOMPARE(reader.integer(u"PORT"_s, 8080, 1, 65535), 8080);
    QCOMPARE(reader.oneOf(u"LOG_LEVEL"_s, { u"debug"_s, u"info"_s }, u"info"_s), u"info"_s);
    const auto result = reader.finish();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QByteArray("invalid_configuration"));
    const QString line = result.error().message;
    QVERIFY(!line.contains(u'\n'));
    for (const auto *name : { "AUTH0_DOMAIN", "API_AUDIENCE", "PORT", "LOG_LEVEL" })
        QVERIFY2(line.contains(QLatin1StringView(name)), qPrintable(line));
    QCOMPARE(result.error().details.value(u"missing"_s).toStringList(),
        QStringList({ u"AUTH0_DOMAIN"_s, u"API_AUDIENCE"_s }));
}

void tst_ConfigReader::valuesAreNotEchoed()
{
    ConfigReader reader({ { u"POSTGRES_PORT"_s, u"hunter2-secret"_s } });
    (void)reader.integer(u"POSTGRES_PORT"_s, 5432, 1, 65535);
    const auto result = reader.finish();
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.contains(u"hunter2"_s));
}

void tst_ConfigReader::fallbacksApplyWhenAbsent()
{
    ConfigReader reader({});
    QCOMPARE(reader.integer(u"PORT"_s, 8080, 1, 65535), 8080);
    QCOMPARE(reader.text(u"AUTH0_NAMESPACE"_s, u"mikro"_s), u"mikro"_s);
    QCOMPARE(
        reader.seconds(u"FULL_SYNC_HOURS"_s, std::chrono::seconds(5), std::chrono::seconds(10)),
        std::chrono::seconds(5));
    QVERIFY(reader.finish().ok());
}

void tst_ConfigReader::urlsMustBeHttp_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://tasks.kaart.com/api/v2"_s << true;
    QTest::newRow("http on loopback") << u"http://127.0.0.1:8111/api/v2"_s << true;
    QTest::newRow("javascript scheme") << u"javascript:alert(1)"_s << false;
    QTest::newRow("ftp") << u"ftp://example.org/"_s << false;
    QTest::newRow("no host") << u"https:///path"_s << false;
    QTest::newRow("relative") << u"/api/v2"_s << false;
}

void tst_ConfigReader::urlsMustBeHttp()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    ConfigReader reader({ { u"TM4_API_URL"_s, value } });
    const QUrl fallback(u"https://fallback.example/"_s);
    const QUrl url = reader.httpUrl(u"TM4_API_URL"_s, fallback);
    QCOMPARE(reader.finish().ok(), accepted);
    QCOMPARE(url == fallback, !accepted);
}

QTEST_GUILESS_MAIN(tst_ConfigReader)
#include "tst_ConfigReader.moc"
