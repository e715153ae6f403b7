#pragma once

#include "services/core/Result.h"

#include <QByteArray>

#include <memory>

namespace mikro::auth {

struct RsaKeyHandle;

/// An RSA public key from a JWK's `n` and `e` (OpenSSL EVP_PKEY inside, never in this header).
/// Immutable, cheap to copy, safe to use from several threads at once.
class RsaPublicKey
{
public:
    /// `n` and `e` are the big-endian bytes (already base64url-decoded). Refuses keys under
    /// `minBits` (InvalidInput `weak_key`).
    [[nodiscard]] static core::Result<RsaPublicKey> fromModulusExponent(
        const QByteArray &n, const QByteArray &e, int minBits = 2048);
    [[nodiscard]] int bits() const;
    /// RSASSA-PKCS1-v1_5 with SHA-256 (JWS "RS256").
    [[nodiscard]] bool verifySha256(QByteArrayView data, QByteArrayView signature) const;

private:
    explicit RsaPublicKey(std::shared_ptr<RsaKeyHandle> key);
    friend class RsaKeyPair;

    std::shared_ptr<RsaKeyHandle> m_key;
};

/// A generated RSA key pair that signs RS256 tokens: the devstack's identity provider and the
/// tests use it. `publicKey()` is what a JWKS publishes.
class RsaKeyPair
{
public:
    [[nodiscard]] static core::Result<RsaKeyPair> generate(int bits = 2048);
    [[nodiscard]] QByteArray signSha256(QByteArrayView data) const;
    [[nodiscard]] QByteArray modulus() const; ///< big-endian `n`
    [[nodiscard]] QByteArray exponent() const; ///< big-endian `e`
    [[nodiscard]] RsaPublicKey publicKey() const;

private:
    explicit RsaKeyPair(std::shared_ptr<RsaKeyHandle> key);

    std::shared_ptr<RsaKeyHandle> m_key;
};

} // namespace mikro::auth
