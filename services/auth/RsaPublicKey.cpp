#include "services/auth/RsaPublicKey.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace mikro::auth {

struct RsaKeyHandle
{
    EVP_PKEY *key = nullptr;
    explicit RsaKeyHandle(EVP_PKEY *k)
        : key(k)
    {
    }
    RsaKeyHandle(const RsaKeyHandle &) = delete;
    RsaKeyHandle &operator=(const RsaKeyHandle &) = delete;
    ~RsaKeyHandle() { EVP_PKEY_free(key); }
};

namespace {

template <typename T, void (*Free)(T *)>
struct OsslDeleter
{
    void operator()(T *p) const { Free(p); }
};
using BignumPtr = std::unique_ptr<BIGNUM, OsslDeleter<BIGNUM, BN_free>>;
using ParamBuildPtr
    = std::unique_ptr<OSSL_PARAM_BLD, OsslDeleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OsslDeleter<OSSL_PARAM, OSSL_PARAM_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OsslDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OsslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

core::Error keyError(QByteArray code, const QString &diagnostic)
{
    return core::Error::make(core::ErrorKind::InvalidInput, std::move(code),
        QCoreApplication::translate("mikro::auth", "The signing key is not usable."), diagnostic);
}

QByteArray bigNumberParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    BignumPtr number(raw);
    QByteArray out(BN_num_bytes(number.get()), '\0');
    BN_bn2bin(number.get(), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace

RsaPublicKey::RsaPublicKey(std::shared_ptr<RsaKeyHandle> key)
    : m_key(std::move(key))
{
}

core::Result<RsaPublicKey> RsaPublicKey::fromModulusExponent(
    const QByteArray &n, const QByteArray &e, int minBits)
{
    if (n.isEmpty() || e.isEmpty() || n.size() > 2048 || e.size() > 8)
        return keyError("bad_key", u"modulus or exponent missing or oversized"_s);
    BignumPtr modulus(BN_bin2bn(bytes(n), static_cast<int>(n.size()), nullptr));
    BignumPtr exponent(BN_bin2bn(bytes(e), static_cast<int>(e.size()), nullptr));
    ParamBuildPtr build(OSSL_PARAM_BLD_new());
    if (!modulus || !exponent || !build
        || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1
        || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
        return keyError("bad_key", u"cannot build RSA parameters"_s);
    ParamPtr params(OSSL_PARAM_BLD_to_param(build.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return keyError("bad_key", u"OpenSSL refused the RSA key"_s);
    auto handle = std::make_shared<RsaKeyHandle>(key);
    if (EVP_PKEY_get_bits(key) < minBits)
        return keyError("weak_key", u"RSA key of %1 bits"_s.arg(EVP_PKEY_get_bits(key)));
    return RsaPublicKey(handle);
}

int RsaPublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key->key);
}

bool RsaPublicKey::verifySha256(QByteArrayView data, QByteArrayView signature) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key->key) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()),
               bytes(data), static_cast<size_t>(data.size()))
        == 1;
}

RsaKeyPair::RsaKeyPair(std::shared_ptr<RsaKeyHandle> key)
    : m_key(std::move(key))
{
}

core::Result<RsaKeyPair> RsaKeyPair::generate(int bits)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1
        || EVP_PKEY_generate(ctx.get(), &key) != 1)
        return keyError("keygen_failed", u"RSA key generation failed"_s);
    return RsaKeyPair(std::make_shared<RsaKeyHandle>(key));
}

QByteArray RsaKeyPair::signSha256(QByteArrayView data) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key->key) != 1
        || EVP_DigestSign(
               ctx.get(), nullptr, &length, bytes(data), static_cast<size_t>(data.size()))
            != 1)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            bytes(data), static_cast<size_t>(data.size()))
        != 1)
        return {};
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

QByteArray RsaKeyPair::modulus() const
{
    return bigNumberParam(m_key->key, OSSL_PKEY_PARAM_RSA_N);
}

QByteArray RsaKeyPair::exponent() const
{
    return bigNumberParam(m_key->key, OSSL_PKEY_PARAM_RSA_E);
}

RsaPublicKey RsaKeyPair::publicKey() const
{
    // The private key object also verifies; sharing it keeps one OpenSSL object per key.
    return RsaPublicKey(m_key);
}

} // namespace mikro::auth
