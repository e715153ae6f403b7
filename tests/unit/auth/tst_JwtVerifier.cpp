#include "services/auth/Base64Url.h"
#include "services/auth/JwksCache.h"
#include "services/auth/JwksSource.h"
#include "services/auth/JwtSigner.h"
#include "services/auth/JwtVerifier.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/TestClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace mikro;
using auth::base64UrlEncode;

namespace {

const QString Issuer = u"https://mikro.eu.auth0.com/"_s;
const QString Audience = u"https://mikro/api/authorize"_s;

/// A JWKS endpoint in memory that counts how often it is asked. With `hold` set, answers wait
/// until release(), as a slow network would make them.
class FakeJwks final : public auth::JwksSource
{
public:
    QJsonArray keys;
    int fetches = 0;
    bool down = false;
    bool hold = false;
    QList<Callback> held;

    void fetchJwks(Callback done) override
    {
        ++fetches;
        if (hold)
            held << std::move(done);
        else
            done(answer());
    }
    core::Result<QByteArray> answer() const
    {
        if (down)
            return core::Error::make(core::ErrorKind::Unavailable, "auth_unavailable", u"down"_s);
        return QJsonDocument(QJsonObject { { u"keys"_s, keys } }).toJson();
    }
    void release()
    {
        for (const Callback &done : std::exchange(held, {}))
            done(answer());
    }
};

QByteArray b64json(const QJsonObject &object)
{
    return base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_JwtVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void verdict_data();
    void verdict();
    void claimsAreRead();
    void unknownKidRefetchesOnceThenIsRateLimited();
    void rotatedKeyIsFoundByTheRefetch();
    void unreachableJwksIsUnavailableNotUnauthenticated();
    void concurrentVerificationsShareOneFetch();
    void cachedKeyIsNotFetchedAgainUntilItsTimeToLive();

private:
    QJsonObject validClaims() const;
    core::Result<auth::VerifiedToken> check(const QByteArray &token);

    std::optional<auth::JwtSigner> m_signer; // published as key-a
    std::optional<auth::JwtSigner> m_attacker; // never published, signs as key-a or key-b
    std::optional<auth::JwtSigner> m_weak; // 1024 bits, published as weak-1
    testing::TestClock m_clock;
    FakeJwks m_jwks;
    std::unique_ptr<auth::JwksCache> m_cache;
    std::unique_ptr<auth::JwtVerifier> m_verifier;
};

void tst_JwtVerifier::initTestCase()
{
    auto key = auth::RsaKeyPair::generate(2048);
    auto other = auth::RsaKeyPair::generate(2048);
    auto weak = auth::RsaKeyPair::generate(1024);
    QVERIFY(key.ok() && other.ok() && weak.ok());
    m_signer.emplace(key.value(), "key-a");
    m_attacker.emplace(other.value(), "key-a");
    m_weak.emplace(weak.value(), "weak-1");
}

void tst_JwtVerifier::init()
{
    m_jwks = FakeJwks();
    m_jwks.keys = QJsonArray { m_signer->publicJwk(), m_weak->publicJwk() };
    m_cache = std::make_unique<auth::JwksCache>(m_jwks, m_clock);
    m_verifier = std::make_unique<auth::JwtVerifier>(
        *m_cache, m_clock, auth::JwtSettings { Issuer, Audience });
}

QJsonObject tst_JwtVerifier::validClaims() const
{
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    return { { u"iss"_s, Issuer }, { u"sub"_s, u"auth0|alice"_s },
        { u"aud"_s, QJsonArray { Audience, Issuer + u"userinfo"_s } },
        { u"azp"_s, u"desktop-client"_s }, { u"iat"_s, now }, { u"exp"_s, now + 3600 },
        { u"scope"_s, u"openid profile email offline_access"_s },
        { u"mikro/roles"_s, QJsonArray { u"admin"_s } }, { u"mikro/org_id"_s, u"org_kaart"_s },
        { u"email"_s, u"alice@example.org"_s }, { u"name"_s, u"Alice Mapper"_s } };
}

core::Result<auth::VerifiedToken> tst_JwtVerifier::check(const QByteArray &token)
{
    const auto result = testing::awaitResult(m_verifier->verify(token), 10s);
    if (!result)
        return core::Error::make(core::ErrorKind::Internal, "timeout", u"no answer"_s);
    return *result;
}

void tst_JwtVerifier::verdict_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("code"); // empty: accepted

    const QJsonObject claims = validClaims();
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject c = claims;
        if (value.isUndefined())
            c.remove(key);
        else
            c.insert(key, value);
        return m_signer->sign(c);
    };
    const QByteArray valid = m_signer->sign(claims);
    const QList<QByteArray> parts = valid.split('.');

    QTest::newRow("valid token") << valid << QByteArray();
    QTest::newRow("alg none, no signature")
        << b64json({ { u"alg"_s, u"none"_s }, { u"kid"_s, u"key-a"_s } }) + '.' + parts[1] + '.'
        << QByteArray("invalid_header");
    {
        // The classic confusion attack: HS256 keyed with the RSA public key's own bytes.
        const QByteArray input
            = b64json({ { u"alg"_s, u"HS256"_s }, { u"kid"_s, u"key-a"_s } }) + '.' + parts[1];
        const QByteArray secret
            = QJsonDocument(m_signer->publicJwk()).toJson(QJsonDocument::Compact);
        const QByteArray mac
            = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
        QTest::newRow("HS256 signed with the public key as secret")
            << input + '.' + base64UrlEncode(mac) << QByteArray("invalid_header");
    }
    QTest::newRow("RS384 in the header")
        << m_signer->sign(claims, { { u"alg"_s, u"RS384"_s } }) << QByteArray("invalid_header");
    QTest::newRow("PS256 in the header")
        << m_signer->sign(claims, { { u"alg"_s, u"PS256"_s } }) << QByteArray("invalid_header");
    QTest::newRow("wrong issuer") << with(u"iss"_s, u"https://evil.auth0.com/"_s)
                                  << QByteArray("invalid_claims");
    QTest::newRow("issuer without the trailing slash")
        << with(u"iss"_s, u"https://mikro.eu.auth0.com"_s) << QByteArray("invalid_claims");
    QTest::newRow("wrong audience")
        << with(u"aud"_s, u"https://other/api"_s) << QByteArray("invalid_claims");
    QTest::newRow("audience array without ours")
        << with(u"aud"_s, QJsonArray { u"https://other/api"_s, Issuer + u"userinfo"_s })
        << QByteArray("invalid_claims");
    QTest::newRow("audience as a plain string that is ours")
        << with(u"aud"_s, Audience) << QByteArray();
    QTest::newRow("expired 61 s ago, beyond the leeway")
        << with(u"exp"_s, now - 61) << QByteArray("token_expired");
    QTest::newRow("expired 59 s ago, within the leeway")
        << with(u"exp"_s, now - 59) << QByteArray();
    QTest::newRow("nbf 2 minutes ahead")
        << with(u"nbf"_s, now + 120) << QByteArray("invalid_claims");
    QTest::newRow("nbf 30 s ahead, within the leeway") << with(u"nbf"_s, now + 30) << QByteArray();
    QTest::newRow("no exp at all")
        << with(u"exp"_s, QJsonValue::Undefined) << QByteArray("invalid_claims");
    QTest::newRow("no subject") << with(u"sub"_s, u""_s) << QByteArray("invalid_claims");
    {
        QJsonObject promoted = claims;
        promoted.insert(u"mikro/roles"_s, QJsonArray { u"admin"_s, u"superuser"_s });
        promoted.insert(u"sub"_s, u"auth0|mallory"_s);
        QTest::newRow("payload tampered after signing")
            << parts[0] + '.' + b64json(promoted) + '.' + parts[2] << QByteArray("invalid_token");
    }
    QTest::newRow("signed by another key under our kid")
        << m_attacker->sign(claims) << QByteArray("invalid_token");
    QTest::newRow("jku, x5u and an embedded jwk are ignored") << m_attacker->sign(claims,
        { { u"jku"_s, u"https://evil.example/jwks.json"_s },
            { u"x5u"_s, u"https://evil.example/cert.pem"_s },
            { u"jwk"_s, m_attacker->publicJwk() } }) << QByteArray("invalid_token");
    QTest::newRow("kid only an embedded jwk knows") << m_attacker->sign(
        claims, { { u"kid"_s, u"key-b"_s }, { u"jwk"_s, m_attacker->publicJwk() } })
                                                    << QByteArray("invalid_header");
    QTest::newRow("published key under 2048 bits")
        << m_weak->sign(claims) << QByteArray("invalid_header");
    QTest::newRow("bad base64url")
        << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30!.c2ln") << QByteArray("invalid_header");
    QTest::newRow("two segments") << parts[0] + '.' + parts[1] << QByteArray("invalid_header");
    QTest::newRow("four segments") << valid + ".extra" << QByteArray("invalid_header");
    QTest::newRow("not JSON inside")
        << base64UrlEncode("alg") + '.' + parts[1] + '.' + parts[2] << QByteArray("invalid_header");
    QTest::newRow("over 8 KiB") << with(u"padding"_s, QString(9000, u'x'))
                                << QByteArray("invalid_header");
    QTest::newRow("empty") << QByteArray() << QByteArray("invalid_header");
}

void tst_JwtVerifier::verdict()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, code);
    const auto result = check(token);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().diagnostic));
        QCOMPARE(result.value().subject, u"auth0|alice"_s);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().kind, core::ErrorKind::Unauthenticated);
    }
}

void tst_JwtVerifier::claimsAreRead()
{
    const auto result = check(m_signer->sign(validClaims()));
    QVERIFY(result.ok());
    QCOMPARE(result.value().roleClaim, u"admin"_s);
    QCOMPARE(result.value().orgClaim, u"org_kaart"_s);
    QCOMPARE(result.value().email, u"alice@example.org"_s);
    QCOMPARE(result.value().name, u"Alice Mapper"_s);
    QCOMPARE(result.value().expiresAt, m_clock.nowUtc().addSecs(3600));
}

void tst_JwtVerifier::unknownKidRefetchesOnceThenIsRateLimited()
{
    QVERIFY(check(m_signer->sign(validClaims())).ok());
    QCOMPARE(m_jwks.fetches, 1);
    const auto first = check(m_attacker->sign(validClaims(), { { u"kid"_s, u"key-b"_s } }));
    QCOMPARE(first.error().code, QByteArray("invalid_header"));
    QCOMPARE(m_jwks.fetches, 2); // one refetch for an unknown kid
    const auto second = check(m_attacker->sign(validClaims(), { { u"kid"_s, u"key-c"_s } }));
    QCOMPARE(second.error().code, QByteArray("invalid_header"));
    QCOMPARE(m_jwks.fetches, 2); // inside the window: no fetch
    m_clock.advance(31s);
    QVERIFY(!check(m_attacker->sign(validClaims(), { { u"kid"_s, u"key-d"_s } })).ok());
    QCOMPARE(m_jwks.fetches, 3);
}

void tst_JwtVerifier::rotatedKeyIsFoundByTheRefetch()
{
    QVERIFY(check(m_signer->sign(validClaims())).ok());
    auto next = auth::RsaKeyPair::generate(2048);
    QVERIFY(next.ok());
    const auth::JwtSigner rotated(next.value(), "key-2");
    m_jwks.keys.append(rotated.publicJwk());
    const auto result = check(rotated.sign(validClaims()));
    QVERIFY(result.ok());
    QCOMPARE(m_jwks.fetches, 2);
}

void tst_JwtVerifier::unreachableJwksIsUnavailableNotUnauthenticated()
{
    m_jwks.down = true;
    const auto result = check(m_signer->sign(validClaims()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, core::ErrorKind::Unavailable);
    QCOMPARE(result.error().code, QByteArray("auth_unavailable"));
    // Still down inside the rate-limit window: still 503, and no hammering.
    QCOMPARE(check(m_signer->sign(validClaims())).error().code, QByteArray("auth_unavailable"));
    QCOMPARE(m_jwks.fetches, 1);
    m_jwks.down = false;
    m_clock.advance(31s);
    QVERIFY(check(m_signer->sign(validClaims())).ok());
}

void tst_JwtVerifier::concurrentVerificationsShareOneFetch()
{
    m_jwks.hold = true;
    QList<QFuture<core::Result<auth::VerifiedToken>>> pending;
    for (int i = 0; i < 10; ++i)
        pending << m_verifier->verify(m_signer->sign(validClaims()));
    QCOMPARE(m_jwks.fetches, 1);
    for (const auto &future : pending) {
        if (future.isFinished())
            qWarning() << "early:" << future.isCanceled() << future.resultCount()
                       << (future.resultCount() ? future.result().ok() : false) << m_jwks.fetches;
        QVERIFY(!future.isFinished());
    }
    m_jwks.release();
    for (const auto &future : pending) {
        const auto result = testing::awaitResult(future, 10s);
        QVERIFY(result && result->ok());
    }
    QCOMPARE(m_jwks.fetches, 1);
}

void tst_JwtVerifier::cachedKeyIsNotFetchedAgainUntilItsTimeToLive()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(check(m_signer->sign(validClaims())).ok());
    QCOMPARE(m_jwks.fetches, 1);
    m_clock.advance(601s);
    QVERIFY(check(m_signer->sign(validClaims())).ok());
    QCOMPARE(m_jwks.fetches, 2);
}

QTEST_GUILESS_MAIN(tst_JwtVerifier)
#include "tst_JwtVerifier.moc"
