#include "services/domain/crediting/CreditingService.h"
#include "services/domain/people/OsmUsernames.h"
#include "services/domain/people/PeopleService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "services/store/SqlValues.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace mikro;
using domain::Caller;
using domain::Role;

namespace {

const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller SecondAdmin { u"admin-2"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller Mapper2 { u"mapper-2"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller Newcomer { u"newcomer"_s, u"org-a"_s, Role::User, false };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
const Caller OtherOrgMapper { u"mapper-b"_s, u"org-b"_s, Role::User, true };
const Caller NoOrg { u"no-org"_s, QString(), Role::User, true };
constexpr qint64 Project = 5871;

template <typename T>
QByteArray codeOf(const core::Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().code;
}

template <typename T>
QByteArray why(const core::Result<T> &result)
{
    return result.ok() ? QByteArray()
                       : result.error().code + ": " + result.error().diagnostic.toUtf8();
}

} // namespace

/// OsmUsernames called directly on both engines (issue 10 #5), with requests made the way people
/// make them (PeopleService): a change after onboarding waits for an admin of the organisation,
/// who approves (the name is the person's from that moment, which crediting honours) or
/// rejects it.
class tst_OsmUsernames : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aNewNameAfterOnboardingWaitsForAnAdmin();
    void onlyANewNameAfterOnboardingNeedsApproval();
    void pendingListsTheOrganisationsChangesOldestFirst();
    void aSecondRequestReplacesThePendingOne();
    void approvingHandsTheNameOverFromThatMoment();
    void creditingFollowsTheNameHeldWhenTheWorkWasDone();
    void rejectingKeepsTheName();
    void decisionRefusalsLeaveTheRequestPending();
    void anAdminsOwnChangeIsAnotherAdminsDecision();
    void aNameTakenMeanwhileStaysPending();
    void withoutAnOrganisationNobodyCouldApprove();

private:
    void exec(const QString &sql);
    qint64 scalar(const QString &sql) { return testing::scalarSql(*m_db, sql); }
    QStringList rows(const QString &sql);
    /// The time in the first column of the first row; invalid when there is none.
    QDateTime timeOf(const QString &sql);
    void ask(const Caller &caller, const QString &name);
    QString nameOf(const QString &userId);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::OsmUsernames> m_usernames;
    std::unique_ptr<domain::PeopleService> m_people;
};

void tst_OsmUsernames::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 4);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_usernames = std::make_unique<domain::OsmUsernames>(*m_db, m_clock);
    m_people = std::make_unique<domain::PeopleService>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO users (id, org_id, role, first_name, last_name, osm_username, "
         "payment_email, city, country, terms_accepted_at, created_at) VALUES "
         "('admin', 'org-a', 'admin', 'Ada', 'Admin', 'ada_osm', 'ada@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('admin-2', 'org-a', 'admin', 'Bo', 'Boss', 'bo_osm', 'bo@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('mapper', 'org-a', 'user', 'Mia', 'Maps', 'mia_osm', 'mia@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('mapper-2', 'org-a', 'user', 'Max', NULL, 'max_osm', 'max@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('validator', 'org-a', 'validator', 'Val', 'Idator', 'val_osm', 'val@pay.example', "
         "'Lima', 'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('newcomer', 'org-a', 'user', NULL, NULL, 'new_osm', NULL, NULL, NULL, NULL, "
         "'2026-01-01T00:00:00Z'), "
         "('no-org', NULL, 'user', NULL, NULL, 'nora_osm', 'nora@pay.example', 'Lima', 'PE', "
         "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('admin-b', 'org-b', 'admin', 'Bob', 'B', 'bob_osm', 'bob@pay.example', 'Quito', "
         "'EC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('mapper-b', 'org-b', 'user', 'Bea', 'B', 'bea_osm', 'bea@pay.example', 'Quito', "
         "'EC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s);
}

void tst_OsmUsernames::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_people.reset();
    m_usernames.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_OsmUsernames::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

QStringList tst_OsmUsernames::rows(const QString &sql)
{
    return testing::textRows(*m_db, sql);
}

QDateTime tst_OsmUsernames::timeOf(const QString &sql)
{
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    if (!tx.ok())
        return {};
    auto result = tx.value().exec(sql);
    if (!result.ok() || !result.value().next())
        return {};
    return store::utcFromValue(result.value().value(0)).value_or(QDateTime());
}

/// The person asks for `name` as the profile screen does; after onboarding it waits.
void tst_OsmUsernames::ask(const Caller &caller, const QString &name)
{
    domain::ProfileChange change;
    change.osmUsername = name;
    const auto asked = m_people->updateDetails(caller, change);
    QVERIFY2(asked.ok(), why(asked).constData());
    QCOMPARE(asked.value().osmUsernamePending, std::optional<QString>(name));
}

QString tst_OsmUsernames::nameOf(const QString &userId)
{
    const QStringList name = rows(u"SELECT osm_username FROM users WHERE id = '%1'"_s.arg(userId));
    return name.size() == 1 ? name.constFirst() : QString();
}

void tst_OsmUsernames::aNewNameAfterOnboardingWaitsForAnAdmin()
{
    const QDateTime asked = m_clock.nowUtc();
    ask(Mapper, u"mia_new"_s);
    QCOMPARE(nameOf(u"mapper"_s), u"mia_osm"_s); // not yet
    QCOMPARE(rows(u"SELECT osm_username FROM osm_usernames WHERE user_id = 'mapper' "
                  "AND valid_to IS NULL"_s),
        QStringList({ u"mia_osm"_s }));

    const auto own = m_usernames->pendingOf(Mapper);
    QVERIFY2(own.ok(), why(own).constData());
    QCOMPARE(own.value(), std::optional<QString>(u"mia_new"_s));

    const auto pending = m_usernames->pending(Admin);
    QVERIFY2(pending.ok(), why(pending).constData());
    QCOMPARE(pending.value().size(), 1);
    const domain::UsernameChange &change = pending.value().at(0);
    QCOMPARE(change.id,
        scalar(u"SELECT id FROM osm_username_changes WHERE user_id = 'mapper' "
               "AND status = 'pending'"_s));
    QCOMPARE(change.userId, u"mapper"_s);
    QCOMPARE(change.person, u"Mia Maps"_s);
    QCOMPARE(change.currentName, u"mia_osm"_s);
    QCOMPARE(change.requestedName, u"mia_new"_s);
    QCOMPARE(change.requestedAt, asked);
    QCOMPARE(rows(u"SELECT action, entity, entity_id, actor_id, org_id FROM audit_log"_s),
        QStringList({ u"request_osm_username_change|user|mapper|mapper|org-a"_s }));
}

void tst_OsmUsernames::onlyANewNameAfterOnboardingNeedsApproval()
{
    const auto needs = [&](const QString &userId, const QString &name) {
        return m_db->inTransaction([&](store::Transaction &tx) {
            return domain::OsmUsernames::needsApproval(tx, userId, name);
        });
    };
    QCOMPARE(needs(u"mapper"_s, u"someone_else"_s).value(), true);
    QCOMPARE(needs(u"mapper"_s, u"MIA_OSM"_s).value(), false); // the same TM4 account
    QCOMPARE(needs(u"newcomer"_s, u"someone_else"_s).value(), false); // terms not accepted yet
    QCOMPARE(needs(u"nobody"_s, u"someone_else"_s).value(), false);

    // A change of case is written at once.
    domain::ProfileChange recased;
    recased.osmUsername = u"Mia_OSM"_s;
    const auto changed = m_people->updateDetails(Mapper, recased);
    QVERIFY2(changed.ok(), why(changed).constData());
    QCOMPARE(changed.value().osmUsernamePending, std::nullopt);
    QCOMPARE(nameOf(u"mapper"_s), u"Mia_OSM"_s);

    // So is the name given while onboarding.
    domain::OnboardingForm form;
    form.osmUsername = u"newer_osm"_s;
    form.paymentEmail = u"new@pay.example"_s;
    form.city = u"Lima"_s;
    form.country = u"PE"_s;
    form.termsAccepted = true;
    const auto onboarded = m_people->onboard(Newcomer, form);
    QVERIFY2(onboarded.ok(), why(onboarded).constData());
    QCOMPARE(onboarded.value().osmUsernamePending, std::nullopt);
    QCOMPARE(nameOf(u"newcomer"_s), u"newer_osm"_s);

    QVERIFY(m_usernames->pending(Admin).value().isEmpty());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM osm_username_changes"_s), 0);
    QCOMPARE(m_usernames->pendingOf(Mapper).value(), std::nullopt);
}

void tst_OsmUsernames::pendingListsTheOrganisationsChangesOldestFirst()
{
    const QDateTime t0 = m_clock.nowUtc();
    ask(Mapper2, u"max_new"_s);
    m_clock.advance(30min);
    ask(OtherOrgMapper, u"bea_new"_s);
    m_clock.advance(30min);
    ask(Mapper, u"mia_new"_s);
    m_clock.advance(1h);
    ask(Validator, u"val_new"_s);

    const auto pending = m_usernames->pending(Admin);
    QVERIFY2(pending.ok(), why(pending).constData());
    QStringList shown;
    for (const auto &c : pending.value())
        shown << u"%1|%2|%3|%4|%5"_s.arg(c.userId, c.person, c.currentName, c.requestedName,
            QString::number(t0.secsTo(c.requestedAt)));
    QCOMPARE(shown,
        QStringList(
            { u"mapper-2|Max|max_osm|max_new|0"_s, u"mapper|Mia Maps|mia_osm|mia_new|3600"_s,
                u"validator|Val Idator|val_osm|val_new|7200"_s }));

    const auto b = m_usernames->pending(OtherOrgAdmin);
    QVERIFY2(b.ok(), why(b).constData());
    QCOMPARE(b.value().size(), 1);
    QCOMPARE(b.value().at(0).userId, u"mapper-b"_s);
    QCOMPARE(b.value().at(0).requestedName, u"bea_new"_s);

    QCOMPARE(codeOf(m_usernames->pending(Mapper)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_usernames->pending(Validator)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_usernames->pending(NoOrg)), QByteArray("no_organisation"));

    QCOMPARE(m_usernames->pendingOf(Validator).value(), std::optional<QString>(u"val_new"_s));
    QCOMPARE(m_usernames->pendingOf(Admin).value(), std::nullopt);
}

void tst_OsmUsernames::aSecondRequestReplacesThePendingOne()
{
    ask(Mapper, u"mia_new"_s);
    m_clock.advance(10min);
    const QDateTime second = m_clock.nowUtc();
    ask(Mapper, u"mia_newer"_s);

    const auto pending = m_usernames->pending(Admin);
    QVERIFY2(pending.ok(), why(pending).constData());
    QCOMPARE(pending.value().size(), 1);
    QCOMPARE(pending.value().at(0).requestedName, u"mia_newer"_s);
    QCOMPARE(pending.value().at(0).requestedAt, second);
    QCOMPARE(m_usernames->pendingOf(Mapper).value(), std::optional<QString>(u"mia_newer"_s));
    QCOMPARE(rows(u"SELECT osm_username, status, COALESCE(decided_by, '') "
                  "FROM osm_username_changes ORDER BY id"_s),
        QStringList({ u"mia_new|withdrawn|"_s, u"mia_newer|pending|"_s }));
    QCOMPARE(timeOf(u"SELECT decided_at FROM osm_username_changes WHERE status = 'withdrawn'"_s),
        second);
    QCOMPARE(nameOf(u"mapper"_s), u"mia_osm"_s);
}

void tst_OsmUsernames::approvingHandsTheNameOverFromThatMoment()
{
    ask(Mapper, u"mia_new"_s);
    m_clock.advance(2h);
    const QDateTime approvedAt = m_clock.nowUtc();
    const auto approved = m_usernames->decide(Admin, u"mapper"_s, true);
    QVERIFY2(approved.ok(), why(approved).constData());

    QCOMPARE(nameOf(u"mapper"_s), u"mia_new"_s);
    // The old name ends and the new one starts at the approval, by the service's clock.
    {
        auto tx = m_db->begin(store::Database::Access::ReadOnly);
        QVERIFY(tx.ok());
        auto history
            = tx.value().exec(u"SELECT osm_username, valid_from, valid_to FROM osm_usernames "
                              "WHERE user_id = 'mapper' ORDER BY id"_s);
        QVERIFY(history.ok());
        QVERIFY(history.value().next());
        QCOMPARE(history.value().value(0).toString(), u"mia_osm"_s);
        QCOMPARE(store::utcFromValue(history.value().value(1)), std::nullopt);
        QCOMPARE(store::utcFromValue(history.value().value(2)).value_or(QDateTime()), approvedAt);
        QVERIFY(history.value().next());
        QCOMPARE(history.value().value(0).toString(), u"mia_new"_s);
        QCOMPARE(store::utcFromValue(history.value().value(1)).value_or(QDateTime()), approvedAt);
        QCOMPARE(store::utcFromValue(history.value().value(2)), std::nullopt);
        QVERIFY(!history.value().next());
    }

    QCOMPARE(rows(u"SELECT status, decided_by FROM osm_username_changes"_s),
        QStringList({ u"approved|admin"_s }));
    QCOMPARE(timeOf(u"SELECT decided_at FROM osm_username_changes"_s), approvedAt);
    QCOMPARE(rows(u"SELECT entity, entity_id, actor_id FROM audit_log "
                  "WHERE action = 'approve_osm_username'"_s),
        QStringList({ u"user|mapper|admin"_s }));
    QCOMPARE(QJsonDocument::fromJson(rows(u"SELECT CAST(details AS TEXT) FROM audit_log "
                                          "WHERE action = 'approve_osm_username'"_s)
                                         .value(0)
                                         .toUtf8())
                 .object()
                 .value(u"osm_username"_s)
                 .toString(),
        u"mia_new"_s);

    QVERIFY(m_usernames->pending(Admin).value().isEmpty());
    QCOMPARE(m_usernames->pendingOf(Mapper).value(), std::nullopt);
    QCOMPARE(codeOf(m_usernames->decide(Admin, u"mapper"_s, true)), QByteArray("not_found"));
}

void tst_OsmUsernames::creditingFollowsTheNameHeldWhenTheWorkWasDone()
{
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, created_at) VALUES (5871, 'org-a', 'Roads', "
         "'https://tasks.example/projects/5871', 150, 50, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(5871, 'mapper', 'editor', '2026-01-01T00:00:00Z'), "
         "(5871, 'validator', 'validator', '2026-01-01T00:00:00Z')"_s);
    ask(Mapper, u"mia_new"_s);
    m_clock.advance(2h);
    const QDateTime approvedAt = m_clock.nowUtc();
    QVERIFY(m_usernames->decide(Admin, u"mapper"_s, true).ok());

    const domain::CreditingService crediting(*m_db, m_clock);
    const auto work = [&](qint64 task, const QString &mappedBy, const QDateTime &mappedAt) {
        const auto mapped = crediting.ingest(
            domain::TaskEvent { Project, task, 1, u"MAPPED"_s, mappedBy, mappedAt });
        QVERIFY2(mapped.ok(), why(mapped).constData());
        const auto validated = crediting.ingest(domain::TaskEvent {
            Project, task, 2, u"VALIDATED"_s, u"val_osm"_s, approvedAt.addSecs(600) });
        QVERIFY2(validated.ok(), why(validated).constData());
    };
    work(41, u"mia_osm"_s, approvedAt.addSecs(-1)); // the old name, still the mapper's
    work(42, u"mia_osm"_s, approvedAt); // the old name from the approval on: not the mapper's
    work(43, u"Mia_New"_s, approvedAt); // the new name from the approval on (any case)
    work(44, u"mia_new"_s, approvedAt.addSecs(-1)); // the new name before it was theirs

    QCOMPARE(rows(u"SELECT task_id, kind, amount_cents FROM ledger_entries "
                  "WHERE user_id = 'mapper' ORDER BY task_id"_s),
        QStringList({ u"41|mapping|150"_s, u"43|mapping|150"_s }));
    QCOMPARE(rows(u"SELECT task_id FROM tasks WHERE mapper_user_id = 'mapper' "
                  "ORDER BY task_id"_s),
        QStringList({ u"41"_s, u"43"_s }));
}

void tst_OsmUsernames::rejectingKeepsTheName()
{
    ask(Mapper, u"mia_new"_s);
    m_clock.advance(1h);
    QVERIFY(m_usernames->decide(Admin, u"mapper"_s, false).ok());
    QCOMPARE(nameOf(u"mapper"_s), u"mia_osm"_s);
    QCOMPARE(rows(u"SELECT osm_username, CASE WHEN valid_to IS NULL THEN 'open' ELSE 'ended' "
                  "END FROM osm_usernames WHERE user_id = 'mapper'"_s),
        QStringList({ u"mia_osm|open"_s }));
    QCOMPARE(rows(u"SELECT status, decided_by FROM osm_username_changes"_s),
        QStringList({ u"rejected|admin"_s }));
    QCOMPARE(rows(u"SELECT entity_id, actor_id FROM audit_log "
                  "WHERE action = 'reject_osm_username'"_s),
        QStringList({ u"mapper|admin"_s }));
    QVERIFY(m_usernames->pending(Admin).value().isEmpty());
    QCOMPARE(m_usernames->pendingOf(Mapper).value(), std::nullopt);
    QCOMPARE(codeOf(m_usernames->decide(Admin, u"mapper"_s, false)), QByteArray("not_found"));

    // The person may ask again.
    ask(Mapper, u"mia_other"_s);
    QCOMPARE(m_usernames->pending(Admin).value().size(), 1);
}

void tst_OsmUsernames::decisionRefusalsLeaveTheRequestPending()
{
    QCOMPARE(codeOf(m_usernames->decide(Admin, u"mapper"_s, true)), QByteArray("not_found"));
    ask(Mapper, u"mia_new"_s);
    QCOMPARE(
        codeOf(m_usernames->decide(OtherOrgAdmin, u"mapper"_s, true)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_usernames->decide(Mapper2, u"mapper"_s, true)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_usernames->decide(Validator, u"mapper"_s, true)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_usernames->decide(NoOrg, u"mapper"_s, true)), QByteArray("no_organisation"));
    QCOMPARE(codeOf(m_usernames->decide(Admin, u"nobody"_s, true)), QByteArray("not_found"));

    QCOMPARE(rows(u"SELECT osm_username, status FROM osm_username_changes"_s),
        QStringList({ u"mia_new|pending"_s }));
    QCOMPARE(nameOf(u"mapper"_s), u"mia_osm"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE '%_osm_username'"_s), 0);
}

void tst_OsmUsernames::anAdminsOwnChangeIsAnotherAdminsDecision()
{
    ask(Admin, u"ada_new"_s);
    const auto own = m_usernames->decide(Admin, u"admin"_s, true);
    QCOMPARE(codeOf(own), QByteArray("own_account"));
    QCOMPARE(own.error().kind, core::ErrorKind::Forbidden);
    QCOMPARE(codeOf(m_usernames->decide(Admin, u"admin"_s, false)), QByteArray("own_account"));
    QCOMPARE(nameOf(u"admin"_s), u"ada_osm"_s);
    QCOMPARE(m_usernames->pending(Admin).value().size(), 1); // they see it, another decides

    QVERIFY(m_usernames->decide(SecondAdmin, u"admin"_s, true).ok());
    QCOMPARE(nameOf(u"admin"_s), u"ada_new"_s);
    QCOMPARE(rows(u"SELECT status, decided_by FROM osm_username_changes"_s),
        QStringList({ u"approved|admin-2"_s }));
}

void tst_OsmUsernames::aNameTakenMeanwhileStaysPending()
{
    ask(Mapper, u"popular"_s);
    // The newcomer, still onboarding, takes the name (in another case) in the meantime.
    exec(u"UPDATE users SET osm_username = 'Popular' WHERE id = 'newcomer'"_s);

    const auto taken = m_usernames->decide(Admin, u"mapper"_s, true);
    QCOMPARE(codeOf(taken), QByteArray("duplicate"));
    QCOMPARE(taken.error().kind, core::ErrorKind::Conflict);
    QCOMPARE(nameOf(u"mapper"_s), u"mia_osm"_s);
    QCOMPARE(rows(u"SELECT osm_username, status FROM osm_username_changes"_s),
        QStringList({ u"popular|pending"_s }));
    QCOMPARE(rows(u"SELECT osm_username FROM osm_usernames WHERE user_id = 'mapper'"_s),
        QStringList({ u"mia_osm"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'approve_osm_username'"_s), 0);
    QCOMPARE(m_usernames->pending(Admin).value().size(), 1);

    // It can still be rejected.
    QVERIFY(m_usernames->decide(Admin, u"mapper"_s, false).ok());
    QVERIFY(m_usernames->pending(Admin).value().isEmpty());

    // A name already taken is refused when asked for, and nothing waits.
    domain::ProfileChange change;
    change.osmUsername = u"MIA_OSM"_s;
    const auto refused = m_people->updateDetails(Mapper2, change);
    QCOMPARE(codeOf(refused), QByteArray("duplicate"));
    QCOMPARE(m_usernames->pendingOf(Mapper2).value(), std::nullopt);
}

void tst_OsmUsernames::withoutAnOrganisationNobodyCouldApprove()
{
    // An onboarded person without an organisation: a new name would wait for an admin who does
    // not exist, so it is refused before anything is written (it once failed in the database).
    domain::ProfileChange change;
    change.osmUsername = u"nora_new"_s;
    const auto asked = m_people->updateDetails(NoOrg, change);
    QVERIFY(!asked.ok());
    QCOMPARE(asked.error().code, QByteArray("no_organisation"));
    QCOMPARE(asked.error().kind, core::ErrorKind::Forbidden);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM osm_username_changes"_s), 0);
    QCOMPARE(nameOf(u"no-org"_s), u"nora_osm"_s);
}

QTEST_GUILESS_MAIN(tst_OsmUsernames)
#include "tst_OsmUsernames.moc"
