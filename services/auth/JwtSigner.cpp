#include "services/auth/JwtSigner.h"

#include "services/auth/Base64Url.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mikro::auth {

JwtSigner::JwtSigner(RsaKeyPair key, QByteArray kid)
    : m_key(std::move(key))
    , m_kid(std::move(kid))
{
}

QByteArray JwtSigner::sign(const QJsonObject &claims) const
{
    return sign(claims, {});
}

QByteArray JwtSigner::sign(const QJsonObject &claims, const QJsonObject &headerExtra) const
{
    QJsonObject header { { u"alg"_s, u"RS256"_s }, { u"typ"_s, u"JWT"_s },
        { u"kid"_s, QString::fromUtf8(m_kid) } };
    for (auto it = headerExtra.begin(); it != headerExtra.end(); ++it)
        header.insert(it.key(), it.value());
    const QByteArray input = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + base64UrlEncode(m_key.signSha256(input));
}

QJsonObject JwtSigner::publicJwk() const
{
    return { { u"kty"_s, u"RSA"_s }, { u"use"_s, u"sig"_s }, { u"alg"_s, u"RS256"_s },
        { u"kid"_s, QString::fromUtf8(m_kid) },
        { u"n"_s, QString::fromLatin1(base64UrlEncode(m_key.modulus())) },
        { u"e"_s, QString::fromLatin1(base64UrlEncode(m_key.exponent())) } };
}

} // namespace mikro::auth
