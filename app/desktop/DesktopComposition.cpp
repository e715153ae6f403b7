#include "app/desktop/DesktopComposition.h"

#include "services/auth/AuthSession.h"
#include "services/auth/JwksCache.h"
#include "services/auth/JwksSource.h"
#include "services/auth/JwtVerifier.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/PkceLogin.h"
#include "services/auth/TokenClient.h"
#include "services/client/AccountClient.h"
#include "services/client/Session.h"
#include "services/client/SignInClaims.h"
#include "services/client/http/HttpBackend.h"
#include "services/client/inprocess/InProcessBackend.h"
#include "services/client/inprocess/StoreCheck.h"
#include "services/client/offline/OfflineBackend.h"
#include "services/core/WhenReady.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "services/tm4/Tm4Client.h"
#include "ui/dialogs/OnboardingWizard.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInWindow.h"

#include <QDesktopServices>
#include <QFile>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mikro::desktop {

DesktopComposition::DesktopComposition(
    DesktopSettings settings, std::function<bool(const QUrl &)> openBrowser, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_keychain(std::make_unique<auth::KeychainSecretStore>(m_settings.keychainService()))
    , m_databasePasswords(
          std::make_unique<auth::KeychainSecretStore>(client::storePasswordService()))
    , m_tokens(std::make_unique<auth::TokenClient>(*m_network, m_settings.provider, m_clock))
    , m_session(std::make_unique<auth::AuthSession>(*m_tokens, *m_keychain, m_clock))
    , m_login(std::make_unique<auth::PkceLogin>(
          *m_tokens,
          openBrowser ? std::move(openBrowser)
                      : [](const QUrl &url) { return QDesktopServices::openUrl(url); }))
    , m_person(std::make_unique<client::Session>())
    , m_signInWindow(std::make_unique<ui::SignInWindow>())
{
    if (m_settings.connection != DesktopSettings::Connection::Server) {
        const bool file = m_settings.connection == DesktopSettings::Connection::LocalFile;
        m_db = std::make_unique<store::Database>(
            file ? store::DatabaseConfig::sqlite(m_settings.localStorePath) : m_settings.database,
            file ? 2 : 4);
        m_jwksSource
            = std::make_unique<auth::HttpJwksSource>(*m_network, m_settings.provider.jwksUrl());
        m_jwks = std::make_unique<auth::JwksCache>(*m_jwksSource, m_clock);
        m_verifier = std::make_unique<auth::JwtVerifier>(*m_jwks, m_clock,
            auth::JwtSettings { m_settings.provider.issuer.toString(), m_settings.provider.audience,
                m_settings.claimNamespace });
        auto local = std::make_unique<client::InProcessBackend>(*m_db, m_clock);
        if (m_settings.tm4ApiUrl.isValid() && !m_settings.tm4ApiUrl.isEmpty()) {
            tm4::Tm4Settings tm4;
            tm4.apiUrl = m_settings.tm4ApiUrl;
            m_tm4 = std::make_unique<tm4::Tm4Client>(tm4);
            local->setTm4(m_tm4.get());
        }
        m_inProcess = local.get();
        m_backend = std::move(local);
    } else {
        auth::AuthSession *session = m_session.get();
        m_backend = std::make_unique<client::HttpBackend>(*m_network, m_settings.serverUrl,
            client::TokenSource { [session] { return session->accessToken(); },
                [session] { return session->refreshNow(); } });
    }
    m_offline = std::make_unique<client::OfflineBackend>(*m_backend, m_clock);
    m_window = std::make_unique<ui::MainWindow>(ui::PageContext { *m_offline, *m_person, m_clock });

    // The role and organisation as stored can change while signed in (UI.md §1.5).
    m_describeTimer.setInterval(std::chrono::seconds(60));
    connect(&m_describeTimer, &QTimer::timeout, this, [this] { describe(false); });
    connect(m_signInWindow.get(), &ui::SignInWindow::signInRequested, this,
        &DesktopComposition::startSignIn);
    const auto openSettings = [this](QWidget *over) {
        auto *dialog = new ui::SettingsDialog(m_qsettings, *m_network, *m_databasePasswords, over);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    connect(m_signInWindow.get(), &ui::SignInWindow::settingsRequested, this,
        [this, openSettings] { openSettings(m_signInWindow.get()); });
    connect(m_window.get(), &ui::MainWindow::settingsRequested, this,
        [this, openSettings] { openSettings(m_window.get()); });
    connect(m_signInWindow.get(), &ui::SignInWindow::cancelRequested, this, [this] {
        m_login->cancel();
        m_signInWindow->showReady();
    });
    connect(m_login.get(), &auth::PkceLogin::linkReady, m_signInWindow.get(),
        &ui::SignInWindow::showWaitingForBrowser);
    connect(m_login.get(), &auth::PkceLogin::exchanging, m_signInWindow.get(),
        &ui::SignInWindow::showCompleting);
    connect(m_session.get(), &auth::AuthSession::keychainUnavailable, this,
        [this](const QString &message) {
            m_keychainAvailable = false;
            m_window->showWarning(message);
            m_window->setKeychainAvailable(false);
        });
    connect(m_session.get(), &auth::AuthSession::ended, this, &DesktopComposition::showSignedOut);
    connect(m_session.get(), &auth::AuthSession::unreachable, this, [this](const QString &message) {
        m_signInWindow->showError(message, QString());
        offerWorkingOffline();
    });
    connect(m_signInWindow.get(), &ui::SignInWindow::workOfflineRequested, this,
        &DesktopComposition::workOffline);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this, [this] {
        auto signedOut = m_session->signOut();
        m_login->setPromptForLogin(true);
        showSignedOut(QString());
        // UI.md §1.6: offline the token cannot be revoked; this computer forgets it anyway.
        core::whenReady(signedOut, this, [this](const core::Result<void> &done) {
            if (!done.ok() && !m_window->isVisible())
                m_signInWindow->showReady(
                    tr("Signed out on this computer; the session expires by itself."));
        });
    });
    connect(m_window.get(), &ui::MainWindow::checkAgainRequested, this, [this] {
        // A new organisation claim arrives only in a fresh token.
        core::whenReady(
            m_session->refreshNow(), this, [this](const core::Result<core::Secret> &token) {
                if (!token.ok()) {
                    m_window->showStatus(token.error().message);
                    return;
                }
                if (m_inProcess)
                    verifyThenAdmit();
                else
                    admit();
            });
    });
}

DesktopComposition::~DesktopComposition()
{
    m_window.reset();
    m_signInWindow.reset();
    m_backend.reset(); // its calls in flight end while the offline layer that follows them is here
    m_offline.reset();
    m_db.reset(); // waits for work still on the store's pool
}

void DesktopComposition::start()
{
    m_signInWindow->showRestoring();
    m_signInWindow->show();
    connect(m_session.get(), &auth::AuthSession::stateChanged, this,
        [this](auth::AuthSession::State state) {
            if (state == auth::AuthSession::State::SignedIn)
                m_inProcess ? verifyThenAdmit() : admit();
            else if (state == auth::AuthSession::State::SignedOut && !m_window->isVisible())
                m_signInWindow->showReady();
        });
    if (!m_db) {
        m_session->restore();
        return;
    }
    // In process: the local file is opened and migrated on its pool before anyone is admitted.
    auto migrated = QtConcurrent::run(
        &m_db->pool(), [this] { return store::Migrator(*m_db, m_clock).migrate(); });
    core::whenReady(migrated, this, [this](const core::Result<store::MigrationReport> &report) {
        if (!report.ok()) {
            m_signInWindow->showError(
                tr("Your local data can't be opened: %1 Check that the data folder is "
                   "writable, or choose a Mikro server in the connection settings.")
                    .arg(report.error().message),
                report.error().diagnostic);
            return;
        }
        m_session->restore();
    });
}

void DesktopComposition::startSignIn()
{
    core::whenReady(m_login->start(), this, [this](const core::Result<auth::TokenSet> &tokens) {
        if (!tokens.ok()) {
            if (tokens.error().code != "sign_in_cancelled")
                m_signInWindow->showError(tokens.error().message, tokens.error().diagnostic);
            if (tokens.error().kind == core::ErrorKind::Unavailable)
                offerWorkingOffline();
            return;
        }
        m_session->adopt(tokens.value());
    });
}

void DesktopComposition::verifyThenAdmit()
{
    m_signInWindow->showLoadingProfile();
    core::whenReady(
        m_session->accessToken(), this, [this](const core::Result<core::Secret> &access) {
            if (!access.ok()) {
                showSignedOut(access.error().message);
                return;
            }
            core::whenReady(m_verifier->verify(access.value().reveal()), this,
                [this](const core::Result<auth::VerifiedToken> &token) {
                    if (!token.ok()) {
                        m_signInWindow->showError(token.error().message, token.error().diagnostic);
                        return;
                    }
                    m_inProcess->setClaims(client::claimsOf(token.value()));
                    admit();
                });
        });
}

void DesktopComposition::admit()
{
    m_signInWindow->showLoadingProfile();
    core::whenReady(m_backend->account().signIn(), this,
        [this](const core::Result<domain::UserProfile> &profile) {
            if (!profile.ok()) {
                m_signInWindow->showError(profile.error().message, profile.error().diagnostic);
                return;
            }
            describe(true);
        });
}

void DesktopComposition::describe(bool openWindow)
{
    core::whenReady(m_backend->account().details(), this,
        [this, openWindow](const core::Result<client::AccountDetails> &details) {
            if (!details.ok()) {
                if (openWindow)
                    m_signInWindow->showError(details.error().message, details.error().diagnostic);
                else if (details.error().kind == core::ErrorKind::Unauthenticated
                    || details.error().kind == core::ErrorKind::Forbidden)
                    showSignedOut(details.error().message);
                return;
            }
            m_person->adopt(details.value());
            if (!openWindow)
                return;
            // The person's own offline file: what they queued before is sent now, with this
            // fresh sign-in (DESIGN.md §9). Without it Mikro still works, online only.
            const domain::UserProfile profile = details.value().profile;
            core::whenReady(
                m_offline->open(client::OfflineStore::pathFor(offlineDirectory(), profile.id)),
                this, [this, profile, kept = details.value()](const core::Result<void> &opened) {
                    if (!opened.ok()) {
                        qWarning(
                            "offline file not opened: %s", qPrintable(opened.error().diagnostic));
                    } else {
                        rememberForOffline(kept);
                    }
                    if (profile.needsOnboarding())
                        onboard(profile);
                    else
                        openMainWindow(QString());
                });
        });
}

void DesktopComposition::onboard(const domain::UserProfile &partial)
{
    // UI.md §1.3: a modal wizard that cannot be skipped; leaving it signs out.
    m_signInWindow->hide();
    auto *wizard = new ui::OnboardingWizard(m_backend->account(), partial);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ui::OnboardingWizard::signOutRequested, m_window.get(),
        &ui::MainWindow::signOutRequested);
    connect(wizard, &QWizard::accepted, this, [this] {
        core::whenReady(m_backend->account().details(), this,
            [this](const core::Result<client::AccountDetails> &details) {
                if (!details.ok()) {
                    showSignedOut(details.error().message);
                    return;
                }
                m_person->adopt(details.value());
                openMainWindow(tr("Welcome to Mikro"));
            });
    });
    wizard->show();
}

void DesktopComposition::openMainWindow(const QString &message)
{
    m_window->setKeychainAvailable(m_keychainAvailable);
    m_signInWindow->hide();
    m_window->show();
    m_window->start();
    if (!message.isEmpty())
        m_window->showStatus(message);
    m_describeTimer.start();
}

void DesktopComposition::rememberForOffline(const client::AccountDetails &details)
{
    m_offline->offlineChecklists().setPerson(details.profile.id, m_person->displayName());
    static_cast<void>(m_offline->keepAccount(details));
    m_qsettings.setValue(u"offline/lastPerson"_s, details.profile.id);
    m_qsettings.setValue(u"offline/lastName"_s, details.profile.fullName());
}

void DesktopComposition::offerWorkingOffline()
{
    const QString id = m_qsettings.value(u"offline/lastPerson"_s).toString();
    if (!id.isEmpty() && QFile::exists(client::OfflineStore::pathFor(offlineDirectory(), id)))
        m_signInWindow->offerWorkingOffline(m_qsettings.value(u"offline/lastName"_s).toString());
}

void DesktopComposition::workOffline()
{
    // UI.md §1.1, §6: the last person's kept data, no session; what they queue is sent only
    // after they sign in again (the outbox is theirs, and sending needs their fresh token).
    const QString id = m_qsettings.value(u"offline/lastPerson"_s).toString();
    m_signInWindow->showLoadingProfile();
    const auto cannot = [this](const QString &why) {
        m_offline->close();
        m_signInWindow->showError(why, QString());
    };
    core::whenReady(m_offline->open(client::OfflineStore::pathFor(offlineDirectory(), id)), this,
        [this, cannot](const core::Result<void> &opened) {
            if (!opened.ok()) {
                cannot(opened.error().message);
                return;
            }
            core::whenReady(m_offline->keptAccount(), this,
                [this, cannot](const core::Result<std::optional<client::AccountDetails>> &kept) {
                    if (!kept.ok() || !kept.value()) {
                        cannot(tr("Nothing is kept on this computer to work offline with. Sign "
                                  "in once with a connection first."));
                        return;
                    }
                    m_person->adopt(*kept.value());
                    m_offline->offlineChecklists().setPerson(
                        kept.value()->profile.id, m_person->displayName());
                    m_offline->setWorkingOffline(true);
                    m_window->setKeychainAvailable(m_keychainAvailable);
                    m_signInWindow->hide();
                    m_window->show();
                    m_window->start(m_person->role() == domain::Role::User ? ui::PageId::Checklists
                                                                           : ui::PageId::Review);
                    m_window->showStatus(
                        tr("Working offline. Sign in again to send your changes."));
                });
        });
}

QString DesktopComposition::offlineDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

void DesktopComposition::showSignedOut(const QString &message)
{
    m_describeTimer.stop();
    m_offline->setWorkingOffline(false);
    m_offline->close(); // what waits stays in the person's file for their next sign-in
    m_signInWindow->offerWorkingOffline(QString());
    if (m_inProcess)
        m_inProcess->setClaims(std::nullopt);
    m_person->clear();
    m_window->hide();
    m_signInWindow->showReady(message);
    m_signInWindow->show();
}

} // namespace mikro::desktop
