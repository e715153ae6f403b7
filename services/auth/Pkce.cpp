#include "services/auth/Pkce.h"

#include "services/auth/Base64Url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace mikro::auth {

namespace {
QByteArray randomUrlSafe()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return base64UrlEncode(
        QByteArrayView(reinterpret_cast<const char *>(words.data()), sizeof(words)));
}
} // namespace

core::Secret makeCodeVerifier()
{
    return core::Secret(randomUrlSafe());
}

QByteArray codeChallengeS256(const core::Secret &verifier)
{
    return base64UrlEncode(QCryptographicHash::hash(verifier.reveal(), QCryptographicHash::Sha256));
}

QByteArray makeState()
{
    return randomUrlSafe();
}

} // namespace mikro::auth
