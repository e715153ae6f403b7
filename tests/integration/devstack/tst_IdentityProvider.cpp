#include "app/devstack/sim/IdentityProvider.h"
#include "services/auth/Base64Url.h"
#include "services/auth/Pkce.h"
#include "services/core/Clock.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"
#include "tests/support/RawHttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {
const QByteArray Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const QByteArray Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
const QByteArray Redirect = "http://127.0.0.1:53682/callback";

QJsonObject jsonOf(const testing::RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QJsonObject claimsOf(const QString &jwt)
{
    const auto payload = auth::base64UrlDecode(jwt.toLatin1().split('.').value(1));
    return QJsonDocument::fromJson(payload.value_or(QByteArray())).object();
}
} // namespace

/// The devstack's identity provider over real HTTP: the OAuth rules its clients rely on, and the
/// clear errors for requests that break them.
class tst_IdentityProvider : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void discoveryAndKeysLookLikeAuth0();
    void codeFlowWithPkceIssuesAuth0ShapedTokens();
    void wrongVerifierIsRefused();
    void codeIsSingleUse();
    void redirectMustMatchExactly();
    void unknownClientIsRefused();
    void publicClientMustUsePkce();
    void refreshRotatesAndReuseRevokesTheFamily();
    void confidentialClientAuthenticatesWithItsSecret();
    void idTokenCarriesTheNonce();
    void loginHintPreselectsThePerson();
    void revokedTokenCannotRefresh();

private:
    testing::RawResponse get(const QByteArray &pathAndQuery);
    testing::RawResponse post(const QByteArray &path, const QByteArray &form);
    QByteArray authorizeQuery(const QByteArray &clientId, const QByteArray &extra = {});
    QByteArray codeFor(const QByteArray &subject, const QByteArray &clientId = "mikro-desktop",
        const QByteArray &extra = {});
    QByteArray exchange(const QByteArray &code, const QByteArray &verifier = Verifier,
        const QByteArray &redirect = Redirect);

    core::SystemClock m_clock;
    std::unique_ptr<devstack::IdentityProvider> m_idp;
    http::Router m_router;
    std::unique_ptr<http::HttpServer> m_server;
    quint16 m_port = 0;
};

void tst_IdentityProvider::initTestCase()
{
    m_idp = std::make_unique<devstack::IdentityProvider>(
        m_clock, devstack::IdentityProvider::defaultSettings());
    m_idp->addRoutes(m_router);
    m_server = std::make_unique<http::HttpServer>(m_router, http::HttpLimits {});
    const auto port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    m_port = port.value();
    m_idp->setIssuer(u"http://127.0.0.1:%1/"_s.arg(m_port));
}

testing::RawResponse tst_IdentityProvider::get(const QByteArray &pathAndQuery)
{
    return testing::fetchOnce(m_port, "GET " + pathAndQuery + " HTTP/1.1\r\nHost: t\r\n\r\n")
        .value_or(testing::RawResponse {});
}

testing::RawResponse tst_IdentityProvider::post(const QByteArray &path, const QByteArray &form)
{
    return testing::fetchOnce(m_port,
        "POST " + path
            + " HTTP/1.1\r\nHost: t\r\nContent-Type: "
              "application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(form.size()) + "\r\n\r\n" + form)
        .value_or(testing::RawResponse {});
}

QByteArray tst_IdentityProvider::authorizeQuery(const QByteArray &clientId, const QByteArray &extra)
{
    return "/authorize?response_type=code&client_id=" + clientId
        + "&redirect_uri=" + QUrl::toPercentEncoding(QString::fromLatin1(Redirect))
        + "&scope=openid%20email%20offline_access&state=xyz&code_challenge=" + Challenge
        + "&code_challenge_method=S256" + extra;
}

QByteArray tst_IdentityProvider::codeFor(
    const QByteArray &subject, const QByteArray &clientId, const QByteArray &extra)
{
    const auto page = get(authorizeQuery(clientId, extra));
    static const QRegularExpression transaction(u"name=\"transaction\" value=\"([^\"]+)\""_s);
    const QString txn = transaction.match(QString::fromUtf8(page.body)).captured(1);
    const auto decided = post("/authorize",
        "transaction=" + txn.toLatin1()
            + "&subject=" + QUrl::toPercentEncoding(QString::fromLatin1(subject)));
    const QUrl location = QUrl::fromEncoded(decided.headers.value("location"));
    return QUrlQuery(location).queryItemValue(u"code"_s).toLatin1();
}

QByteArray tst_IdentityProvider::exchange(
    const QByteArray &code, const QByteArray &verifier, const QByteArray &redirect)
{
    return "grant_type=authorization_code&client_id=mikro-desktop&code=" + code + "&code_verifier="
        + verifier + "&redirect_uri=" + QUrl::toPercentEncoding(QString::fromLatin1(redirect));
}

void tst_IdentityProvider::discoveryAndKeysLookLikeAuth0()
{
    const QJsonObject discovery = jsonOf(get("/.well-known/openid-configuration"));
    QCOMPARE(discovery.value(u"issuer"_s).toString(), m_idp->issuer());
    QVERIFY(m_idp->issuer().endsWith(u'/'));
    QCOMPARE(
        discovery.value(u"code_challenge_methods_supported"_s).toArray(), QJsonArray { u"S256"_s });
    const QJsonArray keys = jsonOf(get("/.well-known/jwks.json")).value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0).toObject().value(u"alg"_s).toString(), u"RS256"_s);
    QVERIFY(!keys.at(0).toObject().contains(u"d"_s)); // never the private part
}

void tst_IdentityProvider::codeFlowWithPkceIssuesAuth0ShapedTokens()
{
    const auto tokens = post("/oauth/token", exchange(codeFor("auth0|devstack-validator")));
    QCOMPARE(tokens.status, 200);
    const QJsonObject body = jsonOf(tokens);
    QVERIFY(!body.value(u"refresh_token"_s).toString().isEmpty());
    const QJsonObject claims = claimsOf(body.value(u"access_token"_s).toString());
    QCOMPARE(claims.value(u"iss"_s).toString(), m_idp->issuer());
    QCOMPARE(claims.value(u"sub"_s).toString(), u"auth0|devstack-validator"_s);
    QVERIFY(claims.value(u"aud"_s).toArray().contains(u"https://mikro/api/authorize"_s));
    QCOMPARE(claims.value(u"azp"_s).toString(), u"mikro-desktop"_s);
    QCOMPARE(claims.value(u"mikro/roles"_s).toArray(), QJsonArray { u"validator"_s });
    QCOMPARE(claims.value(u"mikro/org_id"_s).toString(), u"org_devstack"_s);
    QVERIFY(claims.value(u"exp"_s).toInteger() > claims.value(u"iat"_s).toInteger());
}

void tst_IdentityProvider::wrongVerifierIsRefused()
{
    const auto refused = post("/oauth/token",
        exchange(
            codeFor("auth0|devstack-admin"), "wrong-verifier-wrong-verifier-wrong-verifier-00"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(jsonOf(refused).value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(jsonOf(refused).value(u"error_description"_s).toString().contains(u"verifier"_s));
}

void tst_IdentityProvider::codeIsSingleUse()
{
    const QByteArray code = codeFor("auth0|devstack-admin");
    QCOMPARE(post("/oauth/token", exchange(code)).status, 200);
    const auto again = post("/oauth/token", exchange(code));
    QCOMPARE(again.status, 403);
    QCOMPARE(jsonOf(again).value(u"error"_s).toString(), u"invalid_grant"_s);
}

void tst_IdentityProvider::redirectMustMatchExactly()
{
    const auto page = get("/authorize?response_type=code&client_id=mikro-desktop&redirect_uri="
                          "http%3A%2F%2F127.0.0.1%3A9999%2Fcallback&code_challenge="
        + Challenge + "&code_challenge_method=S256");
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("Callback URL mismatch"));
    QVERIFY(!page.headers.contains("location")); // never sent to an unregistered address
    const auto refused = post("/oauth/token",
        exchange(codeFor("auth0|devstack-admin"), Verifier, "http://127.0.0.1:53683/callback"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(jsonOf(refused).value(u"error"_s).toString(), u"invalid_grant"_s);
}

void tst_IdentityProvider::unknownClientIsRefused()
{
    QCOMPARE(get(authorizeQuery("nobody")).status, 400);
    const auto refused
        = post("/oauth/token", "grant_type=authorization_code&client_id=nobody&code=x");
    QCOMPARE(refused.status, 401);
    QCOMPARE(jsonOf(refused).value(u"error"_s).toString(), u"invalid_client"_s);
}

void tst_IdentityProvider::publicClientMustUsePkce()
{
    const auto page = get("/authorize?response_type=code&client_id=mikro-desktop&redirect_uri="
        + QUrl::toPercentEncoding(QString::fromLatin1(Redirect)));
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("PKCE required"));
}

void tst_IdentityProvider::refreshRotatesAndReuseRevokesTheFamily()
{
    const QJsonObject first
        = jsonOf(post("/oauth/token", exchange(codeFor("auth0|devstack-mapper-2"))));
    const QByteArray r1 = first.value(u"refresh_token"_s).toString().toLatin1();
    const auto second = post(
        "/oauth/token", "grant_type=refresh_token&client_id=mikro-desktop&refresh_token=" + r1);
    QCOMPARE(second.status, 200);
    const QByteArray r2 = jsonOf(second).value(u"refresh_token"_s).toString().toLatin1();
    QVERIFY(!r2.isEmpty() && r2 != r1);
    // r1 comes back: someone else has it. The whole family is revoked, r2 included.
    QCOMPARE(
        post("/oauth/token", "grant_type=refresh_token&client_id=mikro-desktop&refresh_token=" + r1)
            .status,
        403);
    const auto r2Again = post(
        "/oauth/token", "grant_type=refresh_token&client_id=mikro-desktop&refresh_token=" + r2);
    QCOMPARE(r2Again.status, 403);
    QCOMPARE(jsonOf(r2Again).value(u"error"_s).toString(), u"invalid_grant"_s);
}

void tst_IdentityProvider::confidentialClientAuthenticatesWithItsSecret()
{
    const auto page
        = get("/authorize?response_type=code&client_id=mikro-web&redirect_uri="
              "http%3A%2F%2Flocalhost%3A3000%2Fcallback&scope=openid&state=w&nonce=n-123");
    QCOMPARE(page.status, 200); // no PKCE needed for a confidential client
    static const QRegularExpression transaction(u"name=\"transaction\" value=\"([^\"]+)\""_s);
    const QString txn = transaction.match(QString::fromUtf8(page.body)).captured(1);
    const auto decided
        = post("/authorize", "transaction=" + txn.toLatin1() + "&subject=auth0%7Cdevstack-admin");
    const QByteArray code = QUrlQuery(QUrl::fromEncoded(decided.headers.value("location")))
                                .queryItemValue(u"code"_s)
                                .toLatin1();
    const QByteArray form = "grant_type=authorization_code&client_id=mikro-web&code=" + code
        + "&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback";
    QCOMPARE(post("/oauth/token", form + "&client_secret=wrong").status, 401);
    const auto ok = post("/oauth/token", form + "&client_secret=devstack-web-secret");
    QCOMPARE(ok.status, 200);
    const QJsonObject id = claimsOf(jsonOf(ok).value(u"id_token"_s).toString());
    QCOMPARE(id.value(u"nonce"_s).toString(), u"n-123"_s);
    QCOMPARE(id.value(u"aud"_s).toString(), u"mikro-web"_s);
    QCOMPARE(id.value(u"name"_s).toString(), u"Ada Admin"_s);
    QCOMPARE(id.value(u"email"_s).toString(), u"ada.admin@devstack.mikro"_s);
    QCOMPARE(id.value(u"mikro/roles"_s).toArray(), QJsonArray { u"admin"_s });
}

void tst_IdentityProvider::idTokenCarriesTheNonce()
{
    const auto tokens = post(
        "/oauth/token", exchange(codeFor("auth0|devstack-admin", "mikro-desktop", "&nonce=abc")));
    QCOMPARE(claimsOf(jsonOf(tokens).value(u"id_token"_s).toString()).value(u"nonce"_s).toString(),
        u"abc"_s);
}

void tst_IdentityProvider::loginHintPreselectsThePerson()
{
    const auto page
        = get(authorizeQuery("mikro-desktop", "&login_hint=mia.mapper%40devstack.mikro"));
    QVERIFY(page.body.contains("value=\"auth0|devstack-mapper-1\" autofocus"));
    QCOMPARE(page.body.count("autofocus"), 1);
}

void tst_IdentityProvider::revokedTokenCannotRefresh()
{
    const QByteArray refresh
        = jsonOf(post("/oauth/token", exchange(codeFor("auth0|devstack-admin"))))
              .value(u"refresh_token"_s)
              .toString()
              .toLatin1();
    QCOMPARE(post("/oauth/revoke", "client_id=mikro-desktop&token=" + refresh).status, 200);
    QCOMPARE(post("/oauth/token",
                 "grant_type=refresh_token&client_id=mikro-desktop&refresh_token=" + refresh)
                 .status,
        403);
    QCOMPARE(
        post("/oauth/revoke", "client_id=mikro-desktop&token=unknown").status, 200); // RFC 7009
}

QTEST_GUILESS_MAIN(tst_IdentityProvider)
#include "tst_IdentityProvider.moc"
