#pragma once

#include "services/auth/TokenClient.h"
#include "services/core/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <memory>

namespace mikro::auth {

class SecretStore;

/// The desktop's signed-in session (DESIGN.md §6): the access token in memory only, the refresh
/// token in the SecretStore. restore() brings back a stored session without the browser.
/// Refreshing is single-flight, and a rotated refresh token is stored before the old one is
/// dropped. `invalid_grant` ends the session with a reason; sign-out revokes the refresh token and
/// deletes it from the store. Without a keychain the session lives in memory and
/// keychainUnavailable() says so. Lives on the UI thread; nothing blocks.
class AuthSession : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, Restoring, SignedIn };
    Q_ENUM(State)

    static constexpr const char *RefreshTokenKey = "refresh-token";

    AuthSession(TokenClient &tokens, SecretStore &secrets, const core::Clock &clock,
        QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    /// At start-up: a stored refresh token signs in silently; none leaves the session signed out.
    void restore();
    /// Takes the tokens of a finished PkceLogin.
    void adopt(const TokenSet &tokens);
    /// A valid access token, refreshed first when it expires within a minute.
    [[nodiscard]] QFuture<core::Result<core::Secret>> accessToken();
    /// Refreshes now (after a 401, and in tests).
    [[nodiscard]] QFuture<core::Result<core::Secret>> refreshNow();
    /// Revokes and forgets the session; the future ends when the provider and the store are done.
    QFuture<core::Result<void>> signOut();

signals:
    void stateChanged(mikro::auth::AuthSession::State state);
    /// The session ended without the person asking: `reason` is for them.
    void ended(const QString &reason);
    /// restore() could not reach the sign-in service: signed out, the stored token kept.
    void unreachable(const QString &message);
    /// The refresh token could not be kept in the keychain; the session lasts until Mikro closes.
    void keychainUnavailable(const QString &message);

private:
    void setState(State state);
    void endSession(const QString &reason);
    void storeRefreshToken(const core::Secret &token, std::function<void()> then);

    TokenClient &m_tokens;
    SecretStore &m_secrets;
    const core::Clock &m_clock;
    State m_state = State::SignedOut;
    TokenSet m_current;
    std::shared_ptr<QPromise<core::Result<core::Secret>>> m_refreshing;
};

} // namespace mikro::auth
