#include "services/auth/AuthSession.h"

#include "services/auth/AuthLog.h"
#include "services/auth/SecretStore.h"
#include "services/core/WhenReady.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::auth {

namespace {

const QString RefreshKey = QString::fromLatin1(AuthSession::RefreshTokenKey);

core::Error notSignedIn()
{
    return core::Error::make(core::ErrorKind::Unauthenticated, "not_signed_in",
        QCoreApplication::translate("mikro::auth::AuthSession", "You are not signed in."));
}

} // namespace

AuthSession::AuthSession(
    TokenClient &tokens, SecretStore &secrets, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_secrets(secrets)
    , m_clock(clock)
{
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AuthSession::restore()
{
    setState(State::Restoring);
    core::whenReady(
        m_secrets.read(RefreshKey), this, [this](const core::Result<core::Secret> &stored) {
            if (!stored.ok()) {
                if (stored.error().kind == core::ErrorKind::Unavailable)
                    emit keychainUnavailable(stored.error().message);
                setState(State::SignedOut);
                return;
            }
            m_current = TokenSet {};
            m_current.refreshToken = stored.value();
            core::whenReady(refreshNow(), this, [this](const core::Result<core::Secret> &access) {
                if (access.ok()) {
                    setState(State::SignedIn);
                } else if (access.error().kind == core::ErrorKind::Unavailable) {
                    // The sign-in service did not answer: the stored token is still good for
                    // the next start; this one is signed out, and may work offline (UI.md §1.1).
                    m_current = TokenSet {};
                    setState(State::SignedOut);
                    emit unreachable(access.error().message);
                } else if (m_state != State::SignedOut) {
                    endSession(access.error().message);
                }
            });
        });
}

void AuthSession::adopt(const TokenSet &tokens)
{
    m_current = tokens;
    setState(State::SignedIn);
    if (!tokens.refreshToken.isEmpty())
        storeRefreshToken(tokens.refreshToken, [] {});
}

void AuthSession::storeRefreshToken(const core::Secret &token, std::function<void()> then)
{
    core::whenReady(m_secrets.write(RefreshKey, token), this,
        [this, then = std::move(then)](const core::Result<void> &written) {
            if (!written.ok())
                emit keychainUnavailable(written.error().message);
            then();
        });
}

QFuture<core::Result<core::Secret>> AuthSession::accessToken()
{
    if (m_state == State::SignedIn && !m_current.accessToken.isEmpty()
        && m_current.expiresAt > m_clock.nowUtc().addSecs(60))
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(m_current.accessToken));
    return refreshNow();
}

QFuture<core::Result<core::Secret>> AuthSession::refreshNow()
{
    if (m_refreshing) // single flight: everyone waits for the refresh under way
        return m_refreshing->future();
    if (m_current.refreshToken.isEmpty())
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(notSignedIn()));
    m_refreshing = std::make_shared<QPromise<core::Result<core::Secret>>>();
    m_refreshing->start();
    QFuture<core::Result<core::Secret>> future = m_refreshing->future();
    core::whenReady(m_tokens.refresh(m_current.refreshToken), this,
        [this](const core::Result<TokenSet> &refreshed) {
            auto promise = std::exchange(m_refreshing, nullptr);
            auto deliver = [promise](const core::Result<core::Secret> &result) {
                promise->addResult(result);
                promise->finish();
            };
            if (!refreshed.ok()) {
                if (refreshed.error().code == "invalid_grant")
                    endSession(refreshed.error().message);
                deliver(refreshed.error());
                return;
            }
            TokenSet next = refreshed.value();
            if (next.refreshToken.isEmpty()) { // no rotation: keep the one we have
                next.refreshToken = m_current.refreshToken;
                m_current = next;
                deliver(next.accessToken);
                return;
            }
            // Rotation: the new refresh token is stored before the old one is
            // dropped, so a crash in between never leaves us with a dead token only.
            storeRefreshToken(next.refreshToken, [this, next, deliver] {
                m_current = next;
                deliver(next.accessToken);
            });
        });
    return future;
}

void AuthSession::endSession(const QString &reason)
{
    qCInfo(lcAuth) << "session ended by the provider";
    m_current = TokenSet {};
    static_cast<void>(m_secrets.remove(RefreshKey));
    setState(State::SignedOut);
    emit ended(reason);
}

QFuture<core::Result<void>> AuthSession::signOut()
{
    const core::Secret refresh = m_current.refreshToken;
    m_current = TokenSet {};
    setState(State::SignedOut);
    auto promise = std::make_shared<QPromise<core::Result<void>>>();
    promise->start();
    QFuture<core::Result<void>> future = promise->future();
    auto removeStored = [this, promise](const core::Result<void> &revoked) {
        core::whenReady(m_secrets.remove(RefreshKey), this,
            [promise, revoked](const core::Result<void> &removed) {
                promise->addResult(!removed.ok() ? removed : revoked);
                promise->finish();
            });
    };
    if (refresh.isEmpty()) {
        removeStored(core::Result<void>());
    } else {
        core::whenReady(m_tokens.revoke(refresh), this, removeStored);
    }
    return future;
}

} // namespace mikro::auth
