#include "tests/support/ForgedTokens.h"

#include "services/auth/Base64Url.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace mikro::testing {

namespace {
QByteArray b64json(const QJsonObject &object)
{
    return auth::base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QList<TokenCase> forgedTokenCases(const auth::JwtSigner &trusted, const auth::JwtSigner &untrusted,
    const auth::JwtSigner &weak, const QJsonObject &claims, const QString &issuer,
    const QString &audience, qint64 now)
{
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject c = claims;
        if (value.isUndefined())
            c.remove(key);
        else
            c.insert(key, value);
        return trusted.sign(c);
    };
    const QByteArray valid = trusted.sign(claims);
    const QList<QByteArray> parts = valid.split('.');
    const QString kid = QString::fromLatin1(trusted.kid());
    QList<TokenCase> cases;
    cases.append({ u"valid token"_s, valid, {} });
    cases.append({ u"alg none, no signature"_s,
        b64json({ { u"alg"_s, u"none"_s }, { u"kid"_s, kid } }) + '.' + parts[1] + '.',
        "invalid_header" });
    {
        // The classic confusion attack: HS256 keyed with the RSA public key's own bytes.
        const QByteArray input
            = b64json({ { u"alg"_s, u"HS256"_s }, { u"kid"_s, kid } }) + '.' + parts[1];
        const QByteArray secret = QJsonDocument(trusted.publicJwk()).toJson(QJsonDocument::Compact);
        const QByteArray mac
            = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
        cases.append({ u"HS256 signed with the public key as secret"_s,
            input + '.' + auth::base64UrlEncode(mac), "invalid_header" });
    }
    cases.append({ u"RS384 in the header"_s, trusted.sign(claims, { { u"alg"_s, u"RS384"_s } }),
        "invalid_header" });
    cases.append({ u"PS256 in the header"_s, trusted.sign(claims, { { u"alg"_s, u"PS256"_s } }),
        "invalid_header" });
    cases.append(
        { u"wrong issuer"_s, with(u"iss"_s, u"https://evil.auth0.com/"_s), "invalid_claims" });
    QString bare = issuer;
    bare.chop(1);
    cases.append(
        { u"issuer without the trailing slash"_s, with(u"iss"_s, bare), "invalid_claims" });
    cases.append({ u"wrong audience"_s, with(u"aud"_s, u"https://other/api"_s), "invalid_claims" });
    cases.append({ u"audience array without ours"_s,
        with(u"aud"_s, QJsonArray { u"https://other/api"_s, issuer + u"userinfo"_s }),
        "invalid_claims" });
    cases.append({ u"audience as a plain string that is ours"_s, with(u"aud"_s, audience), {} });
    cases.append(
        { u"expired 61 s ago, beyond the leeway"_s, with(u"exp"_s, now - 61), "token_expired" });
    cases.append({ u"expired 59 s ago, within the leeway"_s, with(u"exp"_s, now - 59), {} });
    cases.append({ u"nbf 2 minutes ahead"_s, with(u"nbf"_s, now + 120), "invalid_claims" });
    cases.append({ u"nbf 30 s ahead, within the leeway"_s, with(u"nbf"_s, now + 30), {} });
    cases.append({ u"no exp at all"_s, with(u"exp"_s, QJsonValue::Undefined), "invalid_claims" });
    cases.append({ u"no subject"_s, with(u"sub"_s, u""_s), "invalid_claims" });
    {
        QJsonObject promoted = claims;
        promoted.insert(u"mikro/roles"_s, QJsonArray { u"admin"_s, u"superuser"_s });
        promoted.insert(u"sub"_s, u"auth0|mallory"_s);
        cases.append({ u"payload tampered after signing"_s,
            parts[0] + '.' + b64json(promoted) + '.' + parts[2], "invalid_token" });
    }
    cases.append(
        { u"signed by another key under our kid"_s, untrusted.sign(claims), "invalid_token" });
    cases.append({ u"jku, x5u and an embedded jwk are ignored"_s,
        untrusted.sign(claims,
            { { u"jku"_s, u"https://evil.example/jwks.json"_s },
                { u"x5u"_s, u"https://evil.example/cert.pem"_s },
                { u"jwk"_s, untrusted.publicJwk() } }),
        "invalid_token" });
    cases.append({ u"kid only an embedded jwk knows"_s,
        untrusted.sign(claims, { { u"kid"_s, u"key-b"_s }, { u"jwk"_s, untrusted.publicJwk() } }),
        "invalid_header" });
    cases.append({ u"published key under 2048 bits"_s, weak.sign(claims), "invalid_header" });
    cases.append(
        { u"bad base64url"_s, QByteArray("eyJhbGciOiJSUzI1NiJ9.e30!.c2ln"), "invalid_header" });
    cases.append({ u"two segments"_s, parts[0] + '.' + parts[1], "invalid_header" });
    cases.append({ u"four segments"_s, valid + ".extra", "invalid_header" });
    cases.append({ u"not JSON inside"_s,
        auth::base64UrlEncode("alg") + '.' + parts[1] + '.' + parts[2], "invalid_header" });
    cases.append({ u"over 8 KiB"_s, with(u"padding"_s, QString(9000, u'x')), "invalid_header" });
    return cases;
}

} // namespace mikro::testing
