#include "services/auth/JwtVerifier.h"

#include "services/auth/AuthLog.h"
#include "services/auth/Base64Url.h"
#include "services/auth/JwksCache.h"
#include "services/core/Clock.h"

#include <QCoreApplication>
#include <QPromise>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mikro::auth {

namespace {

core::Error rejected(QByteArray code, const QString &why)
{
    qCDebug(lcAuth) << "token refused:" << code << why;
    const QString message = code == "token_expired"
        ? QCoreApplication::translate("mikro::auth", "Your sign-in has expired. Sign in again.")
        : QCoreApplication::translate("mikro::auth", "Your sign-in is not valid. Sign in again.");
    return core::Error::make(core::ErrorKind::Unauthenticated, std::move(code), message, why);
}

std::optional<nlohmann::json> parseObject(const QByteArray &text)
{
    try {
        nlohmann::json json
            = nlohmann::json::parse(text.constData(), text.constData() + text.size());
        if (json.is_object())
            return json;
    } catch (const nlohmann::json::exception &) {
    }
    return std::nullopt;
}

QString stringClaim(const nlohmann::json &claims, const std::string &name)
{
    const auto it = claims.find(name);
    if (it == claims.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

std::optional<qint64> timeClaim(const nlohmann::json &claims, const char *name)
{
    const auto it = claims.find(name);
    if (it == claims.end() || !it->is_number())
        return std::nullopt;
    const double value = it->get<double>();
    if (!std::isfinite(value) || value < 0 || value > 1e13)
        return std::nullopt;
    return static_cast<qint64>(value);
}

} // namespace

struct ParsedToken
{
    QByteArray kid;
    QByteArray signingInput;
    QByteArray signature;
    nlohmann::json claims;
};

namespace {

core::Result<ParsedToken> parseToken(const QByteArray &token, qsizetype maxBytes)
{
    if (token.size() > maxBytes)
        return rejected("invalid_header", u"token over %1 bytes"_s.arg(maxBytes));
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return rejected("invalid_header", u"%1 segments"_s.arg(parts.size()));
    const auto header = base64UrlDecode(parts[0]);
    const auto payload = base64UrlDecode(parts[1]);
    const auto signature = base64UrlDecode(parts[2]);
    if (!header || !payload || !signature)
        return rejected("invalid_header", u"bad base64url"_s);
    const auto headerJson = parseObject(*header);
    const auto claims = parseObject(*payload);
    if (!headerJson || !claims)
        return rejected("invalid_header", u"header or payload is not a JSON object"_s);
    // The allow-list is RS256 alone: `none`, HS256 (with our public key as its secret), RS384
    // and PS256 are refused here, before any key is looked up.
    if (stringClaim(*headerJson, "alg") != "RS256"_L1)
        return rejected("invalid_header", u"alg %1"_s.arg(stringClaim(*headerJson, "alg")));
    const QString kid = stringClaim(*headerJson, "kid");
    if (kid.isEmpty() || kid.size() > 256)
        return rejected("invalid_header", u"no kid"_s);
    return ParsedToken { kid.toUtf8(), parts[0] + '.' + parts[1], *signature, *claims };
}

bool audienceMatches(const nlohmann::json &claims, const QString &audience)
{
    const auto it = claims.find("aud");
    if (it == claims.end())
        return false;
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>()) == audience;
    if (!it->is_array())
        return false;
    for (const auto &entry : *it) {
        if (entry.is_string() && QString::fromStdString(entry.get<std::string>()) == audience)
            return true;
    }
    return false;
}

} // namespace

JwtVerifier::JwtVerifier(JwksCache &keys, const core::Clock &clock, JwtSettings settings)
    : m_keys(keys)
    , m_clock(clock)
    , m_settings(std::move(settings))
{
}

void JwtVerifier::verify(const QByteArray &token, Callback done) const
{
    core::Result<ParsedToken> parsed = parseToken(token, m_settings.maxTokenBytes);
    if (!parsed.ok()) {
        done(parsed.error());
        return;
    }
    const QByteArray kid = parsed.value().kid;
    m_keys.withKey(kid,
        [this, done = std::move(done), token = std::move(parsed).value()](
            const core::Result<RsaPublicKey> &key) { done(check(token, key)); });
}

QFuture<core::Result<VerifiedToken>> JwtVerifier::verify(const QByteArray &token) const
{
    auto promise = std::make_shared<QPromise<core::Result<VerifiedToken>>>();
    promise->start();
    QFuture<core::Result<VerifiedToken>> future = promise->future();
    verify(token, [promise](const core::Result<VerifiedToken> &result) {
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

core::Result<VerifiedToken> JwtVerifier::check(
    const ParsedToken &token, const core::Result<RsaPublicKey> &key) const
{
    if (!key.ok())
        return key.error();
    if (!key.value().verifySha256(token.signingInput, token.signature))
        return rejected("invalid_token", u"signature does not verify"_s);
    const nlohmann::json &claims = token.claims;
    if (stringClaim(claims, "iss") != m_settings.issuer)
        return rejected("invalid_claims", u"issuer %1"_s.arg(stringClaim(claims, "iss")));
    if (!audienceMatches(claims, m_settings.audience))
        return rejected("invalid_claims", u"audience does not contain ours"_s);
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    const qint64 leeway = m_settings.leeway.count();
    const auto exp = timeClaim(claims, "exp");
    if (!exp)
        return rejected("invalid_claims", u"no exp"_s);
    if (now > *exp + leeway)
        return rejected("token_expired", u"expired %1 s ago"_s.arg(now - *exp));
    if (const auto nbf = timeClaim(claims, "nbf"); nbf && now + leeway < *nbf)
        return rejected("invalid_claims", u"not valid for another %1 s"_s.arg(*nbf - now));
    VerifiedToken verified;
    verified.subject = stringClaim(claims, "sub");
    if (verified.subject.isEmpty() || verified.subject.size() > 255)
        return rejected("invalid_claims", u"no usable sub"_s);
    const std::string ns = m_settings.claimNamespace.toStdString();
    if (const auto roles = claims.find(ns + "/roles");
        roles != claims.end() && roles->is_array() && !roles->empty() && roles->front().is_string())
        verified.roleClaim = QString::fromStdString(roles->front().get<std::string>());
    verified.orgClaim = stringClaim(claims, ns + "/org_id");
    verified.email = stringClaim(claims, "email");
    verified.name = stringClaim(claims, "name");
    verified.givenName = stringClaim(claims, "given_name");
    verified.familyName = stringClaim(claims, "family_name");
    verified.expiresAt = QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
    return verified;
}

} // namespace mikro::auth
