#include "tests/support/RawHttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace mikro;

/// mikro-server as a person runs it: no configuration, embedded SQLite, real signals.
class tst_ServerProcess : public QObject
{
    Q_OBJECT
private slots:
    void startsOnTheEmbeddedDefaultAndStopsOnSigterm();
    void configurationErrorsStopStartUpWithOneLine();
};

void tst_ServerProcess::startsOnTheEmbeddedDefaultAndStopsOnSigterm()
{
    QTemporaryDir home;
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto *name :
        { "DATABASE_URL", "POSTGRES_DB", "POSTGRES_USER", "POSTGRES_ENDPOINT", "SQLITE_PATH" })
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"PORT"_s, u"0"_s);
    env.insert(u"AUTH0_DOMAIN"_s, u"mikro.eu.auth0.com"_s); // not asked until a token arrives
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(MIKRO_SERVER_BIN), {});
    QVERIFY(server.waitForStarted());

    const QRegularExpression listening(
        u"listening on http://127\\.0\\.0\\.1:(\\d+) \\(store: SQLite (\\S+)"_s);
    QRegularExpressionMatch match;
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += server.readAllStandardOutput();
            match = listening.match(QString::fromUtf8(out));
            return match.hasMatch() || server.state() == QProcess::NotRunning;
        },
        30000));
    QVERIFY2(match.hasMatch(), out.constData());
    QVERIFY2(match.captured(2).startsWith(home.filePath(u"data"_s)), qPrintable(match.captured(2)));
    const auto port = static_cast<quint16>(match.captured(1).toUInt());

    const auto health = testing::fetchOnce(port, "GET /api/health HTTP/1.1\r\nHost: t\r\n\r\n");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    QCOMPARE(
        QJsonDocument::fromJson(health->body).object().value(u"status"_s).toString(), u"healthy"_s);

    // Issue 10 #9: a decoded path and a token's `alg` with line breaks write no line of their own.
    const QByteArray forgedHeader
        = QByteArray(R"({"alg":"RS256\nFORGED alg line","typ":"JWT","kid":"k\r\nFORGED kid"})")
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QVERIFY(testing::fetchOnce(port,
        "GET /api/user/fetch_users%0AFORGED%20path%20line HTTP/1.1\r\nHost: t\r\n"
        "Authorization: Bearer "
            + forgedHeader + ".e30.c2ln\r\n\r\n"));
    QVERIFY(testing::fetchOnce(port,
        "GET /api/user/fetch_users HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + forgedHeader
            + ".e30.c2ln\r\n\r\n"));

    ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
    QVERIFY(QTest::qWaitFor([&] { return server.state() == QProcess::NotRunning; }, 15000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.readAllStandardOutput().contains("shutting down gracefully"));
    const QByteArray log = server.readAllStandardError();
    QVERIFY2(log.contains("GET /api/health 200"), log.constData()); // the access log line
    QVERIFY2(log.contains("FORGED path line"), log.constData()); // logged, escaped
    for (const QByteArray &line : log.split('\n'))
        QVERIFY2(!line.startsWith("FORGED") && !line.startsWith("\rFORGED"), log.constData());
}

void tst_ServerProcess::configurationErrorsStopStartUpWithOneLine()
{
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORT"_s, u"eighty"_s);
    env.insert(u"LOG_LEVEL"_s, u"loud"_s);
    env.insert(u"POSTGRES_DB"_s, u"mikro"_s); // and neither user nor endpoint
    env.insert(u"POSTGRES_PASSWORD"_s, u"s3cret-value"_s);
    env.remove(u"AUTH0_DOMAIN"_s);
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(MIKRO_SERVER_BIN), {});
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 2);
    const QString err = QString::fromUtf8(server.readAllStandardError()).trimmed();
    QVERIFY2(!err.contains(u'\n'), qPrintable(err));
    for (const auto *name :
        { "PORT", "LOG_LEVEL", "POSTGRES_USER", "POSTGRES_ENDPOINT", "AUTH0_DOMAIN" })
        QVERIFY2(err.contains(QLatin1StringView(name)), qPrintable(err));
    QVERIFY(!err.contains(u"s3cret"_s));
}

QTEST_GUILESS_MAIN(tst_ServerProcess)
#include "tst_ServerProcess.moc"
