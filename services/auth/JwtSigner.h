#pragma once

#include "services/auth/RsaPublicKey.h"

#include <QByteArray>
#include <QJsonObject>

namespace mikro::auth {

/// Makes RS256 JWTs and the JWK that verifies them: the devstack's identity provider signs with
/// it, and tests make valid tokens to spoil on purpose. Never used by mikro or mikro-server.
class JwtSigner
{
public:
    JwtSigner(RsaKeyPair key, QByteArray kid);

    [[nodiscard]] QByteArray sign(const QJsonObject &claims) const;
    /// Signs with extra or overriding header fields (tests: `jku`, `x5u`, another `kid`).
    [[nodiscard]] QByteArray sign(const QJsonObject &claims, const QJsonObject &headerExtra) const;
    /// `{"kty":"RSA","use":"sig","alg":"RS256","kid":…,"n":…,"e":…}`
    [[nodiscard]] QJsonObject publicJwk() const;
    [[nodiscard]] const QByteArray &kid() const { return m_kid; }

private:
    RsaKeyPair m_key;
    QByteArray m_kid;
};

} // namespace mikro::auth
