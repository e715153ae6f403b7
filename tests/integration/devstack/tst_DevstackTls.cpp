#include "app/devstack/sim/DevCertificates.h"
#include "app/devstack/sim/IdentityProvider.h"
#include "app/server/ServerComposition.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/LocalIdentityProvider.h"
#include "tests/support/RawHttpClient.h"
#include "tests/support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The devstack's optional TLS listener with its generated CA, and mikro-server trusting that CA
/// through AUTH0_CA_FILE for the JWKS fetch, while it trusts nothing else extra.
class tst_DevstackTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void discoveryOverHttpsWithTheGeneratedCa();
    void withoutTheCaTheCertificateIsRefused();
    void serverTrustsTheCaFileForItsKeys();
    void serverWithoutTheCaFileCannotVerify();

private:
    testing::RawResponse loginThrough(const QString &caFile);

    core::SystemClock m_clock;
    QTemporaryDir m_dir;
    std::optional<devstack::DevCertificates> m_certificates;
    std::unique_ptr<testing::LocalIdentityProvider> m_local;
    devstack::IdentityProvider *m_idp = nullptr;
};

void tst_DevstackTls::initTestCase()
{
    auto certificates = devstack::DevCertificates::create(m_dir.path());
    QVERIFY2(
        certificates.ok(), certificates.ok() ? "" : qPrintable(certificates.error().diagnostic));
    m_certificates = certificates.value();
    QVERIFY(QFile::exists(m_certificates->caPath));
    m_local = std::make_unique<testing::LocalIdentityProvider>(
        m_clock, m_certificates->serverConfiguration);
    QVERIFY(m_local->start());
    m_idp = &m_local->provider();
    QVERIFY(m_idp->issuer().startsWith(u"https://"_s));
}

void tst_DevstackTls::discoveryOverHttpsWithTheGeneratedCa()
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_idp->issuer() + u".well-known/openid-configuration"_s));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_certificates->caPath);
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(u"issuer"_s).toString(), m_idp->issuer());
    QVERIFY(body.value(u"token_endpoint"_s).toString().startsWith(u"https://"_s));
    reply->deleteLater();
}

void tst_DevstackTls::withoutTheCaTheCertificateIsRefused()
{
    QNetworkAccessManager network;
    QNetworkReply *reply
        = network.get(QNetworkRequest(QUrl(m_idp->issuer() + u".well-known/jwks.json"_s)));
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    reply->deleteLater();
}

testing::RawResponse tst_DevstackTls::loginThrough(const QString &caFile)
{
    auto temp = testing::TempDatabase::create();
    if (!temp.ok())
        return {};
    server::ServerConfig config = m_local->serverConfig(temp.value()->config());
    config.caFile = caFile;
    server::ServerComposition server(config);
    if (!server.prepareStore().ok())
        return {};
    const auto port = server.start();
    if (!port.ok())
        return {};
    return testing::fetchOnce(port.value(),
        "POST /api/login HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n"
        "Authorization: Bearer "
            + m_idp->mintAccessToken(u"auth0|devstack-admin"_s) + "\r\n\r\n")
        .value_or(testing::RawResponse {});
}

void tst_DevstackTls::serverTrustsTheCaFileForItsKeys()
{
    const auto response = loginThrough(m_certificates->caPath);
    QCOMPARE(response.status, 200);
    QCOMPARE(
        QJsonDocument::fromJson(response.body).object().value(u"role"_s).toString(), u"admin"_s);
}

void tst_DevstackTls::serverWithoutTheCaFileCannotVerify()
{
    const auto response = loginThrough(QString());
    QCOMPARE(response.status, 503);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"error"_s).toString(),
        u"auth_unavailable"_s);
}

QTEST_GUILESS_MAIN(tst_DevstackTls)
#include "tst_DevstackTls.moc"
