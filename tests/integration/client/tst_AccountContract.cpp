#include "services/client/AccountClient.h"
#include "services/client/Session.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Mapper;

/// The account area's contract (DESIGN.md §2.1) through both backends on one database, both
/// engines: admission and the person's description are equal value for value, refusals are the
/// same kind and code, and a Session fed by either announces a changed role.
class tst_AccountContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init() { startBackends(Mapper); }
    void cleanup() { stopBackends(); }
    void admissionIsTheSameThroughBoth();
    void detailsAreTheSameThroughBoth();
    void aDeactivatedAccountIsRefusedAlike();
    void onboardingCompletesTheProfileThroughEither_data();
    void onboardingCompletesTheProfileThroughEither();
    void aTakenOsmUsernameIsRefusedAlike();
    void ownDetailsChangeAlikeThroughEither();
    void aSessionAnnouncesARoleChange_data();
    void aSessionAnnouncesARoleChange();
};

void tst_AccountContract::admissionIsTheSameThroughBoth()
{
    const auto overHttp = testing::awaitClient(m_http->account().signIn());
    const auto inProcess = testing::awaitClient(m_local->account().signIn());
    QVERIFY2(overHttp.ok(),
        qPrintable(overHttp.ok() ? QString() : testing::describeError(overHttp.error())));
    QVERIFY2(inProcess.ok(),
        qPrintable(inProcess.ok() ? QString() : testing::describeError(inProcess.error())));
    QVERIFY(overHttp.value() == inProcess.value());
    QCOMPARE(overHttp.value().role, domain::Role::User);
    QVERIFY(!overHttp.value().id.isEmpty());
    QVERIFY(!overHttp.value().orgId.isEmpty());
    QVERIFY(!overHttp.value().firstName.isEmpty());
}

void tst_AccountContract::detailsAreTheSameThroughBoth()
{
    onboard(Mapper, u"mapper_osm"_s);
    const auto overHttp = testing::awaitClient(m_http->account().details());
    const auto inProcess = testing::awaitClient(m_local->account().details());
    QVERIFY2(overHttp.ok(),
        qPrintable(overHttp.ok() ? QString() : testing::describeError(overHttp.error())));
    QVERIFY2(inProcess.ok(),
        qPrintable(inProcess.ok() ? QString() : testing::describeError(inProcess.error())));
    QVERIFY(overHttp.value() == inProcess.value());
    const client::AccountDetails &d = overHttp.value();
    QCOMPARE(d.profile.osmUsername, u"mapper_osm"_s);
    QCOMPARE(d.figures.payable, core::Money(1550)); // the fixture's 15.00 + 0.50
    QCOMPARE(d.figures.currency, u"USD"_s);
    QVERIFY(!d.figures.orgName.isEmpty());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM orgs WHERE id = '%1' AND name = '%2'"_s.arg(
                 d.profile.orgId, d.figures.orgName)),
        1);
}

void tst_AccountContract::aDeactivatedAccountIsRefusedAlike()
{
    exec(u"UPDATE users SET deactivated_at = CURRENT_TIMESTAMP WHERE id = '%1'"_s.arg(Mapper));
    const auto overHttp = testing::awaitClient(m_http->account().signIn());
    const auto inProcess = testing::awaitClient(m_local->account().signIn());
    QVERIFY(!overHttp.ok() && !inProcess.ok());
    QCOMPARE(overHttp.error().kind, inProcess.error().kind);
    QCOMPARE(overHttp.error().code, inProcess.error().code);
    QCOMPARE(overHttp.error().kind, core::ErrorKind::Forbidden);
}

void tst_AccountContract::onboardingCompletesTheProfileThroughEither_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : backendNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_AccountContract::onboardingCompletesTheProfileThroughEither()
{
    QFETCH(QString, name);
    QSignalSpy changes(&backend(name).feed(), &client::ChangeFeed::changed);
    QVERIFY(testing::awaitClient(backend(name).account().signIn()).ok());
    const auto before = testing::awaitClient(backend(name).account().details());
    QVERIFY(before.ok());
    QVERIFY(before.value().profile.needsOnboarding());
    const domain::OnboardingForm form { u"  ana_maps  "_s, u"ana@pay.example"_s, u"Lima"_s,
        u"Peru"_s, true, {} };
    const auto done = testing::awaitClient(backend(name).account().onboard(form));
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : testing::describeError(done.error())));
    QTRY_COMPARE(changes.count(), 1);
    // Read back through the other backend: the same stored profile.
    const QString other = name == "http"_L1 ? u"inprocess"_s : u"http"_s;
    const auto after = testing::awaitClient(backend(other).account().details());
    QVERIFY(after.ok());
    QVERIFY(!after.value().profile.needsOnboarding());
    QCOMPARE(after.value().profile.osmUsername, u"ana_maps"_s);
    QCOMPARE(after.value().profile.paymentEmail, u"ana@pay.example"_s);
    QCOMPARE(after.value().profile.country, u"Peru"_s);
    QVERIFY(after.value().profile.termsAcceptedAt.has_value());
}

void tst_AccountContract::aTakenOsmUsernameIsRefusedAlike()
{
    onboard(testing::Admin, u"taken_name"_s);
    const domain::OnboardingForm form { u"TAKEN_name"_s, u"ana@pay.example"_s, u"Lima"_s, u"Peru"_s,
        true, {} };
    const auto overHttp = testing::awaitClient(m_http->account().onboard(form));
    const auto inProcess = testing::awaitClient(m_local->account().onboard(form));
    QVERIFY(!overHttp.ok() && !inProcess.ok());
    for (const core::Error &e : { overHttp.error(), inProcess.error() }) {
        QCOMPARE(e.kind, core::ErrorKind::Conflict);
        QCOMPARE(e.code, QByteArray("duplicate"));
        QCOMPARE(e.field, u"osm_username"_s);
    }
    domain::OnboardingForm noTerms = form;
    noTerms.osmUsername = u"free_name"_s;
    noTerms.termsAccepted = false;
    const auto refusedHttp = testing::awaitClient(m_http->account().onboard(noTerms));
    const auto refusedLocal = testing::awaitClient(m_local->account().onboard(noTerms));
    QVERIFY(!refusedHttp.ok() && !refusedLocal.ok());
    QCOMPARE(refusedHttp.error().code, refusedLocal.error().code);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE osm_username = 'free_name'"_s), 0);
}

void tst_AccountContract::ownDetailsChangeAlikeThroughEither()
{
    onboard(Mapper, u"mapper_osm"_s);
    domain::ProfileChange change;
    change.city = u"Cusco"_s;
    change.paymentEmail = u"new@pay.example"_s;
    const auto overHttp = testing::awaitClient(m_http->account().updateDetails(change));
    QVERIFY2(overHttp.ok(),
        qPrintable(overHttp.ok() ? QString() : testing::describeError(overHttp.error())));
    QCOMPARE(overHttp.value(), QString()); // no new OSM username: nothing waits
    const auto seen = testing::awaitClient(m_local->account().details());
    QVERIFY(seen.ok());
    QCOMPARE(seen.value().profile.city, u"Cusco"_s);
    QCOMPARE(seen.value().profile.paymentEmail, u"new@pay.example"_s);
    QCOMPARE(seen.value().profile.osmUsername, u"mapper_osm"_s); // not given: unchanged

    // After onboarding a new OSM username waits for an admin, through either backend.
    domain::ProfileChange rename;
    rename.osmUsername = u"mapper_renamed"_s;
    const auto inProcess = testing::awaitClient(m_local->account().updateDetails(rename));
    QVERIFY(inProcess.ok());
    QCOMPARE(inProcess.value(), u"mapper_renamed"_s);
    const auto details = testing::awaitClient(m_http->account().details());
    QCOMPARE(details.value().osmUsernamePending, u"mapper_renamed"_s);
    QCOMPARE(details.value().profile.osmUsername, u"mapper_osm"_s);

    // A taken name is refused alike.
    onboard(testing::Admin, u"admin_osm"_s);
    rename.osmUsername = u"ADMIN_osm"_s;
    const auto takenHttp = testing::awaitClient(m_http->account().updateDetails(rename));
    const auto takenLocal = testing::awaitClient(m_local->account().updateDetails(rename));
    QVERIFY(!takenHttp.ok() && !takenLocal.ok());
    QCOMPARE(takenHttp.error().code, takenLocal.error().code);
    QCOMPARE(takenHttp.error().kind, core::ErrorKind::Conflict);
}

void tst_AccountContract::aSessionAnnouncesARoleChange_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : backendNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_AccountContract::aSessionAnnouncesARoleChange()
{
    QFETCH(QString, name);
    client::Session session;
    QSignalSpy roles(&session, &client::Session::roleChanged);
    const auto first = testing::awaitClient(backend(name).account().details());
    QVERIFY(first.ok());
    session.adopt(first.value());
    QVERIFY(roles.isEmpty()); // signing in is not a change of role
    QCOMPARE(session.role(), domain::Role::User);

    exec(u"UPDATE users SET role = 'validator' WHERE id = '%1'"_s.arg(Mapper));
    const auto second = testing::awaitClient(backend(name).account().details());
    QVERIFY(second.ok());
    session.adopt(second.value());
    QCOMPARE(roles.count(), 1);
    QCOMPARE(roles.first().first().value<domain::Role>(), domain::Role::Validator);
    session.adopt(second.value());
    QCOMPARE(roles.count(), 1); // the same role again is no change
}

QTEST_GUILESS_MAIN(tst_AccountContract)
#include "tst_AccountContract.moc"
