#include "services/domain/people/IdentityService.h"
#include "services/domain/people/OrganisationSettings.h"
#include "services/domain/people/PeopleService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

#include <atomic>
#include <latch>

using namespace Qt::StringLiterals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::OnboardingForm;
using domain::Role;

namespace {
const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller Newcomer { u"newcomer"_s, QString(), Role::User, false };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };

OnboardingForm goodForm()
{
    return { u"New_Mapper"_s, u"new@pay.example"_s, u"Lima"_s, u"PE"_s, true, u"2026-01"_s };
}
} // namespace

/// People and organisation settings on both engines (DESIGN.md §4 Onboarding, Roles,
/// Organisations; API.md §1.4 inputs).
class tst_PeopleService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void onboardingStoresEverythingWithTheTermsTime();
    void onboardingRefusesBadInput_data();
    void onboardingRefusesBadInput();
    void osmUsernameIsUniqueRegardlessOfCase();
    void roleChangeIsStoredAuditedAndSurvivesSignIn();
    void theLastAdminStays();
    void twoAdminsRemovingEachOtherAtOnceLeaveOne();
    void deactivationKeepsHistoryAndLocksTheAccount();
    void membershipsEndWithDemotionAndDeactivation();
    void oneChangeOfRoleAndActivityIsAllOrNothing();
    void anotherOrgsPeopleAreUnknown();
    void orgListCarriesLedgerFigures();
    void orgSettingsAreEditedByAdmins();

private:
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::PeopleService> m_people;
};

void tst_PeopleService::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config());
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_people = std::make_unique<domain::PeopleService>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO users (id, org_id, role, osm_username, first_name, last_name, created_at) "
         u"VALUES "
         "('admin', 'org-a', 'admin', 'ada', 'Ada', 'Admin', '2026-01-01T00:00:00Z'), "
         "('mapper', 'org-a', 'user', 'Mia_Maps', 'Mia', 'Mapper', '2026-01-01T00:00:00Z'), "
         "('newcomer', NULL, 'user', NULL, NULL, NULL, '2026-01-01T00:00:00Z'), "
         "('admin-b', 'org-b', 'admin', 'bee', 'Bee', 'B', '2026-01-01T00:00:00Z')"_s);
}

void tst_PeopleService::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_people.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_PeopleService::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

qint64 tst_PeopleService::scalar(const QString &sql)
{
    return testing::scalarSql(*m_db, sql);
}

void tst_PeopleService::onboardingStoresEverythingWithTheTermsTime()
{
    QVERIFY(m_people->onboard(Newcomer, goodForm()).ok()); // allowed without an org
    domain::IdentityService identity(*m_db, m_clock);
    const auto details = identity.details(Newcomer);
    QVERIFY(details.ok());
    const domain::UserProfile &p = details.value().first;
    QCOMPARE(p.osmUsername, u"New_Mapper"_s);
    QCOMPARE(p.paymentEmail, u"new@pay.example"_s);
    QCOMPARE(p.termsAcceptedAt, std::optional(m_clock.nowUtc()));
    QVERIFY(!p.needsOnboarding());
}

void tst_PeopleService::onboardingRefusesBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("empty OSM username")
        << u"osm_username"_s << u"  "_s << QByteArray("missing_field");
    QTest::newRow("OSM username too long")
        << u"osm_username"_s << QString(256, u'a') << QByteArray("invalid_field");
    QTest::newRow("control character")
        << u"osm_username"_s << u"bad\u0007name"_s << QByteArray("invalid_field");
    QTest::newRow("email without @")
        << u"payment_email"_s << u"nobody.example"_s << QByteArray("invalid_field");
    QTest::newRow("email with two @")
        << u"payment_email"_s << u"a@b@c.example"_s << QByteArray("invalid_field");
    QTest::newRow("email without a dot in the domain")
        << u"payment_email"_s << u"a@localhost"_s << QByteArray("invalid_field");
    QTest::newRow("email with a space")
        << u"payment_email"_s << u"a b@c.example"_s << QByteArray("invalid_field");
    QTest::newRow("empty email") << u"payment_email"_s << QString() << QByteArray("missing_field");
    QTest::newRow("empty city") << u"city"_s << QString() << QByteArray("missing_field");
    QTest::newRow("empty country") << u"country"_s << QString() << QByteArray("missing_field");
    QTest::newRow("terms not accepted") << u"terms"_s << QString() << QByteArray("terms_required");
}

void tst_PeopleService::onboardingRefusesBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QByteArray, code);
    OnboardingForm form = goodForm();
    if (field == "osm_username"_L1)
        form.osmUsername = value;
    else if (field == "payment_email"_L1)
        form.paymentEmail = value;
    else if (field == "city"_L1)
        form.city = value;
    else if (field == "country"_L1)
        form.country = value;
    else
        form.termsAccepted = false;
    const auto refused = m_people->onboard(Newcomer, form);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    if (field != "terms"_L1)
        QCOMPARE(refused.error().field, field);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM users WHERE id = 'newcomer' AND osm_username IS NOT NULL"_s),
        0);
}

void tst_PeopleService::osmUsernameIsUniqueRegardlessOfCase()
{
    OnboardingForm form = goodForm();
    form.osmUsername = u"mia_maps"_s; // Mia_Maps is taken
    const auto taken = m_people->onboard(Newcomer, form);
    QCOMPARE(taken.error().code, QByteArray("duplicate"));
    QCOMPARE(taken.error().field, u"osm_username"_s);
    // Re-onboarding with one's own name in another case is no conflict.
    form.osmUsername = u"MIA_MAPS"_s;
    QVERIFY(m_people->onboard(Mapper, form).ok());
}

void tst_PeopleService::roleChangeIsStoredAuditedAndSurvivesSignIn()
{
    QCOMPARE(m_people->changeRole(Mapper, u"mapper"_s, Role::Admin).error().code,
        QByteArray("forbidden"));
    QVERIFY(m_people->changeRole(Admin, u"mapper"_s, Role::Validator).ok());
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM audit_log WHERE action = 'change_role' AND entity_id = 'mapper'"_s),
        1);
    domain::IdentityService identity(*m_db, m_clock);
    // The token still says "user": the database stays the authority (DESIGN.md §4).
    const auto profile = identity.signIn({ u"mapper"_s, u"user"_s, u"org-a"_s, {}, {}, {} });
    QVERIFY(profile.ok());
    QCOMPARE(profile.value().role, Role::Validator);
}

void tst_PeopleService::theLastAdminStays()
{
    QCOMPARE(
        m_people->changeRole(Admin, u"admin"_s, Role::User).error().code, QByteArray("last_admin"));
    QCOMPARE(
        m_people->deactivate(Admin, u"admin"_s).error().code, QByteArray("cannot_remove_self"));
    QVERIFY(m_people->changeRole(Admin, u"mapper"_s, Role::Admin).ok());
    QVERIFY(m_people->changeRole(Admin, u"admin"_s, Role::User).ok()); // now there is another admin
}

void tst_PeopleService::twoAdminsRemovingEachOtherAtOnceLeaveOne()
{
    // Each admin counts two admins and acts; without a lock both would succeed (write skew).
    const Caller second { u"mapper"_s, u"org-a"_s, Role::Admin, true };
    for (int round = 0; round < 12; ++round) {
        exec(u"UPDATE users SET role = 'admin', deactivated_at = NULL WHERE id IN ('admin', "
             u"'mapper')"_s);
        std::latch start(2);
        std::atomic<int> done { 0 };
        const bool deactivate = round % 2;
        QList<QFuture<void>> runs;
        for (const auto &[who, whom] :
            { std::pair(Admin, second.userId), std::pair(second, Admin.userId) }) {
            runs << QtConcurrent::run(&m_db->pool(), [&, who, whom] {
                start.arrive_and_wait();
                const auto result = deactivate ? m_people->deactivate(who, whom)
                                               : m_people->changeRole(who, whom, Role::User);
                if (result.ok())
                    ++done;
            });
        }
        for (auto &run : runs)
            testing::joinWithin(run);
        QCOMPARE(done.load(), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE org_id = 'org-a' AND role = 'admin' "
                        u"AND deactivated_at IS NULL"_s),
            1);
    }
}

void tst_PeopleService::deactivationKeepsHistoryAndLocksTheAccount()
{
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"created_at) VALUES "
         "('org-a', 'mapper', 'mapping', 150, 'k', '2026-01-01T00:00:00Z')"_s);
    QVERIFY(m_people->deactivate(Admin, u"mapper"_s).ok());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE user_id = 'mapper'"_s), 1);
    domain::IdentityService identity(*m_db, m_clock);
    const auto refused = identity.resolveCaller({ u"mapper"_s, u"user"_s, u"org-a"_s, {}, {}, {} });
    QCOMPARE(refused.error().code, QByteArray("account_deactivated"));
    QCOMPARE(
        m_people->deactivate(Admin, u"mapper"_s).error().code, QByteArray("already_deactivated"));
}

void tst_PeopleService::membershipsEndWithDemotionAndDeactivation()
{
    exec(u"UPDATE users SET role = 'validator' WHERE id = 'mapper'"_s);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
         u"created_at) VALUES (7, 'org-a', 'P7', 'https://t.example/projects/7', 150, 50, "
         u"'2026-01-01T00:00:00Z'), (8, 'org-a', 'P8', 'https://t.example/projects/8', 150, 50, "
         u"'2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         u"(7, 'mapper', 'validator', '2026-01-01T00:00:00Z'), "
         u"(8, 'mapper', 'editor', '2026-01-01T00:00:00Z')"_s);
    const auto demoted = m_people->changeRole(Admin, u"mapper"_s, Role::User);
    QVERIFY(demoted.ok());
    QCOMPARE(demoted.value().size(), 1);
    QCOMPARE(demoted.value().first().projectId, 7);
    QCOMPARE(demoted.value().first().memberRole, u"validator"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE user_id = 'mapper'"_s), 1);

    const auto removed = m_people->deactivate(Admin, u"mapper"_s);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value().size(), 1);
    QCOMPARE(removed.value().first().projectId, 8);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE user_id = 'mapper'"_s), 0);

    const auto again = m_people->deactivate(Admin, u"mapper"_s);
    QCOMPARE(again.error().code, QByteArray("already_deactivated"));
    QCOMPARE(again.error().kind, core::ErrorKind::Conflict);
    QCOMPARE(
        m_people->reactivate(OtherOrgAdmin, u"mapper"_s).error().code, QByteArray("not_found"));
    QVERIFY(m_people->reactivate(Admin, u"mapper"_s).ok());
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM users WHERE id = 'mapper' AND deactivated_at IS NULL"_s), 1);
    QVERIFY(m_people->reactivate(Admin, u"mapper"_s).ok()); // active stays active
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('deactivate', "
                    u"'reactivate')"_s),
        2);
}

void tst_PeopleService::oneChangeOfRoleAndActivityIsAllOrNothing()
{
    QVERIFY(m_people->deactivate(Admin, u"mapper"_s).ok());
    const auto back = m_people->modify(Admin, u"mapper"_s, { Role::Admin, true });
    QVERIFY(back.ok());
    QCOMPARE(back.value().role, Role::Admin);
    QVERIFY(back.value().active);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE id = 'mapper' AND role = 'admin' AND "
                    u"deactivated_at IS NULL"_s),
        1);
    // The new admin demotes and deactivates the old one, who then cannot do the same back.
    const Caller second { u"mapper"_s, u"org-a"_s, Role::Admin, true };
    QVERIFY(m_people->modify(second, u"admin"_s, { Role::User, false }).ok());
    const auto refused = m_people->modify(Admin, u"mapper"_s, { Role::User, false });
    QCOMPARE(refused.error().code, QByteArray("forbidden")); // no longer an admin
    // A deactivated person's role may change; they stay deactivated since the same moment.
    const QString since = u"SELECT COUNT(*) FROM users WHERE id = 'admin' AND role = '%1' AND "
                          u"deactivated_at = (SELECT MIN(at) FROM audit_log WHERE action = "
                          u"'deactivate' AND entity_id = 'admin')"_s;
    QCOMPARE(scalar(since.arg(u"user"_s)), 1);
    m_clock.advance(std::chrono::hours(1));
    const auto recast = m_people->modify(second, u"admin"_s, { Role::Validator, std::nullopt });
    QVERIFY(recast.ok());
    QCOMPARE(recast.value().role, Role::Validator);
    QVERIFY(!recast.value().active);
    QCOMPARE(scalar(since.arg(u"validator"_s)), 1);
    // A refused change changes nothing: the last admin cannot demote themselves.
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    QCOMPARE(m_people->modify(second, u"mapper"_s, { Role::Validator, std::nullopt }).error().code,
        QByteArray("last_admin"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE id = 'mapper' AND role = 'admin'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), audits);
}

void tst_PeopleService::anotherOrgsPeopleAreUnknown()
{
    QCOMPARE(m_people->changeRole(OtherOrgAdmin, u"mapper"_s, Role::Admin).error().code,
        QByteArray("not_found"));
    QCOMPARE(
        m_people->deactivate(OtherOrgAdmin, u"mapper"_s).error().code, QByteArray("not_found"));
    QCOMPARE(scalar(u"SELECT role = 'user' FROM users WHERE id = 'mapper'"_s), 1);
}

void tst_PeopleService::orgListCarriesLedgerFigures()
{
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"created_at) VALUES "
         "('org-a', 'mapper', 'mapping', 1500, 'k1', '2026-01-01T00:00:00Z'), "
         "('org-a', 'mapper', 'adjustment', -200, 'k2', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO payments (id, org_id, user_id, amount_cents, external_ref, paid_by, "
         u"paid_at) VALUES "
         "(1, 'org-a', 'mapper', 300, 'P-1', 'admin', '2026-01-02T00:00:00Z')"_s);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"payment_id, created_at) VALUES "
         "('org-a', 'mapper', 'payout', -300, 'payout:1', 1, '2026-01-02T00:00:00Z')"_s);
    exec(u"INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, status, "
         u"requested_at) VALUES "
         "('org-a', 'mapper', 400, 'm@pay.example', 'pending', '2026-01-03T00:00:00Z')"_s);
    const auto people = m_people->orgPeople(Admin);
    QVERIFY(people.ok());
    QCOMPARE(people.value().size(), 2); // org-a only
    const domain::PersonSummary mapper = people.value().at(1);
    QCOMPARE(mapper.id, u"mapper"_s);
    QCOMPARE(mapper.name, u"Mia Mapper"_s);
    QCOMPARE(mapper.paid, Money(300));
    QCOMPARE(mapper.pending, Money(400));
    QCOMPARE(mapper.payable, Money(1500 - 200 - 300 - 400));
    QCOMPARE(m_people->orgPeople(Mapper).error().code, QByteArray("forbidden"));
}

void tst_PeopleService::orgSettingsAreEditedByAdmins()
{
    QVERIFY(domain::OrganisationSettings(*m_db, m_clock)
                .update(Admin, u"Kaart"_s, u"EUR"_s, Money(2500))
                .ok());
    QCOMPARE(scalar(u"SELECT min_payout_cents FROM orgs WHERE id = 'org-a'"_s), 2500);
    QVERIFY(domain::OrganisationSettings(*m_db, m_clock)
                .update(Admin, {}, {}, std::nullopt)
                .ok()); // nothing given: nothing changes
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM orgs WHERE id = 'org-a' AND name = 'Kaart' AND currency = 'EUR'"_s),
        1);
    QCOMPARE(domain::OrganisationSettings(*m_db, m_clock)
                 .update(Admin, {}, u"eur"_s, std::nullopt)
                 .error()
                 .code,
        QByteArray("invalid_field"));
    QCOMPARE(
        domain::OrganisationSettings(*m_db, m_clock).update(Admin, {}, {}, Money(-1)).error().code,
        QByteArray("invalid_amount"));
    QCOMPARE(domain::OrganisationSettings(*m_db, m_clock)
                 .update(Mapper, u"x"_s, {}, std::nullopt)
                 .error()
                 .code,
        QByteArray("forbidden"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'update_org'"_s), 2);
}

QTEST_GUILESS_MAIN(tst_PeopleService)
#include "tst_PeopleService.moc"
