#include "services/auth/Pkce.h"

#include <QSet>
#include <QTest>

class tst_Pkce : public QObject
{
    Q_OBJECT
private slots:
    void rfc7636AppendixBVector();
    void verifiersAreLongAndFresh();
};

void tst_Pkce::rfc7636AppendixBVector()
{
    const mikro::core::Secret verifier(QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(mikro::auth::codeChallengeS256(verifier),
        QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void tst_Pkce::verifiersAreLongAndFresh()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const QByteArray verifier = mikro::auth::makeCodeVerifier().reveal();
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        for (const char c : verifier)
            QVERIFY(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
                        .contains(c));
        seen.insert(verifier);
    }
    QCOMPARE(seen.size(), 100);
    QVERIFY(mikro::auth::makeState() != mikro::auth::makeState());
}

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_Pkce.moc"
