#include "services/auth/JwtVerifier.h"
#include "services/client/SignInClaims.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The one token-to-claims mapping the server's gate and the desktop share.
class tst_SignInClaims : public QObject
{
    Q_OBJECT
private slots:
    void names_data();
    void names();
    void identityClaimsAreCopied();
};

void tst_SignInClaims::names_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("given and family")
        << u"Ana"_s << u"Lima"_s << u"Someone Else"_s << u"Ana"_s << u"Lima"_s;
    QTest::newRow("only name") << QString() << QString() << u"  Ana Lima Souza "_s << u"Ana"_s
                               << u"Lima Souza"_s;
    QTest::newRow("one word") << QString() << QString() << u"Ana"_s << u"Ana"_s << QString();
    QTest::newRow("nothing") << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("family only") << QString() << u"Lima"_s << u"Ana Lima"_s << QString()
                                 << u"Lima"_s;
}

void tst_SignInClaims::names()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QString, name);
    auth::VerifiedToken token;
    token.subject = u"auth0|x"_s;
    token.givenName = given;
    token.familyName = family;
    token.name = name;
    const domain::SignInClaims claims = client::claimsOf(token);
    QTEST(claims.firstName, "first");
    QTEST(claims.lastName, "last");
}

void tst_SignInClaims::identityClaimsAreCopied()
{
    auth::VerifiedToken token;
    token.subject = u"auth0|abc"_s;
    token.roleClaim = u"validator"_s;
    token.orgClaim = u"org_1"_s;
    token.email = u"a@example.org"_s;
    const domain::SignInClaims claims = client::claimsOf(token);
    QCOMPARE(claims.subject, u"auth0|abc"_s);
    QCOMPARE(claims.roleClaim, u"validator"_s);
    QCOMPARE(claims.orgClaim, u"org_1"_s);
    QCOMPARE(claims.email, u"a@example.org"_s);
}

QTEST_GUILESS_MAIN(tst_SignInClaims)
#include "tst_SignInClaims.moc"
