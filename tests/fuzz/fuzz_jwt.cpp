#include "services/auth/JwksCache.h"
#include "services/auth/JwksSource.h"
#include "services/auth/JwtSigner.h"
#include "services/auth/JwtVerifier.h"
#include "services/core/Clock.h"
#include "tests/fuzz/FuzzTarget.h"
#include "tests/support/StaticJwks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mikro;

/// Access tokens and the keys that verify them (services/auth): the first byte chooses whether
/// the rest is a bearer token verified against a real RS256 key, a JWKS document parsed, or a
/// claims object signed with that key and then verified (so the claim checks see any JSON).
namespace {

using testing::StaticJwks;

struct Keys
{
    core::SystemClock clock;
    std::unique_ptr<auth::JwtSigner> signer;
    StaticJwks jwks;
    std::unique_ptr<auth::JwksCache> cache;
    std::unique_ptr<auth::JwtVerifier> verifier;
};

Keys &keys()
{
    // libFuzzer calls free functions: the key and verifier live for the whole run.
    // NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
    static Keys *k = [] {
        auto *made = new Keys;
        auto pair = auth::RsaKeyPair::generate(2048);
        if (!pair.ok())
            qFatal("no RSA key");
        made->signer = std::make_unique<auth::JwtSigner>(pair.value(), "fuzz");
        made->jwks.document
            = QJsonDocument(QJsonObject { { u"keys"_s, QJsonArray { made->signer->publicJwk() } } })
                  .toJson();
        made->cache = std::make_unique<auth::JwksCache>(made->jwks, made->clock);
        made->verifier = std::make_unique<auth::JwtVerifier>(*made->cache, made->clock,
            auth::JwtSettings { u"https://fuzz/"_s, u"https://mikro/api/authorize"_s });
        return made;
    }();
    return *k;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)keys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(
        reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    Keys &k = keys();
    switch (data[0] % 3) {
    case 0:
        k.verifier->verify(rest, [](const core::Result<auth::VerifiedToken> &) {});
        break;
    case 1:
        (void)auth::JwksCache::parse(rest);
        break;
    default: {
        const QJsonDocument claims = QJsonDocument::fromJson(rest);
        if (claims.isObject())
            k.verifier->verify(
                k.signer->sign(claims.object()), [](const core::Result<auth::VerifiedToken> &) {});
        break;
    }
    }
    return 0;
}
