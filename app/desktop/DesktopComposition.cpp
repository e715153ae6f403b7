#include "app/desktop/DesktopComposition.h"

#include "services/auth/AuthSession.h"
#include "services/auth/JwksCache.h"
#include "services/auth/JwksSource.h"
#include "services/auth/JwtVerifier.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/PkceLogin.h"
#include "services/auth/TokenClient.h"
#include "services/client/SignInClaims.h"
#include "services/core/WhenReady.h"
#include "services/domain/money/PayoutService.h"
#include "services/domain/people/IdentityService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInWindow.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mikro::desktop {

DesktopComposition::DesktopComposition(DesktopSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_db(std::make_unique<store::Database>(
          store::DatabaseConfig::sqlite(m_settings.localStorePath), 2))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_keychain(std::make_unique<auth::KeychainSecretStore>(m_settings.keychainService()))
    , m_tokens(std::make_unique<auth::TokenClient>(*m_network, m_settings.provider, m_clock))
    , m_session(std::make_unique<auth::AuthSession>(*m_tokens, *m_keychain, m_clock))
    , m_login(std::make_unique<auth::PkceLogin>(
          *m_tokens, [](const QUrl &url) { return QDesktopServices::openUrl(url); }))
    , m_jwksSource(
          std::make_unique<auth::HttpJwksSource>(*m_network, m_settings.provider.jwksUrl()))
    , m_jwks(std::make_unique<auth::JwksCache>(*m_jwksSource, m_clock))
    , m_verifier(std::make_unique<auth::JwtVerifier>(*m_jwks, m_clock,
          auth::JwtSettings { m_settings.provider.issuer.toString(), m_settings.provider.audience,
              m_settings.claimNamespace }))
    , m_identity(std::make_unique<domain::IdentityService>(*m_db, m_clock))
    , m_payouts(std::make_unique<domain::PayoutService>(*m_db, m_clock))
    , m_signInWindow(std::make_unique<ui::SignInWindow>())
    , m_window(std::make_unique<ui::MainWindow>())
{
    // Balances follow the ledger, which a server's sync may change at any time.
    m_balanceTimer.setInterval(std::chrono::seconds(60));
    connect(&m_balanceTimer, &QTimer::timeout, this, &DesktopComposition::loadBalance);
    connect(m_signInWindow.get(), &ui::SignInWindow::signInRequested, this,
        &DesktopComposition::startSignIn);
    connect(m_signInWindow.get(), &ui::SignInWindow::cancelRequested, this, [this] {
        m_login->cancel();
        m_signInWindow->showReady();
    });
    connect(m_login.get(), &auth::PkceLogin::linkReady, m_signInWindow.get(),
        &ui::SignInWindow::showWaitingForBrowser);
    connect(m_login.get(), &auth::PkceLogin::exchanging, m_signInWindow.get(),
        &ui::SignInWindow::showCompleting);
    connect(m_session.get(), &auth::AuthSession::keychainUnavailable, m_window.get(),
        &ui::MainWindow::showWarning);
    connect(m_session.get(), &auth::AuthSession::ended, this, &DesktopComposition::showSignedOut);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this, [this] {
        static_cast<void>(m_session->signOut());
        m_login->setPromptForLogin(true);
        showSignedOut(QString());
    });
}

DesktopComposition::~DesktopComposition()
{
    m_window.reset();
    m_signInWindow.reset();
    m_db.reset(); // waits for work still on the store's pool
}

void DesktopComposition::start()
{
    m_window->showStorePreparing();
    auto migrated = QtConcurrent::run(
        &m_db->pool(), [this] { return store::Migrator(*m_db, m_clock).migrate(); });
    core::whenReady(migrated, this, [this](const core::Result<store::MigrationReport> &report) {
        if (report.ok())
            m_window->showStoreReady(m_db->config().describe(), report.value().schemaVersion);
        else
            m_window->showStoreFailed(report.error().message, report.error().diagnostic);
    });
    // UI.md §1.1: a stored session signs in silently; the window says so meanwhile.
    m_signInWindow->showRestoring();
    m_signInWindow->show();
    connect(m_session.get(), &auth::AuthSession::stateChanged, this,
        [this](auth::AuthSession::State state) {
            if (state == auth::AuthSession::State::SignedIn)
                loadProfile();
            else if (state == auth::AuthSession::State::SignedOut && !m_window->isVisible())
                m_signInWindow->showReady();
        });
    m_session->restore();
}

void DesktopComposition::startSignIn()
{
    core::whenReady(m_login->start(), this, [this](const core::Result<auth::TokenSet> &tokens) {
        if (!tokens.ok()) {
            if (tokens.error().code != "sign_in_cancelled")
                m_signInWindow->showError(tokens.error().message, tokens.error().diagnostic);
            return;
        }
        m_session->adopt(tokens.value());
    });
}

void DesktopComposition::loadProfile()
{
    m_signInWindow->showLoadingProfile();
    core::whenReady(
        m_session->accessToken(), this, [this](const core::Result<core::Secret> &access) {
            if (!access.ok()) {
                showSignedOut(access.error().message);
                return;
            }
            // The verifier may answer on the network thread; the rest happens on the store's pool
            // and comes back to this (UI) thread through the watcher.
            auto promise = std::make_shared<QPromise<core::Result<domain::UserProfile>>>();
            promise->start();
            auto signedIn = std::make_shared<domain::SignInClaims>();
            core::whenReady(promise->future(), this,
                [this, signedIn](const core::Result<domain::UserProfile> &profile) {
                    if (!profile.ok()) {
                        m_signInWindow->showError(
                            profile.error().message, profile.error().diagnostic);
                        return;
                    }
                    const domain::UserProfile &p = profile.value();
                    m_window->showPerson(p.fullName().isEmpty() ? p.email : p.fullName(),
                        domain::roleText(p.role), p.orgId);
                    m_signInWindow->hide();
                    m_window->show();
                    m_claims = *signedIn;
                    loadBalance();
                    m_balanceTimer.start();
                });
            m_verifier->verify(access.value().reveal(),
                [this, promise, signedIn](const core::Result<auth::VerifiedToken> &token) {
                    if (!token.ok()) {
                        promise->addResult(token.error());
                        promise->finish();
                        return;
                    }
                    const domain::SignInClaims claims = client::claimsOf(token.value());
                    *signedIn = claims;
                    static_cast<void>(QtConcurrent::run(&m_db->pool(), [this, promise, claims] {
                        promise->addResult(m_identity->signIn(claims));
                        promise->finish();
                    }));
                });
        });
}

void DesktopComposition::loadBalance()
{
    if (!m_claims)
        return;
    struct Read
    {
        domain::Balance balance;
        QString currency;
    };
    auto read = QtConcurrent::run(
        &m_db->pool(), [this, claims = *m_claims]() -> core::Result<std::optional<Read>> {
            auto caller = m_identity->resolveCaller(claims);
            if (!caller.ok())
                return caller.error();
            if (!caller.value().hasOrg())
                return std::optional<Read>(); // "no organisation yet": nothing to show
            auto balance = m_payouts->balance(caller.value());
            if (!balance.ok())
                return balance.error();
            auto details = m_identity->details(caller.value());
            if (!details.ok())
                return details.error();
            return std::optional<Read>(Read { balance.value(), details.value().second.currency });
        });
    core::whenReady(read, this, [this](const core::Result<std::optional<Read>> &result) {
        if (!m_claims)
            return; // signed out meanwhile
        if (!result.ok())
            m_window->showBalanceFailed(result.error().message);
        else if (result.value())
            m_window->showBalance(
                result.value()->balance, result.value()->currency, m_clock.nowUtc());
    });
}

void DesktopComposition::showSignedOut(const QString &message)
{
    m_claims.reset();
    m_balanceTimer.stop();
    m_window->hide();
    m_signInWindow->showReady(message);
    m_signInWindow->show();
}

} // namespace mikro::desktop
