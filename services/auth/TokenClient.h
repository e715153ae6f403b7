#pragma once

#include "services/auth/OidcProvider.h"
#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/core/Secret.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

class QNetworkAccessManager;

namespace mikro::auth {

struct TokenSet
{
    core::Secret accessToken;
    core::Secret refreshToken; ///< empty when the provider sent none
    core::Secret idToken;
    QDateTime expiresAt;
};

/// The token endpoint and the revocation endpoint, with the program's QNetworkAccessManager (not
/// Qt 6.4's NetworkAuth: it has no PKCE and hides token errors). Lives on the manager's thread.
/// Errors: Unauthenticated `invalid_grant` (the grant is gone: sign in again), Unavailable
/// `auth_unavailable` (network, timeout, 5xx), Internal `token_response` (malformed answer).
class TokenClient : public QObject
{
    Q_OBJECT
public:
    TokenClient(QNetworkAccessManager &network, OidcProvider provider, const core::Clock &clock,
        QObject *parent = nullptr);

    [[nodiscard]] QFuture<core::Result<TokenSet>> exchangeCode(
        const core::Secret &code, const core::Secret &verifier, const QUrl &redirectUri);
    [[nodiscard]] QFuture<core::Result<TokenSet>> refresh(const core::Secret &refreshToken);
    [[nodiscard]] QFuture<core::Result<void>> revoke(const core::Secret &refreshToken);
    [[nodiscard]] const OidcProvider &provider() const { return m_provider; }

private:
    QFuture<core::Result<TokenSet>> postForTokens(const QList<std::pair<QString, QString>> &form);

    QNetworkAccessManager &m_network;
    OidcProvider m_provider;
    const core::Clock &m_clock;
};

} // namespace mikro::auth
