#pragma once

#include "app/devstack/sim/DevstackPeople.h"
#include "services/auth/JwtSigner.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::http {
class Router;
struct Request;
struct Response;
} // namespace mikro::http

namespace mikro::devstack {

/// An OIDC client registered with the identity provider.
struct DevClient
{
    QString id;
    QString secret; ///< empty: a public client, which must use PKCE
    QStringList redirectUris; ///< matched exactly, as Auth0 does
};

/// A local stand-in for this project's Auth0 tenant (state plus request handling): discovery,
/// JWKS, an /authorize page listing the seeded people, /oauth/token (authorization code with PKCE
/// S256 and exact redirect match; refresh tokens rotated, a reused one revoking its whole family),
/// /oauth/revoke and /v2/logout. RS256 keys are generated at start and can be rotated. Tokens carry
/// Auth0's shapes: `iss` with a trailing slash, `aud` array, `azp`, `scope`, `<ns>/roles`,
/// `<ns>/org_id`. Thread-safe: the HTTP workers call it concurrently. For development and tests.
class IdentityProvider
{
public:
    struct Settings
    {
        QString audience = QStringLiteral("https://mikro/api/authorize");
        QString claimNamespace = QStringLiteral("mikro");
        std::chrono::seconds accessTokenLifetime { 3600 };
        QList<DevClient> clients;
        QList<DevPerson> people;
    };
    /// The desktop's public client and the web front end's confidential one, with the
    /// desktop's callback ports 53682–53685 and the web's localhost:3000 callback.
    [[nodiscard]] static Settings defaultSettings();

    IdentityProvider(const core::Clock &clock, Settings settings);
    ~IdentityProvider();

    /// The issuer URL (with its trailing slash) is known once the server listens.
    void setIssuer(const QString &issuer);
    [[nodiscard]] QString issuer() const;
    void addRoutes(http::Router &router);

    /// Publishes a new signing key and signs with it from now on; the old key stays published.
    void rotateKeys();
    /// An access token for `subject` without the browser dance (tests and benchmarks); each
    /// entry of `overrides` replaces a claim, a null value removes it.
    [[nodiscard]] QByteArray mintAccessToken(const QString &subject,
        const QString &clientId = QStringLiteral("mikro-desktop"),
        const QJsonObject &overrides = {}) const;
    [[nodiscard]] QJsonObject jwks() const;
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    /// Whether a refresh token could still be exchanged (tests check revocation with it).
    [[nodiscard]] bool isRefreshTokenActive(const QString &refreshToken) const;

private:
    [[nodiscard]] const DevClient *client(const QString &id) const;
    [[nodiscard]] static std::optional<http::Response> clientRefusal(
        const DevClient *client, const QHash<QString, QString> &fields);
    [[nodiscard]] http::Response authorizePage(const http::Request &request);
    [[nodiscard]] http::Response decide(const http::Request &request);
    [[nodiscard]] http::Response token(const http::Request &request);
    [[nodiscard]] http::Response revoke(const http::Request &request);
    [[nodiscard]] http::Response logout(const http::Request &request);
    [[nodiscard]] http::Response issueTokens(const QString &clientId, const QString &subject,
        const QString &scope, const QString &audience, const QString &nonce, const QString &family);

    struct State;
    std::unique_ptr<State> m_state;
    const core::Clock &m_clock;
    Settings m_settings;
};

} // namespace mikro::devstack
