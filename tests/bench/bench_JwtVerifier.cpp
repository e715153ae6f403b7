#include "services/auth/JwksCache.h"
#include "services/auth/JwksSource.h"
#include "services/auth/JwtSigner.h"
#include "services/auth/JwtVerifier.h"
#include "services/core/Clock.h"
#include "tests/support/StaticJwks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

using testing::StaticJwks;

/// The cost of verifying one access token with a warm JWKS cache (the per-request cost in
/// mikro-server), against its floor: the RSA signature check alone on the same token.
/// Run: build/…/tests/bench/bench_JwtVerifier (release build for the figures).
class bench_JwtVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rsaSignatureAloneBaseline();
    void fullVerificationWarmCache();

private:
    core::SystemClock m_clock;
    std::optional<auth::JwtSigner> m_signer;
    std::optional<auth::RsaKeyPair> m_key;
    StaticJwks m_jwks;
    std::unique_ptr<auth::JwksCache> m_cache;
    std::unique_ptr<auth::JwtVerifier> m_verifier;
    QByteArray m_token;
};

void bench_JwtVerifier::initTestCase()
{
    auto key = auth::RsaKeyPair::generate(2048);
    QVERIFY(key.ok());
    m_key = key.value();
    m_signer.emplace(key.value(), "bench");
    m_jwks.document
        = QJsonDocument(QJsonObject { { u"keys"_s, QJsonArray { m_signer->publicJwk() } } })
              .toJson();
    m_cache = std::make_unique<auth::JwksCache>(m_jwks, m_clock);
    m_verifier = std::make_unique<auth::JwtVerifier>(*m_cache, m_clock,
        auth::JwtSettings { u"https://bench/"_s, u"https://mikro/api/authorize"_s });
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    m_token = m_signer->sign({ { u"iss"_s, u"https://bench/"_s }, { u"sub"_s, u"auth0|bench"_s },
        { u"aud"_s, QJsonArray { u"https://mikro/api/authorize"_s } }, { u"exp"_s, now + 3600 },
        { u"iat"_s, now }, { u"mikro/roles"_s, QJsonArray { u"user"_s } },
        { u"mikro/org_id"_s, u"org"_s }, { u"email"_s, u"bench@example.org"_s } });
}

void bench_JwtVerifier::rsaSignatureAloneBaseline()
{
    const qsizetype dot = m_token.lastIndexOf('.');
    const QByteArray input = m_token.left(dot);
    const QByteArray signature
        = QByteArray::fromBase64(m_token.mid(dot + 1), QByteArray::Base64UrlEncoding);
    const auth::RsaPublicKey key = m_key->publicKey();
    bool ok = true;
    QBENCHMARK
    {
        ok = ok && key.verifySha256(input, signature);
    }
    QVERIFY(ok);
}

void bench_JwtVerifier::fullVerificationWarmCache()
{
    bool ok = true;
    QBENCHMARK
    {
        m_verifier->verify(
            m_token, [&ok](const core::Result<auth::VerifiedToken> &r) { ok = ok && r.ok(); });
    }
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(bench_JwtVerifier)
#include "bench_JwtVerifier.moc"
