#include "services/auth/Base64Url.h"
#include "services/auth/JwksCache.h"
#include "services/auth/JwksSource.h"
#include "services/auth/JwtSigner.h"
#include "services/auth/JwtVerifier.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/ForgedTokens.h"
#include "tests/support/TestClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace mikro;

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
    const auto cases = testing::forgedTokenCases(*m_signer, *m_attacker, *m_weak, validClaims(),
        Issuer, Audience, m_clock.nowUtc().toSecsSinceEpoch());
    for (const testing::TokenCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.token << c.code;
    // Not a JWT at all: only the verifier sees it (the server refuses an empty bearer earlier).
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
