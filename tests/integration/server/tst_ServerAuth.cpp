#include "app/devstack/sim/IdentityProvider.h"
#include "app/server/ServerComposition.h"
#include "services/auth/Base64Url.h"
#include "services/auth/JwtSigner.h"
#include "services/http/HttpServer.h"
#include "services/store/Database.h"
#include "tests/support/ForgedTokens.h"
#include "tests/support/LocalIdentityProvider.h"
#include "tests/support/RawHttpClient.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {
const QString Admin = u"auth0|devstack-admin"_s;
const QString Mapper = u"auth0|devstack-mapper-1"_s;
const QString NoOrg = u"auth0|devstack-no-org"_s;
} // namespace

/// mikro-server's token checks over real HTTP, with the devstack's identity provider serving
/// the JWKS over real HTTP too (DESIGN.md §6, API.md §1.2, §4).
class tst_ServerAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loginCreatesThePersonWithTheSeededRole();
    void laterSignInsKeepTheStoredRoleAndNeverBlankTheEmail();
    void personWithoutOrganisationCanSignIn();
    void refusedTokensChangeNothing_data();
    void refusedTokensChangeNothing();
    void forgedTokenTableOverHttp_data();
    void forgedTokenTableOverHttp();
    void unknownPathNeedsATokenFirst();
    void deactivatedAndOtherOrgAreForbidden();
    void detailsCarryExactMoney();
    void rotatedSigningKeyIsPickedUp();
    void preflightNeedsNoToken();
    void unreachableJwksIs503();

private:
    testing::RawResponse call(const QByteArray &method, const QByteArray &path,
        const QByteArray &token, const QByteArray &extra = {});
    int userCount();
    QList<testing::TokenCase> tableCases(qint64 now) const;
    void exec(const QString &sql);

    core::SystemClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<testing::LocalIdentityProvider> m_local;
    devstack::IdentityProvider *m_idp = nullptr;
    // The forged-token table's own issuer: a JWKS served on loopback with keys made here.
    std::optional<auth::JwtSigner> m_trusted;
    std::optional<auth::JwtSigner> m_untrusted;
    std::optional<auth::JwtSigner> m_weak;
    http::Router m_jwksRouter;
    std::unique_ptr<http::HttpServer> m_jwksServer;
    QString m_tableIssuer;
    std::unique_ptr<server::ServerComposition> m_server;
    quint16 m_port = 0;
};

void tst_ServerAuth::initTestCase()
{
    // One identity provider for the whole suite (RSA key generation is slow under sanitizers);
    // its tokens are minted per test.
    m_local = std::make_unique<testing::LocalIdentityProvider>(m_clock);
    QVERIFY(m_local->start());
    m_idp = &m_local->provider();

    auto trusted = auth::RsaKeyPair::generate(2048);
    auto untrusted = auth::RsaKeyPair::generate(2048);
    auto weak = auth::RsaKeyPair::generate(1024);
    QVERIFY(trusted.ok() && untrusted.ok() && weak.ok());
    m_trusted.emplace(trusted.value(), "table-key");
    m_untrusted.emplace(untrusted.value(), "table-key");
    m_weak.emplace(weak.value(), "table-weak");
    const QJsonObject jwks { { u"keys"_s,
        QJsonArray { m_trusted->publicJwk(), m_weak->publicJwk() } } };
    m_jwksRouter.add("GET", u"/.well-known/jwks.json"_s, [jwks](const http::Request &) {
        return QtFuture::makeReadyFuture(http::Response::json(200, jwks));
    });
    m_jwksServer = std::make_unique<http::HttpServer>(m_jwksRouter, http::HttpLimits {});
    const auto port = m_jwksServer->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    m_tableIssuer = u"http://127.0.0.1:%1/"_s.arg(port.value());
}

void tst_ServerAuth::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;

    server::ServerConfig config = m_local->serverConfig(m_temp->config());
    config.corsOrigins = { u"http://localhost:3000"_s };
    m_server = std::make_unique<server::ServerComposition>(config);
    QVERIFY(m_server->prepareStore().ok());
    const auto port = m_server->start();
    QVERIFY(port.ok());
    m_port = port.value();
}

void tst_ServerAuth::cleanup()
{
    m_server.reset();
    m_temp.reset();
}

testing::RawResponse tst_ServerAuth::call(const QByteArray &method, const QByteArray &path,
    const QByteArray &token, const QByteArray &extra)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    request += extra + "\r\n";
    const auto response = testing::fetchOnce(m_port, request);
    return response.value_or(testing::RawResponse {});
}

int tst_ServerAuth::userCount()
{
    store::Database db(m_temp->config(), 1);
    auto tx = db.begin();
    auto rows = tx.value().exec(u"SELECT COUNT(*) FROM users"_s);
    return rows.ok() && rows.value().next() ? rows.value().value(0).toInt() : -1;
}

void tst_ServerAuth::exec(const QString &sql)
{
    store::Database db(m_temp->config(), 1);
    testing::execSql(db, sql);
}

static QJsonObject json(const testing::RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

void tst_ServerAuth::loginCreatesThePersonWithTheSeededRole()
{
    QCOMPARE(userCount(), 0);
    const auto r = call("POST", "/api/login", m_idp->mintAccessToken(Admin));
    QCOMPARE(r.status, 200);
    const QJsonObject body = json(r);
    QCOMPARE(body.value(u"status"_s).toInt(), 200);
    QCOMPARE(body.value(u"id"_s).toString(), Admin);
    QCOMPARE(body.value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(body.value(u"name"_s).toString(), u"Ada Admin"_s);
    QCOMPARE(body.value(u"email"_s).toString(), u"ada.admin@devstack.mikro"_s);
    QCOMPARE(body.value(u"org_id"_s).toString(), u"org_devstack"_s);
    QCOMPARE(body.value(u"needs_onboarding"_s).toBool(), true);
    QVERIFY(body.value(u"osm_username"_s).isNull());
    QVERIFY(body.value(u"terms_accepted_at"_s).isNull());
    QCOMPARE(userCount(), 1);
    // The unprefixed path is the same action (API.md §1.1).
    QCOMPARE(call("POST", "/login", m_idp->mintAccessToken(Admin)).status, 200);
    QCOMPARE(userCount(), 1);
}

void tst_ServerAuth::laterSignInsKeepTheStoredRoleAndNeverBlankTheEmail()
{
    QCOMPARE(json(call("POST", "/api/login", m_idp->mintAccessToken(Mapper)))
                 .value(u"role"_s)
                 .toString(),
        u"user"_s);
    exec(u"UPDATE users SET role = 'validator' WHERE id = 'auth0|devstack-mapper-1'"_s);
    // The claim still says "user": the database is the authority after the first sign-in.
    const QByteArray bare = m_idp->mintAccessToken(Mapper, u"mikro-desktop"_s,
        { { u"email"_s, QJsonValue::Null }, { u"name"_s, QJsonValue::Null },
            { u"given_name"_s, QJsonValue::Null }, { u"family_name"_s, QJsonValue::Null } });
    const QJsonObject body = json(call("POST", "/api/login", bare));
    QCOMPARE(body.value(u"role"_s).toString(), u"validator"_s);
    QCOMPARE(body.value(u"email"_s).toString(), u"mia.mapper@devstack.mikro"_s);
    QCOMPARE(body.value(u"name"_s).toString(), u"Mia Mapper"_s);
}

void tst_ServerAuth::personWithoutOrganisationCanSignIn()
{
    const QJsonObject body = json(call("POST", "/api/login", m_idp->mintAccessToken(NoOrg)));
    QCOMPARE(body.value(u"status"_s).toInt(), 200);
    QVERIFY(body.value(u"org_id"_s).isNull());
    QCOMPARE(body.value(u"needs_onboarding"_s).toBool(), true);
}

void tst_ServerAuth::refusedTokensChangeNothing_data()
{
    QTest::addColumn<QByteArray>("authorization"); // the whole header value; empty: no header
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("challenge");

    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    const QByteArray valid = m_idp->mintAccessToken(Admin);
    const QList<QByteArray> parts = valid.split('.');
    auto b64 = [](const QJsonObject &o) {
        return auth::base64UrlEncode(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QTest::newRow("no Authorization header")
        << QByteArray() << 401 << u"authorization_header_missing"_s << QByteArray("Bearer");
    QTest::newRow("Basic instead of Bearer")
        << QByteArray("Basic dXNlcjpwdw==") << 401 << u"invalid_header"_s
        << QByteArray("Bearer error=\"invalid_token\"");
    QTest::newRow("Bearer with two tokens")
        << "Bearer " + valid + " " + valid << 401 << u"invalid_header"_s
        << QByteArray("Bearer error=\"invalid_token\"");
    QTest::newRow("alg none") << "Bearer "
            + b64({ { u"alg"_s, u"none"_s }, { u"kid"_s, u"devstack-1"_s } }) + '.' + parts[1] + '.'
                              << 401 << u"invalid_header"_s
                              << QByteArray("Bearer error=\"invalid_token\"");
    QTest::newRow("expired beyond the leeway")
        << "Bearer "
            + m_idp->mintAccessToken(Admin, u"mikro-desktop"_s, { { u"exp"_s, now - 120 } })
        << 401 << u"token_expired"_s << QByteArray("Bearer error=\"invalid_token\"");
    QTest::newRow("another API's audience")
        << "Bearer "
            + m_idp->mintAccessToken(
                Admin, u"mikro-desktop"_s, { { u"aud"_s, u"https://other/api"_s } })
        << 401 << u"invalid_claims"_s << QByteArray("Bearer error=\"invalid_token\"");
    QTest::newRow("another issuer")
        << "Bearer "
            + m_idp->mintAccessToken(
                Admin, u"mikro-desktop"_s, { { u"iss"_s, u"https://evil.example/"_s } })
        << 401 << u"invalid_claims"_s << QByteArray("Bearer error=\"invalid_token\"");
    QJsonObject promoted = QJsonDocument::fromJson(*auth::base64UrlDecode(parts[1])).object();
    promoted.insert(u"sub"_s, u"auth0|mallory"_s);
    QTest::newRow("payload tampered")
        << "Bearer " + parts[0] + '.' + b64(promoted) + '.' + parts[2] << 401 << u"invalid_token"_s
        << QByteArray("Bearer error=\"invalid_token\"");
    QTest::newRow("unknown kid") << "Bearer "
            + b64({ { u"alg"_s, u"RS256"_s }, { u"kid"_s, u"nope"_s } }) + '.' + parts[1] + '.'
            + parts[2] << 401 << u"invalid_header"_s
                                 << QByteArray("Bearer error=\"invalid_token\"");
    QTest::newRow("garbage") << QByteArray("Bearer not-a-jwt") << 401 << u"invalid_header"_s
                             << QByteArray("Bearer error=\"invalid_token\"");
}

void tst_ServerAuth::refusedTokensChangeNothing()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QByteArray, challenge);
    const QByteArray header
        = authorization.isEmpty() ? QByteArray() : "Authorization: " + authorization + "\r\n";
    for (const QByteArray &path :
        { QByteArray("/api/login"), QByteArray("/api/user/fetch_user_details") }) {
        const auto r = call("POST", path, {}, header);
        QCOMPARE(r.status, status);
        QCOMPARE(json(r).value(u"error"_s).toString(), code);
        QCOMPARE(json(r).value(u"status"_s).toInt(), status);
        QCOMPARE(r.headers.value("www-authenticate"), challenge);
        QVERIFY(!r.body.contains("Exception") && !r.body.contains("OpenSSL"));
    }
    QCOMPARE(userCount(), 0);
}

QList<testing::TokenCase> tst_ServerAuth::tableCases(qint64 now) const
{
    const QJsonObject claims { { u"iss"_s, m_tableIssuer }, { u"sub"_s, u"auth0|alice"_s },
        { u"aud"_s, QJsonArray { u"https://mikro/api/authorize"_s } }, { u"iat"_s, now },
        { u"exp"_s, now + 3600 }, { u"mikro/roles"_s, QJsonArray { u"admin"_s } },
        { u"mikro/org_id"_s, u"org_table"_s } };
    return testing::forgedTokenCases(*m_trusted, *m_untrusted, *m_weak, claims, m_tableIssuer,
        u"https://mikro/api/authorize"_s, now);
}

void tst_ServerAuth::forgedTokenTableOverHttp_data()
{
    // Rows carry an index; each row's server runs on a test clock that stands still at the time
    // its tokens were made, so the leeway rows one second from their edge are exact.
    QTest::addColumn<int>("index");
    const auto cases = tableCases(m_clock.nowUtc().toSecsSinceEpoch());
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases[i].name)) << i;
}

void tst_ServerAuth::forgedTokenTableOverHttp()
{
    QFETCH(int, index);
    server::ServerConfig config = m_local->serverConfig(m_temp->config());
    config.issuer = m_tableIssuer;
    config.jwksUrl = QUrl(m_tableIssuer + u".well-known/jwks.json"_s);
    const testing::TestClock standing(m_clock.nowUtc());
    server::ServerComposition tableServer(config, { &standing, nullptr });
    QVERIFY(tableServer.prepareStore().ok());
    const auto port = tableServer.start();
    QVERIFY(port.ok());
    const testing::TokenCase row = tableCases(standing.nowUtc().toSecsSinceEpoch()).at(index);
    const QByteArray &token = row.token;
    const QByteArray &code = row.code;
    const auto r = testing::fetchOnce(port.value(),
        "POST /api/login HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n"
        "Authorization: Bearer "
            + token + "\r\n\r\n");
    QVERIFY(r);
    if (code.isEmpty()) {
        QCOMPARE(r->status, 200);
        QCOMPARE(json(*r).value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(userCount(), 1);
    } else {
        QCOMPARE(r->status, 401);
        QCOMPARE(json(*r).value(u"error"_s).toString().toLatin1(), code);
        QCOMPARE(
            r->headers.value("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));
        QCOMPARE(userCount(), 0); // nothing else happened
    }
}

void tst_ServerAuth::unknownPathNeedsATokenFirst()
{
    QCOMPARE(call("POST", "/api/user/no_such_action", {}).status, 401);
    const auto r = call("POST", "/api/user/no_such_action", m_idp->mintAccessToken(Mapper));
    QCOMPARE(r.status, 404);
    QCOMPARE(json(r).value(u"error"_s).toString(), u"unknown_action"_s);
}

void tst_ServerAuth::deactivatedAndOtherOrgAreForbidden()
{
    QCOMPARE(call("POST", "/api/login", m_idp->mintAccessToken(Mapper)).status, 200);
    const auto otherOrg = call("POST", "/api/login",
        m_idp->mintAccessToken(
            Mapper, u"mikro-desktop"_s, { { u"mikro/org_id"_s, u"org_elsewhere"_s } }));
    QCOMPARE(otherOrg.status, 403);
    QCOMPARE(json(otherOrg).value(u"error"_s).toString(), u"org_mismatch"_s);
    exec(
        u"UPDATE users SET deactivated_at = '2026-01-01T00:00:00Z' WHERE id = 'auth0|devstack-mapper-1'"_s);
    for (const QByteArray &path :
        { QByteArray("/api/login"), QByteArray("/api/user/fetch_user_details") }) {
        const auto r = call("POST", path, m_idp->mintAccessToken(Mapper));
        QCOMPARE(r.status, 403);
        QCOMPARE(json(r).value(u"error"_s).toString(), u"account_deactivated"_s);
    }
}

void tst_ServerAuth::detailsCarryExactMoney()
{
    QCOMPARE(call("POST", "/api/login", m_idp->mintAccessToken(Mapper)).status, 200);
    exec(
        u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, created_at) "
        u"VALUES "
        "('org_devstack', 'auth0|devstack-mapper-1', 'mapping', 1250, 'k1', "
        "'2026-01-01T00:00:00Z'), "
        "('org_devstack', 'auth0|devstack-mapper-1', 'validation', 5, 'k2', '2026-01-01T00:00:00Z')"_s);
    const auto r = call("GET", "/api/user/fetch_user_details", m_idp->mintAccessToken(Mapper));
    QCOMPARE(r.status, 200);
    // Exactly two decimals from integer cents, with the _cents companion (API.md §1.5).
    QVERIFY2(r.body.contains("\"payable\":12.55,\"payable_cents\":1255"), r.body.constData());
    QVERIFY2(r.body.contains("\"total_payout\":0.00,\"total_payout_cents\":0"), r.body.constData());
    QCOMPARE(json(r).value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(json(r).value(u"full_name"_s).toString(), u"Mia Mapper"_s);
    // The alias answers the same.
    QCOMPARE(call("POST", "/user/fetch_user_profile", m_idp->mintAccessToken(Mapper)).body, r.body);
}

void tst_ServerAuth::rotatedSigningKeyIsPickedUp()
{
    QCOMPARE(call("POST", "/api/login", m_idp->mintAccessToken(Admin)).status, 200);
    m_idp->rotateKeys();
    const QByteArray fresh = m_idp->mintAccessToken(Admin);
    QVERIFY(fresh != m_idp->mintAccessToken(Mapper)); // sanity: signed tokens differ per person
    QCOMPARE(call("POST", "/api/login", fresh).status, 200);
}

void tst_ServerAuth::preflightNeedsNoToken()
{
    const auto allowed = call("OPTIONS", "/api/login", {},
        "Origin: http://localhost:3000\r\nAccess-Control-Request-Method: POST\r\n");
    QCOMPARE(allowed.status, 204);
    QVERIFY(allowed.headers.value("access-control-allow-headers").contains("Authorization"));
    QCOMPARE(
        allowed.headers.value("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    const auto foreign = call("OPTIONS", "/api/login", {}, "Origin: https://evil.example\r\n");
    QCOMPARE(foreign.status, 204);
    QVERIFY(!foreign.headers.contains("access-control-allow-origin"));
}

void tst_ServerAuth::unreachableJwksIs503()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closed = probe.serverPort();
    probe.close();
    server::ServerConfig config = m_local->serverConfig(m_temp->config());
    config.jwksUrl = QUrl(u"http://127.0.0.1:%1/.well-known/jwks.json"_s.arg(closed));
    server::ServerComposition other(config);
    const auto port = other.start();
    QVERIFY(port.ok());
    const auto r = testing::fetchOnce(port.value(),
        "POST /api/login HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n"
        "Authorization: Bearer "
            + m_idp->mintAccessToken(Admin) + "\r\n\r\n");
    QVERIFY(r);
    QCOMPARE(r->status, 503);
    QCOMPARE(json(*r).value(u"error"_s).toString(), u"auth_unavailable"_s);
}

QTEST_GUILESS_MAIN(tst_ServerAuth)
#include "tst_ServerAuth.moc"
