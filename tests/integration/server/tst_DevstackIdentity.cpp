#include "services/core/Clock.h"
#include "tests/support/LocalIdentityProvider.h"
#include "tests/support/RawHttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The devstack's identity provider serves the original web client (issue 15 §1): its
/// nextjs-auth0 v4 callback is allowed, `scope=openid+profile+email` reads as three scopes (so an
/// ID token is issued), and logout returns to an allowed address only.
class tst_DevstackIdentity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theWebClientsCallbackIsAllowed();
    void aPlusInTheQueryIsASpace();
    void logoutReturnsOnlyToAllowedAddresses_data();
    void logoutReturnsOnlyToAllowedAddresses();

private:
    testing::RawResponse get(const QByteArray &pathAndQuery);

    core::SystemClock m_clock;
    std::unique_ptr<testing::LocalIdentityProvider> m_idp;
    quint16 m_port = 0;
};

void tst_DevstackIdentity::initTestCase()
{
    m_idp = std::make_unique<testing::LocalIdentityProvider>(m_clock);
    QVERIFY(m_idp->start());
    m_port = static_cast<quint16>(QUrl(m_idp->issuer()).port());
    QVERIFY(m_port > 0);
}

testing::RawResponse tst_DevstackIdentity::get(const QByteArray &pathAndQuery)
{
    const auto r = testing::fetchOnce(m_port,
        "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    return r.value_or(testing::RawResponse {});
}

void tst_DevstackIdentity::theWebClientsCallbackIsAllowed()
{
    const QByteArray authorize = "/authorize?response_type=code&client_id=mikro-web&state=s1"
                                 "&scope=openid&redirect_uri=";
    const auto v4
        = get(authorize + QUrl::toPercentEncoding(u"http://localhost:3000/auth/callback"_s));
    QCOMPARE(v4.status, 200);
    QVERIFY2(!v4.body.contains("Callback URL mismatch"), v4.body.constData());
    const auto other
        = get(authorize + QUrl::toPercentEncoding(u"http://localhost:3000/elsewhere"_s));
    QCOMPARE(other.status, 400);
    QVERIFY(other.body.contains("Callback URL mismatch"));
}

void tst_DevstackIdentity::aPlusInTheQueryIsASpace()
{
    // The whole web sign-in: with '+' read literally the scope is one word, "openid" is not
    // among the scopes, and no ID token comes.
    const QByteArray callback = QUrl::toPercentEncoding(u"http://localhost:3000/auth/callback"_s);
    const auto page = get("/authorize?response_type=code&client_id=mikro-web&state=s2"
                          "&scope=openid+profile+email&redirect_uri="
        + callback);
    QCOMPARE(page.status, 200);
    const QRegularExpression field(u"name=\"transaction\" value=\"([^\"]+)\""_s);
    const auto found = field.match(QString::fromUtf8(page.body));
    QVERIFY2(found.hasMatch(), page.body.constData());
    const QByteArray chosen = "transaction=" + found.captured(1).toUtf8()
        + "&subject=" + QUrl::toPercentEncoding(u"auth0|devstack-admin"_s);
    const auto decided = testing::fetchOnce(m_port,
        "POST /authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(chosen.size()) + "\r\n\r\n" + chosen);
    QVERIFY(decided);
    QCOMPARE(decided->status, 302);
    const QUrl back(QString::fromUtf8(decided->headers.value("location")));
    const QString code = QUrlQuery(back).queryItemValue(u"code"_s);
    QVERIFY(!code.isEmpty());
    const QByteArray form = "grant_type=authorization_code&client_id=mikro-web"
                            "&client_secret=devstack-web-secret&code="
        + QUrl::toPercentEncoding(code) + "&redirect_uri=" + callback;
    const auto tokens = testing::fetchOnce(m_port,
        "POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(form.size()) + "\r\n\r\n" + form);
    QVERIFY(tokens);
    QCOMPARE(tokens->status, 200);
    const QJsonObject answer = QJsonDocument::fromJson(tokens->body).object();
    QCOMPARE(answer.value(u"scope"_s).toString(), u"openid profile email"_s);
    QVERIFY2(!answer.value(u"id_token"_s).toString().isEmpty(), tokens->body.constData());
}

void tst_DevstackIdentity::logoutReturnsOnlyToAllowedAddresses_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("location"); ///< empty: no redirect
    const QByteArray home = QUrl::toPercentEncoding(u"http://localhost:3000/"_s);
    QTest::newRow("returnTo, Auth0's")
        << ("client_id=mikro-web&returnTo=" + home) << QByteArray("http://localhost:3000/");
    QTest::newRow("post_logout_redirect_uri, OIDC's")
        << ("post_logout_redirect_uri=" + home) << QByteArray("http://localhost:3000/");
    QTest::newRow("another origin")
        << ("client_id=mikro-web&returnTo=" + QUrl::toPercentEncoding(u"http://evil.example/"_s))
        << QByteArray();
    QTest::newRow("credentials in the address")
        << ("returnTo=" + QUrl::toPercentEncoding(u"http://user@localhost:3000/"_s))
        << QByteArray();
    QTest::newRow("javascript") << ("returnTo=" + QUrl::toPercentEncoding(u"javascript:alert(1)"_s))
                                << QByteArray();
    QTest::newRow("unknown client") << ("client_id=nobody&returnTo=" + home) << QByteArray();
}

void tst_DevstackIdentity::logoutReturnsOnlyToAllowedAddresses()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, location);
    for (const QByteArray &path : { QByteArray("/v2/logout?"), QByteArray("/oidc/logout?") }) {
        const auto r = get(path + query);
        if (location.isEmpty()) {
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.contains("Signed out"));
        } else {
            QCOMPARE(r.status, 302);
            QCOMPARE(r.headers.value("location"), location);
        }
    }
}

QTEST_GUILESS_MAIN(tst_DevstackIdentity)
#include "tst_DevstackIdentity.moc"
