#include "app/devstack/sim/IdentityProvider.h"
#include "app/server/ServerComposition.h"
#include "services/auth/AuthSession.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/MemorySecretStore.h"
#include "services/auth/PkceLogin.h"
#include "services/http/HttpServer.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/BrowserPlayer.h"
#include "tests/support/LocalIdentityProvider.h"
#include "tests/support/RawHttpClient.h"
#include "tests/support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace mikro;

namespace {

const QString Admin = u"auth0|devstack-admin"_s;
const QList<quint16> CallbackPorts { 53682, 53683, 53684, 53685 };

/// A keychain that is not there (as without D-Bus): reads and writes fail as unavailable.
class NoKeychain final : public auth::SecretStore
{
public:
    QFuture<core::Result<core::Secret>> read(const QString &) override
    {
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(unavailable()));
    }
    QFuture<core::Result<void>> write(const QString &, const core::Secret &) override
    {
        ++writes;
        return QtFuture::makeReadyFuture(core::Result<void>(unavailable()));
    }
    QFuture<core::Result<void>> remove(const QString &) override
    {
        return QtFuture::makeReadyFuture(core::Result<void>(unavailable()));
    }
    int writes = 0;

private:
    static core::Error unavailable()
    {
        return core::Error::make(core::ErrorKind::Unavailable, "keychain_unavailable", u"none"_s);
    }
};

} // namespace

/// The whole desktop sign-in with no human: the test plays the browser against the devstack's
/// identity provider, the refresh token goes to the real keychain (gnome-keyring under a private
/// D-Bus session in scripts/test.sh), and the access token is used against mikro-server.
class tst_DesktopSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void signInThenAnotherInstanceRestoresFromTheKeychain();
    void reusedRefreshTokenEndsTheSession();
    void signOutRevokesAndLeavesNothingInTheKeychain();
    void callbackWithAnotherStateIsIgnored();
    void browserThatCannotOpenOffersTheLink();
    void noFreeCallbackPortSaysWhich();
    void withoutKeychainTheSessionLastsInMemory();

private:
    core::Result<auth::TokenSet> signInAs(const QString &subject);
    core::Result<core::Secret> storedRefreshToken();
    testing::RawResponse login(const core::Secret &access);

    core::SystemClock m_clock;
    std::unique_ptr<testing::LocalIdentityProvider> m_local;
    devstack::IdentityProvider *m_idp = nullptr;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<server::ServerComposition> m_server;
    quint16 m_serverPort = 0;
    QNetworkAccessManager m_network;
    std::unique_ptr<auth::TokenClient> m_tokens;
    QString m_service; ///< keychain service name, new per test
};

void tst_DesktopSignIn::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariable("MIKRO_TEST_REQUIRE_KEYCHAIN") == "1"_L1)
            QFAIL("no D-Bus session: scripts/test.sh starts one with gnome-keyring");
        QSKIP("no D-Bus session for the keychain; scripts/test.sh runs these with one");
    }
    m_local = std::make_unique<testing::LocalIdentityProvider>(m_clock);
    QVERIFY(m_local->start());
    m_idp = &m_local->provider();

    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    const server::ServerConfig config = m_local->serverConfig(m_temp->config());
    m_server = std::make_unique<server::ServerComposition>(config);
    QVERIFY(m_server->prepareStore().ok());
    const auto port = m_server->start();
    QVERIFY(port.ok());
    m_serverPort = port.value();

    auth::OidcProvider provider { QUrl(m_idp->issuer()), u"mikro-desktop"_s,
        u"https://mikro/api/authorize"_s, CallbackPorts };
    m_tokens = std::make_unique<auth::TokenClient>(m_network, provider, m_clock);
}

void tst_DesktopSignIn::cleanupTestCase()
{
    m_tokens.reset();
    m_server.reset();
    m_temp.reset();
    m_local.reset();
}

void tst_DesktopSignIn::init()
{
    m_service = u"mikro-test-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
}

void tst_DesktopSignIn::cleanup()
{
    auth::KeychainSecretStore store(m_service);
    static_cast<void>(testing::awaitResult(
        store.remove(QString::fromLatin1(auth::AuthSession::RefreshTokenKey))));
}

core::Result<auth::TokenSet> tst_DesktopSignIn::signInAs(const QString &subject)
{
    testing::BrowserPlayer browser(subject);
    auth::PkceLogin login(*m_tokens, browser.opener());
    const auto result = testing::awaitResult(login.start(), 30s);
    if (!result)
        return core::Error::make(core::ErrorKind::Internal, "timeout",
            browser.failure + u" after "_s + browser.visited.join(u" → "_s));
    return *result;
}

core::Result<core::Secret> tst_DesktopSignIn::storedRefreshToken()
{
    auth::KeychainSecretStore store(m_service);
    const auto read
        = testing::awaitResult(store.read(QString::fromLatin1(auth::AuthSession::RefreshTokenKey)));
    if (!read)
        return core::Error::make(core::ErrorKind::Internal, "timeout", u"keychain read"_s);
    return *read;
}

testing::RawResponse tst_DesktopSignIn::login(const core::Secret &access)
{
    return testing::fetchOnce(m_serverPort,
        "POST /api/login HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n"
        "Authorization: Bearer "
            + access.reveal() + "\r\n\r\n")
        .value_or(testing::RawResponse {});
}

void tst_DesktopSignIn::signInThenAnotherInstanceRestoresFromTheKeychain()
{
    const auto tokens = signInAs(Admin);
    QVERIFY2(tokens.ok(),
        tokens.ok() ? "" : qPrintable(tokens.error().diagnostic + tokens.error().message));
    QVERIFY(!tokens.value().refreshToken.isEmpty());
    {
        auth::KeychainSecretStore keychain(m_service);
        auth::AuthSession first(*m_tokens, keychain, m_clock);
        first.adopt(tokens.value());
        QCOMPARE(first.state(), auth::AuthSession::State::SignedIn);
        QTRY_VERIFY(storedRefreshToken().ok());
        QCOMPARE(storedRefreshToken().value(), tokens.value().refreshToken);
    }
    // A second instance, as after a restart: no browser, the keychain brings the session back.
    auth::KeychainSecretStore keychain(m_service);
    auth::AuthSession second(*m_tokens, keychain, m_clock);
    second.restore();
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), auth::AuthSession::State::SignedIn, 15000);
    const auto access = testing::awaitResult(second.accessToken());
    QVERIFY(access && access->ok());
    const auto response = login(access->value());
    QCOMPARE(response.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(body.value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(body.value(u"needs_onboarding"_s).toBool(), true);
    // The restore refreshed, and the rotated refresh token replaced the first in the keychain.
    QTRY_VERIFY(
        storedRefreshToken().ok() && storedRefreshToken().value() != tokens.value().refreshToken);
    QVERIFY(!m_idp->isRefreshTokenActive(QString::fromUtf8(tokens.value().refreshToken.reveal())));
}

void tst_DesktopSignIn::reusedRefreshTokenEndsTheSession()
{
    const auto tokens = signInAs(Admin);
    QVERIFY(tokens.ok());
    auth::KeychainSecretStore keychain(m_service);
    auth::AuthSession session(*m_tokens, keychain, m_clock);
    session.adopt(tokens.value());
    const auto refreshed = testing::awaitResult(session.refreshNow());
    QVERIFY(refreshed && refreshed->ok());
    // Someone replays the rotated-away token: the provider revokes the whole family.
    const auto replay = testing::awaitResult(m_tokens->refresh(tokens.value().refreshToken));
    QVERIFY(replay && !replay->ok());
    QCOMPARE(replay->error().code, QByteArray("invalid_grant"));
    QSignalSpy ended(&session, &auth::AuthSession::ended);
    const auto next = testing::awaitResult(session.refreshNow());
    QVERIFY(next && !next->ok());
    QCOMPARE(next->error().code, QByteArray("invalid_grant"));
    QCOMPARE(ended.count(), 1);
    QVERIFY(!ended.at(0).at(0).toString().isEmpty());
    QCOMPARE(session.state(), auth::AuthSession::State::SignedOut);
    QTRY_COMPARE(storedRefreshToken().ok() ? QByteArray() : storedRefreshToken().error().code,
        QByteArray("secret_not_found"));
}

void tst_DesktopSignIn::signOutRevokesAndLeavesNothingInTheKeychain()
{
    const auto tokens = signInAs(Admin);
    QVERIFY(tokens.ok());
    auth::KeychainSecretStore keychain(m_service);
    auth::AuthSession session(*m_tokens, keychain, m_clock);
    session.adopt(tokens.value());
    QTRY_VERIFY(storedRefreshToken().ok());
    const auto done = testing::awaitResult(session.signOut());
    QVERIFY(done && done->ok());
    QCOMPARE(session.state(), auth::AuthSession::State::SignedOut);
    QCOMPARE(storedRefreshToken().error().code, QByteArray("secret_not_found"));
    QVERIFY(!m_idp->isRefreshTokenActive(QString::fromUtf8(tokens.value().refreshToken.reveal())));
}

void tst_DesktopSignIn::callbackWithAnotherStateIsIgnored()
{
    testing::BrowserPlayer browser(Admin);
    QNetworkAccessManager attacker;
    int forgedStatus = 0;
    auth::PkceLogin login(*m_tokens, [&](const QUrl &url) {
        // Before the real browser returns, something else hits the callback with its own code.
        const QUrl redirect(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QUrl forged = redirect;
        forged.setQuery(u"code=stolen&state=not-ours"_s);
        QNetworkReply *reply = attacker.get(QNetworkRequest(forged));
        QObject::connect(reply, &QNetworkReply::finished, &browser, [&, reply, url] {
            forgedStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            browser.open(url);
        });
        return true;
    });
    const auto result = testing::awaitResult(login.start(), 30s);
    QVERIFY(result);
    QCOMPARE(forgedStatus, 400);
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().diagnostic));
    QCOMPARE(browser.callbackStatus, 200);
}

void tst_DesktopSignIn::browserThatCannotOpenOffersTheLink()
{
    auth::PkceLogin login(*m_tokens, [](const QUrl &) { return false; });
    QSignalSpy link(&login, &auth::PkceLogin::linkReady);
    auto pending = login.start();
    QCOMPARE(link.count(), 1);
    const QUrl url = link.at(0).at(0).toUrl();
    QCOMPARE(link.at(0).at(1).toBool(), false);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
        u"openid profile email offline_access"_s);
    QCOMPARE(
        query.queryItemValue(u"audience"_s, QUrl::FullyDecoded), u"https://mikro/api/authorize"_s);
    QVERIFY(!query.queryItemValue(u"state"_s).isEmpty());
    QVERIFY(!query.hasQueryItem(u"code_verifier"_s)); // the link holds no secret
    QVERIFY(!pending.isFinished()); // waiting goes on
    // The person pastes the link into a browser themselves.
    testing::BrowserPlayer browser(Admin);
    browser.open(url);
    const auto result = testing::awaitResult(pending, 30s);
    QVERIFY(result && result->ok());
}

void tst_DesktopSignIn::noFreeCallbackPortSaysWhich()
{
    std::vector<std::unique_ptr<QTcpServer>> squatters;
    for (const quint16 port : CallbackPorts) {
        // A port the system already handed to another socket (they lie in the ephemeral
        // range) is just as busy; the check below is that every one is refused.
        auto squatter = std::make_unique<QTcpServer>();
        if (squatter->listen(QHostAddress::LocalHost, port))
            squatters.push_back(std::move(squatter));
        else
            QVERIFY(!QTcpServer().listen(QHostAddress::LocalHost, port));
    }
    auth::PkceLogin login(*m_tokens, [](const QUrl &) { return true; });
    const auto result = testing::awaitResult(login.start());
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().code, QByteArray("no_callback_port"));
    QVERIFY(result->error().message.contains(u"53682, 53683, 53684, 53685"_s));
}

void tst_DesktopSignIn::withoutKeychainTheSessionLastsInMemory()
{
    const auto tokens = signInAs(Admin);
    QVERIFY(tokens.ok());
    NoKeychain keychain;
    auth::AuthSession session(*m_tokens, keychain, m_clock);
    QSignalSpy warned(&session, &auth::AuthSession::keychainUnavailable);
    session.adopt(tokens.value());
    QTRY_COMPARE(warned.count(), 1);
    QCOMPARE(session.state(), auth::AuthSession::State::SignedIn);
    const auto refreshed = testing::awaitResult(session.refreshNow());
    QVERIFY(refreshed && refreshed->ok());
    QCOMPARE(login(refreshed->value()).status, 200);
}

QTEST_GUILESS_MAIN(tst_DesktopSignIn)
#include "tst_DesktopSignIn.moc"
