#pragma once

#include "app/desktop/DesktopSettings.h"
#include "services/core/Clock.h"
#include "services/domain/policy/Caller.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mikro::store {
class Database;
}
namespace mikro::auth {
class AuthSession;
class HttpJwksSource;
class JwksCache;
class JwtVerifier;
class KeychainSecretStore;
class PkceLogin;
class TokenClient;
} // namespace mikro::auth
namespace mikro::domain {
class IdentityService;
class PayoutService;
} // namespace mikro::domain
namespace mikro::ui {
class MainWindow;
class SignInWindow;
} // namespace mikro::ui

namespace mikro::desktop {

/// Builds the desktop's object graph and drives the shell (UI.md §1.1–1.2): the local store is
/// opened and migrated on its pool; a stored session is restored silently; otherwise the sign-in
/// window runs the browser sign-in. Once signed in, the access token is verified against the
/// provider's keys and the person is admitted through the same IdentityService as the server, so
/// the header shows the role and organisation as stored. Nothing here blocks the UI thread.
class DesktopComposition : public QObject
{
    Q_OBJECT
public:
    explicit DesktopComposition(DesktopSettings settings, QObject *parent = nullptr);
    ~DesktopComposition() override;

    void start();

private:
    void startSignIn();
    void loadProfile();
    /// Reads the signed-in person's balances on the store's pool and shows them.
    void loadBalance();
    void showSignedOut(const QString &message);

    DesktopSettings m_settings;
    core::SystemClock m_clock;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::KeychainSecretStore> m_keychain;
    std::unique_ptr<auth::TokenClient> m_tokens;
    std::unique_ptr<auth::AuthSession> m_session;
    std::unique_ptr<auth::PkceLogin> m_login;
    std::unique_ptr<auth::HttpJwksSource> m_jwksSource;
    std::unique_ptr<auth::JwksCache> m_jwks;
    std::unique_ptr<auth::JwtVerifier> m_verifier;
    std::unique_ptr<domain::IdentityService> m_identity;
    std::unique_ptr<domain::PayoutService> m_payouts;
    std::optional<domain::SignInClaims> m_claims; ///< the signed-in person (no secrets)
    QTimer m_balanceTimer;
    std::unique_ptr<ui::SignInWindow> m_signInWindow;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace mikro::desktop
