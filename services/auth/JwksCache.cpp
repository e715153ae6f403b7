#include "services/auth/JwksCache.h"

#include "services/auth/AuthLog.h"
#include "services/auth/Base64Url.h"
#include "services/auth/JwksSource.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace mikro::auth {

namespace {

core::Error unknownKey()
{
    return core::Error::make(core::ErrorKind::Unauthenticated, "invalid_header",
        QCoreApplication::translate("mikro::auth", "Your sign-in is not valid. Sign in again."),
        u"unknown kid"_s);
}

core::Error unavailable(const QString &diagnostic)
{
    return core::Error::make(core::ErrorKind::Unavailable, "auth_unavailable",
        QCoreApplication::translate("mikro::auth",
            "Sign-in cannot be checked right now. "
            "Try again shortly."),
        diagnostic);
}

std::optional<QByteArray> stringField(const nlohmann::json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string())
        return std::nullopt;
    const std::string &value = it->get_ref<const std::string &>();
    return QByteArray(value.data(), static_cast<qsizetype>(value.size()));
}

} // namespace

JwksCache::JwksCache(JwksSource &source, const core::Clock &clock, Settings settings)
    : m_source(source)
    , m_clock(clock)
    , m_settings(settings)
{
}

JwksCache::JwksCache(JwksSource &source, const core::Clock &clock)
    : JwksCache(source, clock, Settings {})
{
}

core::Result<QHash<QByteArray, RsaPublicKey>> JwksCache::parse(const QByteArray &document)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(document.constData(), document.constData() + document.size());
    } catch (const nlohmann::json::exception &e) {
        return unavailable(u"JWKS is not JSON: %1"_s.arg(QString::fromUtf8(e.what())));
    }
    const auto keys = json.is_object() ? json.find("keys") : json.end();
    if (keys == json.end() || !keys->is_array())
        return unavailable(u"JWKS has no keys array"_s);
    QHash<QByteArray, RsaPublicKey> out;
    for (const nlohmann::json &jwk : *keys) {
        if (!jwk.is_object())
            continue;
        const auto kid = stringField(jwk, "kid");
        const auto kty = stringField(jwk, "kty");
        const auto alg = stringField(jwk, "alg");
        const auto use = stringField(jwk, "use");
        const auto n = stringField(jwk, "n");
        const auto e = stringField(jwk, "e");
        // A key that declares anything but RS256 signing is not ours to use, whatever a token says.
        if (!kid || kid->isEmpty() || kty != QByteArray("RSA") || (alg && *alg != "RS256")
            || (use && *use != "sig") || !n || !e) {
            qCDebug(lcAuth) << "JWKS key skipped:" << kid.value_or(QByteArray("(no kid)"));
            continue;
        }
        const auto modulus = base64UrlDecode(*n);
        const auto exponent = base64UrlDecode(*e);
        if (!modulus || !exponent)
            continue;
        auto key = RsaPublicKey::fromModulusExponent(*modulus, *exponent);
        if (!key.ok()) {
            qCWarning(lcAuth) << "JWKS key refused:" << *kid << key.error().diagnostic;
            continue;
        }
        out.insert(*kid, key.value());
    }
    return out;
}

void JwksCache::store(const core::Result<QByteArray> &document)
{
    QMutexLocker lock(&m_mutex);
    m_fetching = false;
    if (!document.ok()) {
        m_lastFetchFailed = true;
    } else if (auto keys = parse(document.value()); !keys.ok()) {
        qCWarning(lcAuth) << "JWKS unusable:" << keys.error().diagnostic;
        m_lastFetchFailed = true;
    } else {
        m_lastFetchFailed = false;
        m_keys = std::move(keys).value();
        m_fetchedAt = m_clock.nowUtc();
        qCInfo(lcAuth) << "JWKS loaded with" << m_keys.size() << "key(s)";
    }
    const bool failed = m_lastFetchFailed;
    const auto waiting = std::exchange(m_waiting, {});
    lock.unlock();
    for (const auto &[kid, done] : waiting)
        done(lookup(kid, failed));
}

core::Result<RsaPublicKey> JwksCache::lookup(const QByteArray &kid, bool fetchFailed) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_keys.constFind(kid); it != m_keys.cend())
        return it.value(); // a stale key still serves while the provider is unreachable
    if (fetchFailed || !m_fetchedAt.isValid())
        return unavailable(u"no key for this kid and the JWKS could not be fetched"_s);
    return unknownKey();
}

void JwksCache::withKey(const QByteArray &kid, Callback done)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock.nowUtc();
    const bool fresh
        = m_fetchedAt.isValid() && now < m_fetchedAt.addSecs(m_settings.timeToLive.count());
    if (fresh && m_keys.contains(kid)) {
        const RsaPublicKey key = *m_keys.constFind(kid);
        lock.unlock();
        done(key);
        return;
    }
    if (m_fetching) { // single flight: wait for the fetch under way
        m_waiting.append({ kid, std::move(done) });
        return;
    }
    const bool recentFailure = m_lastFetchFailed && m_lastAttempt.isValid()
        && now < m_lastAttempt.addSecs(m_settings.refetchInterval.count());
    // A stale or missing set is fetched unless a fetch just failed; a fresh set is refetched for
    // an unknown key id at most once per window.
    const bool mayFetch = fresh ? (!m_lastRefetch.isValid()
                              || now >= m_lastRefetch.addSecs(m_settings.refetchInterval.count()))
                                : !recentFailure;
    if (!mayFetch) {
        const bool failed = m_lastFetchFailed;
        lock.unlock();
        done(lookup(kid, failed));
        return;
    }
    if (fresh)
        m_lastRefetch = now;
    m_lastAttempt = now;
    m_fetching = true;
    m_waiting.append({ kid, std::move(done) });
    lock.unlock();
    // The source may answer before returning (then store() runs right here): no lock is held.
    m_source.fetchJwks([this](const core::Result<QByteArray> &document) { store(document); });
}

} // namespace mikro::auth
