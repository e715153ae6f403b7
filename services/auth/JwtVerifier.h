#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QString>

#include <chrono>
#include <functional>

namespace mikro::core {
class Clock;
}

namespace mikro::auth {

class JwksCache;
class RsaPublicKey;
struct ParsedToken;

/// What a verified access token says about its bearer (DESIGN.md §6). The role and org are only
/// seeds: after the first sign-in the database is the authority.
struct VerifiedToken
{
    QString subject;
    QString roleClaim; ///< `<ns>/roles[0]`, empty when absent
    QString orgClaim; ///< `<ns>/org_id`, empty when absent
    QString email;
    QString name;
    QString givenName;
    QString familyName;
    QDateTime expiresAt;
};

struct JwtSettings
{
    QString issuer; ///< exactly `https://<AUTH0_DOMAIN>/`
    QString audience; ///< must be `aud` or one element of it
    QString claimNamespace = QStringLiteral("mikro");
    std::chrono::seconds leeway { 60 };
    qsizetype maxTokenBytes = 8 * 1024;
};

/// Verifies RS256 access tokens: the algorithm allow-list is RS256 alone (the token's `alg` never
/// chooses), the key comes from the JWKS by `kid` (`jku`, `x5u`, `jwk` and `x5c` are ignored),
/// `iss` exact, `aud` containing ours, `exp`/`nbf` with the leeway. Errors are Unauthenticated with
/// API.md §1.2's codes: `invalid_header` (not a JWT, wrong algorithm, unknown key), `invalid_token`
/// (signature), `token_expired`, `invalid_claims`; Unavailable `auth_unavailable` when the keys
/// cannot be had. Thread-safe; answers at once when the key is cached.
class JwtVerifier
{
public:
    JwtVerifier(JwksCache &keys, const core::Clock &clock, JwtSettings settings);
    using Callback = std::function<void(const core::Result<VerifiedToken> &)>;
    /// Calls `done` once: at once when the key is cached, otherwise on the thread that fetched
    /// the keys.
    void verify(const QByteArray &token, Callback done) const;
    [[nodiscard]] QFuture<core::Result<VerifiedToken>> verify(const QByteArray &token) const;

private:
    core::Result<VerifiedToken> check(
        const ParsedToken &token, const core::Result<RsaPublicKey> &key) const;

    JwksCache &m_keys;
    const core::Clock &m_clock;
    JwtSettings m_settings;
};

} // namespace mikro::auth
