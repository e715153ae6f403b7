#include "services/client/http/ApiConnection.h"
#include "tests/integration/server/ServerFixture.h"
#include "tests/support/AwaitResult.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

namespace {

QFuture<core::Result<core::Secret>> ready(const QByteArray &token)
{
    return QtFuture::makeReadyFuture(core::Result<core::Secret>(core::Secret(token)));
}

} // namespace

/// HttpBackend's transport against a real mikro-server over loopback: the bearer token, one
/// refresh and retry after a 401, the server's errors as the services' kinds, time limits, and
/// the rule that a token never travels in clear text beyond this machine.
class tst_ApiConnection : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup();
    void answersWithTheSessionsToken();
    void refreshesOnceAfterA401();
    void aSecond401EndsAsUnauthenticated();
    void serverErrorsKeepTheirCodeMessageAndField();
    void anIdempotencyKeyTravelsWithTheChange();
    void aSilentServerTimesOut();
    void aClosedPortIsUnreachable();
    void serverUrls_data();
    void serverUrls();

private:
    std::unique_ptr<client::ApiConnection> connectAs(
        const QByteArray &first, const QByteArray &afterRefresh = {});
    QUrl serverUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_refreshes = 0;
};

void tst_ApiConnection::init()
{
    startServer();
    onboard(Admin);
    onboard(Mapper);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_refreshes = 0;
}

void tst_ApiConnection::cleanup()
{
    m_network.reset();
    stopServer();
}

std::unique_ptr<client::ApiConnection> tst_ApiConnection::connectAs(
    const QByteArray &first, const QByteArray &afterRefresh)
{
    client::TokenSource tokens { [first] { return ready(first); },
        [this, afterRefresh] {
            ++m_refreshes;
            return ready(afterRefresh);
        } };
    return std::make_unique<client::ApiConnection>(*m_network, serverUrl(), tokens);
}

void tst_ApiConnection::answersWithTheSessionsToken()
{
    auto api = connectAs(m_idp->provider().mintAccessToken(Mapper));
    const auto answer = testing::awaitResult(api->call(u"transaction/fetch_user_payable"_s));
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().diagnostic));
    QCOMPARE(answer->value().value(u"status"_s).toInt(), 200);
    QVERIFY(answer->value().contains(u"payable_total_cents"_s));
    QCOMPARE(m_refreshes, 0);
}

void tst_ApiConnection::refreshesOnceAfterA401()
{
    auto api = connectAs("expired-or-forged", m_idp->provider().mintAccessToken(Mapper));
    const auto answer = testing::awaitResult(api->call(u"transaction/fetch_user_payable"_s));
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().diagnostic));
    QCOMPARE(m_refreshes, 1);
}

void tst_ApiConnection::aSecond401EndsAsUnauthenticated()
{
    auto api = connectAs("forged", "still-forged");
    const auto answer = testing::awaitResult(api->call(u"transaction/fetch_user_payable"_s));
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().kind, core::ErrorKind::Unauthenticated);
    QVERIFY(!answer->error().message.isEmpty());
    QCOMPARE(m_refreshes, 1); // once, never a loop
}

void tst_ApiConnection::serverErrorsKeepTheirCodeMessageAndField()
{
    auto api = connectAs(m_idp->provider().mintAccessToken(Mapper));
    const auto invalid = testing::awaitResult(api->call(
        u"user/update_user_details"_s, QJsonObject { { u"payment_email"_s, u"not-an-email"_s } }));
    QVERIFY(invalid && !invalid->ok());
    QCOMPARE(invalid->error().kind, core::ErrorKind::InvalidInput);
    QCOMPARE(invalid->error().code, QByteArray("invalid_field"));
    QCOMPARE(invalid->error().field, u"payment_email"_s);
    QVERIFY(!invalid->error().message.isEmpty());

    const auto unknown = testing::awaitResult(api->call(u"user/no_such_action"_s));
    QVERIFY(unknown && !unknown->ok());
    QCOMPARE(unknown->error().kind, core::ErrorKind::NotFound);
    QCOMPARE(unknown->error().code, QByteArray("unknown_action"));

    const auto forbidden = testing::awaitResult(api->call(u"user/fetch_users"_s));
    QVERIFY(forbidden && !forbidden->ok());
    QCOMPARE(forbidden->error().kind, core::ErrorKind::Forbidden);
}

void tst_ApiConnection::anIdempotencyKeyTravelsWithTheChange()
{
    auto api = connectAs(m_idp->provider().mintAccessToken(Admin));
    const QJsonObject pay { { u"user_id"_s, Mapper }, { u"transaction_type"_s, u"payment"_s },
        { u"amount"_s, u"5.00"_s }, { u"payoneer_id"_s, u"PX-API-1"_s } };
    const QByteArray key = "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    const auto first
        = testing::awaitResult(api->call(u"transaction/create_transaction"_s, pay, key));
    const auto again
        = testing::awaitResult(api->call(u"transaction/create_transaction"_s, pay, key));
    QVERIFY(first && first->ok() && again && again->ok());
    QCOMPARE(again->value().value(u"payment_id"_s), first->value().value(u"payment_id"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
}

void tst_ApiConnection::aSilentServerTimesOut()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    client::TokenSource tokens { [] { return ready("t"); }, [] { return ready("t"); } };
    client::ApiConnection api(*m_network, QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())),
        tokens, std::chrono::milliseconds(300));
    QElapsedTimer clock;
    clock.start();
    const auto answer = testing::awaitResult(api.call(u"transaction/fetch_user_payable"_s));
    QVERIFY(answer && !answer->ok());
    QCOMPARE(answer->error().kind, core::ErrorKind::Unavailable);
    QCOMPARE(answer->error().code, QByteArray("server_timeout"));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void tst_ApiConnection::aClosedPortIsUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    client::TokenSource tokens { [] { return ready("t"); }, [] { return ready("t"); } };
    client::ApiConnection api(*m_network, QUrl(u"http://127.0.0.1:%1"_s.arg(closed)), tokens);
    const auto answer = testing::awaitResult(api.call(u"transaction/fetch_user_payable"_s));
    QVERIFY(answer && !answer->ok());
    QCOMPARE(answer->error().kind, core::ErrorKind::Unavailable);
    QCOMPARE(answer->error().code, QByteArray("server_unreachable"));
    QVERIFY(answer->error().message.contains(u"127.0.0.1"_s));
}

void tst_ApiConnection::serverUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://mikro.example.org"_s << true;
    QTest::newRow("https with a path") << u"https://example.org/mikro/"_s << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http IPv6 loopback") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http elsewhere") << u"http://mikro.example.org"_s << false;
    QTest::newRow("http LAN") << u"http://192.168.1.10:8080"_s << false;
    QTest::newRow("another scheme") << u"ftp://mikro.example.org"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_ApiConnection::serverUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const auto checked = client::ApiConnection::checkServerUrl(url);
    QCOMPARE(checked.ok(), accepted);
    if (!accepted) {
        QCOMPARE(checked.error().code, QByteArray("invalid_server_url"));
        QCOMPARE(checked.error().field, u"server_url"_s);
    }
}

QTEST_GUILESS_MAIN(tst_ApiConnection)
#include "tst_ApiConnection.moc"
