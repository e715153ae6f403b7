#pragma once

#include "app/desktop/DesktopSettings.h"
#include "services/core/Clock.h"

#include <QObject>
#include <QSettings>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace mikro::store {
class Database;
}
namespace mikro::tm4 {
class Tm4Client;
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
struct UserProfile;
}
namespace mikro::client {
struct AccountDetails;
class OfflineBackend;
class Backend;
class InProcessBackend;
class Session;
} // namespace mikro::client
namespace mikro::ui {
class MainWindow;
class SignInWindow;
} // namespace mikro::ui

namespace mikro::desktop {

/// Builds the desktop's object graph and drives sign-in and sign-out (UI.md §1.1–1.2). The pages
/// speak to one client::Backend: HttpBackend to the configured Mikro server (the default, with
/// the session's token), or InProcessBackend on a local SQLite file, admitted with the claims of
/// the verified token. Here is only wiring and the sign-in sequence; nothing blocks the UI thread.
class DesktopComposition : public QObject
{
    Q_OBJECT
public:
    /// `openBrowser` opens the sign-in page (the system browser by default).
    explicit DesktopComposition(DesktopSettings settings,
        std::function<bool(const QUrl &)> openBrowser = {}, QObject *parent = nullptr);
    ~DesktopComposition() override;

    void start();

private:
    /// Where the people's offline files are kept on this computer.
    [[nodiscard]] static QString offlineDirectory();
    void startSignIn();
    /// Admits the signed-in person through the backend, then describes them into the Session.
    void admit();
    void describe(bool openWindow);
    /// The onboarding wizard over the partial profile (UI.md §1.3), then the main window.
    void onboard(const domain::UserProfile &partial);
    void openMainWindow(const QString &message);
    /// Keeps the signed-in person's account in their offline file and names them as this
    /// computer's last person, for starting offline (UI.md §1.1).
    void rememberForOffline(const client::AccountDetails &details);
    /// "Work offline" on the sign-in window, when the last person's file is here.
    void offerWorkingOffline();
    /// Opens the main window on the last person's kept data, without a session.
    void workOffline();
    void showSignedOut(const QString &message);
    /// In process only: the token's claims, verified here as the server's gate verifies them.
    void verifyThenAdmit();

    DesktopSettings m_settings;
    QSettings m_qsettings; ///< what the Settings dialog edits (UI.md §1.10)
    core::SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::KeychainSecretStore> m_keychain;
    std::unique_ptr<auth::KeychainSecretStore> m_databasePasswords; ///< Settings ▸ Connection
    std::unique_ptr<auth::TokenClient> m_tokens;
    std::unique_ptr<auth::AuthSession> m_session;
    std::unique_ptr<auth::PkceLogin> m_login;
    std::unique_ptr<store::Database> m_db; ///< in process only
    std::unique_ptr<auth::HttpJwksSource> m_jwksSource;
    std::unique_ptr<auth::JwksCache> m_jwks;
    std::unique_ptr<auth::JwtVerifier> m_verifier;
    std::unique_ptr<tm4::Tm4Client> m_tm4; ///< in process only, when a TM4 address is set
    std::unique_ptr<client::Backend> m_backend;
    /// What the pages use: m_backend with the offline layer around it (DESIGN.md §9).
    std::unique_ptr<client::OfflineBackend> m_offline;
    client::InProcessBackend *m_inProcess = nullptr; ///< m_backend when in process
    std::unique_ptr<client::Session> m_person;
    QTimer m_describeTimer;
    bool m_keychainAvailable = true;
    std::unique_ptr<ui::SignInWindow> m_signInWindow;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace mikro::desktop
