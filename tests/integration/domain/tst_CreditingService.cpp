#include "services/domain/crediting/CreditingService.h"
#include "services/domain/money/PayoutService.h"
#include "services/domain/people/OsmUsernames.h"
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
using domain::Caller;
using domain::IngestOutcome;
using domain::Role;
using domain::TaskEvent;

Q_DECLARE_METATYPE(mikro::domain::IngestOutcome)

namespace {
const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller SecondAdmin { u"admin-2"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
constexpr qint64 Project = 5871;
} // namespace

/// Golden scenarios for crediting TM4 work (DESIGN.md §4), each with the exact expected ledger,
/// on both engines.
class tst_CreditingService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mappedThenValidatedCreditsMapperAndValidator();
    void reingestingChangesNothing();
    void validatedThenInvalidatedReversesTheMappingCredit();
    void invalidatedRemappedValidatedCreditsTheNewWork();
    void reviewQueue_data();
    void reviewQueue();
    void adminDecidesAReviewOnce();
    void anAdminNeverDecidesTheirOwnSelfValidatedTask();
    void anOutsidersTaskNeverReachesTheReviewQueue();
    void aRenameNeverBringsEarlierWork();
    void ratesAreSnapshottedWhenFirstSeen();
    void badImageryEarnsNothing();
    void concurrentIngestionOfOneEventCreditsOnce();

private:
    IngestOutcome ingest(qint64 task, qint64 history, const QString &action, const QString &actor,
        const QDateTime &at = {});
    QStringList ledger(); ///< "user kind cents" lines, sorted
    qint64 scalar(const QString &sql) { return testing::scalarSql(*m_db, sql); }
    void exec(const QString &sql);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::CreditingService> m_crediting;
};

void tst_CreditingService::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 8);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_crediting = std::make_unique<domain::CreditingService>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO users (id, org_id, role, osm_username, created_at) VALUES "
         "('mapper', 'org-a', 'user', 'Mia_Maps', '2026-01-01T00:00:00Z'), "
         "('mapper-2', 'org-a', 'user', 'max_maps', '2026-01-01T00:00:00Z'), "
         "('validator', 'org-a', 'validator', 'victor_validates', '2026-01-01T00:00:00Z'), "
         "('plain', 'org-a', 'user', 'plain_user', '2026-01-01T00:00:00Z'), "
         "('admin', 'org-a', 'admin', 'ada_maps', '2026-01-01T00:00:00Z'), "
         "('admin-2', 'org-a', 'admin', 'second_admin', '2026-01-01T00:00:00Z'), "
         "('outsider-b', 'org-b', 'validator', 'bob_b', '2026-01-01T00:00:00Z'), "
         "('admin-b', 'org-b', 'admin', 'admin_b', '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
        u"created_at) "
        "VALUES (5871, 'org-a', 'Roads', 'https://tasks.example/projects/5871', 150, 50, '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
        "(5871, 'mapper', 'editor', '2026-01-01T00:00:00Z'), (5871, 'mapper-2', 'editor', "
        "'2026-01-01T00:00:00Z'), "
        "(5871, 'validator', 'validator', '2026-01-01T00:00:00Z'), (5871, 'plain', 'validator', '2026-01-01T00:00:00Z')"_s);
}

void tst_CreditingService::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_crediting.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_CreditingService::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

IngestOutcome tst_CreditingService::ingest(
    qint64 task, qint64 history, const QString &action, const QString &actor, const QDateTime &at)
{
    const auto outcome = m_crediting->ingest(TaskEvent { Project, task, history, action, actor,
        at.isValid() ? at : QDateTime(QDate(2020, 9, 4), QTime(14, 35), Qt::UTC) });
    if (!outcome.ok())
        qWarning() << outcome.error();
    return outcome.ok() ? outcome.value() : IngestOutcome::AlreadyIngested;
}

QStringList tst_CreditingService::ledger()
{
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    auto rows = tx.value().exec(u"SELECT user_id, kind, amount_cents FROM ledger_entries"_s);
    QStringList out;
    while (rows.ok() && rows.value().next())
        out << u"%1 %2 %3"_s.arg(rows.value().value(0).toString(), rows.value().value(1).toString())
                   .arg(rows.value().value(2).toLongLong());
    out.sort();
    return out;
}

void tst_CreditingService::mappedThenValidatedCreditsMapperAndValidator()
{
    QCOMPARE(ingest(1, 5705, u"MAPPED"_s, u"mia_maps"_s), IngestOutcome::Recorded); // any case
    QCOMPARE(ledger(), QStringList()); // mapping alone earns nothing
    QCOMPARE(ingest(1, 11334, u"VALIDATED"_s, u"victor_validates"_s), IngestOutcome::Credited);
    QCOMPARE(ledger(), QStringList({ u"mapper mapping 150"_s, u"validator validation 50"_s }));
}

void tst_CreditingService::reingestingChangesNothing()
{
    ingest(1, 5705, u"MAPPED"_s, u"Mia_Maps"_s);
    ingest(1, 11334, u"VALIDATED"_s, u"victor_validates"_s);
    const QStringList once = ledger();
    QCOMPARE(ingest(1, 5705, u"MAPPED"_s, u"Mia_Maps"_s), IngestOutcome::AlreadyIngested);
    QCOMPARE(
        ingest(1, 11334, u"VALIDATED"_s, u"victor_validates"_s), IngestOutcome::AlreadyIngested);
    QCOMPARE(ledger(), once);
}

void tst_CreditingService::validatedThenInvalidatedReversesTheMappingCredit()
{
    ingest(1, 10, u"MAPPED"_s, u"Mia_Maps"_s);
    ingest(1, 11, u"VALIDATED"_s, u"victor_validates"_s);
    QCOMPARE(ingest(1, 12, u"INVALIDATED"_s, u"victor_validates"_s), IngestOutcome::Credited);
    QCOMPARE(ledger(),
        QStringList({ u"mapper mapping 150"_s, u"mapper reversal -150"_s,
            u"validator validation 50"_s, u"validator validation 50"_s }));
    domain::PayoutService payouts(*m_db, m_clock);
    QCOMPARE(payouts.balance(Mapper).value().payable, core::Money(0));
}

void tst_CreditingService::invalidatedRemappedValidatedCreditsTheNewWork()
{
    ingest(1, 10, u"MAPPED"_s, u"Mia_Maps"_s);
    ingest(1, 11, u"INVALIDATED"_s, u"victor_validates"_s); // never validated: nothing to reverse
    ingest(1, 12, u"MAPPED"_s, u"max_maps"_s);
    ingest(1, 13, u"VALIDATED"_s, u"victor_validates"_s);
    QCOMPARE(ledger(),
        QStringList({ u"mapper-2 mapping 150"_s, u"validator validation 50"_s,
            u"validator validation 50"_s }));
}

void tst_CreditingService::reviewQueue_data()
{
    QTest::addColumn<QString>("mapper");
    QTest::addColumn<QString>("validator");
    QTest::addColumn<QString>("reason");
    QTest::newRow("self-validation")
        << u"victor_validates"_s << u"Victor_Validates"_s << u"self_validation"_s;
    QTest::newRow("validator outside Mikro")
        << u"Mia_Maps"_s << u"stranger_osm"_s << u"outside_validator"_s;
    QTest::newRow("validator of another org")
        << u"Mia_Maps"_s << u"bob_b"_s << u"outside_validator"_s;
    QTest::newRow("org person without the validator role")
        << u"Mia_Maps"_s << u"plain_user"_s << u"validator_role"_s;
    QTest::newRow("mapper not a member of the project")
        << u"ada_maps"_s << u"victor_validates"_s << u"not_member"_s;
}

void tst_CreditingService::reviewQueue()
{
    QFETCH(QString, mapper);
    QFETCH(QString, validator);
    QFETCH(QString, reason);
    ingest(7, 1, u"MAPPED"_s, mapper);
    QCOMPARE(ingest(7, 2, u"VALIDATED"_s, validator), IngestOutcome::QueuedForReview);
    QCOMPARE(ledger(), QStringList()); // nothing is credited automatically
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    auto row = tx.value().exec(
        u"SELECT needs_review, review_reason FROM tasks WHERE project_id = 5871 AND task_id = 7"_s);
    QVERIFY(row.ok() && row.value().next());
    QVERIFY(row.value().value(0).toBool());
    QCOMPARE(row.value().value(1).toString(), reason);
}

void tst_CreditingService::adminDecidesAReviewOnce()
{
    // Self-validation: the admin validates, the mapper is paid, the self-validator is not.
    ingest(7, 1, u"MAPPED"_s, u"victor_validates"_s);
    ingest(7, 2, u"VALIDATED"_s, u"victor_validates"_s);
    QCOMPARE(
        m_crediting->decideReview(Mapper, Project, 7, true).error().code, QByteArray("forbidden"));
    QCOMPARE(m_crediting->decideReview(OtherOrgAdmin, Project, 7, true).error().code,
        QByteArray("not_found"));
    QVERIFY(m_crediting->decideReview(Admin, Project, 7, true).ok());
    QCOMPARE(ledger(), QStringList({ u"validator mapping 150"_s }));
    QCOMPARE(m_crediting->decideReview(Admin, Project, 7, true).error().code,
        QByteArray("already_resolved"));
    QCOMPARE(ledger(), QStringList({ u"validator mapping 150"_s }));

    // Outside validator, invalidated by the admin: no mapping credit.
    ingest(8, 1, u"MAPPED"_s, u"Mia_Maps"_s);
    ingest(8, 2, u"VALIDATED"_s, u"stranger_osm"_s);
    QVERIFY(m_crediting->decideReview(Admin, Project, 8, false).ok());
    QCOMPARE(ledger(), QStringList({ u"validator mapping 150"_s }));

    // A member validator queued because the mapper is no member: validating pays both. The
    // mapper is the admin, so another admin decides (issue 10 #2: money to oneself).
    ingest(9, 1, u"MAPPED"_s, u"ada_maps"_s);
    ingest(9, 2, u"VALIDATED"_s, u"victor_validates"_s);
    QCOMPARE(
        m_crediting->decideReview(Admin, Project, 9, true).error().code, QByteArray("own_account"));
    QVERIFY(m_crediting->decideReview(SecondAdmin, Project, 9, true).ok());
    QCOMPARE(ledger(),
        QStringList(
            { u"admin mapping 150"_s, u"validator mapping 150"_s, u"validator validation 50"_s }));
}

void tst_CreditingService::anAdminNeverDecidesTheirOwnSelfValidatedTask()
{
    // Issue 10 #2: the admin maps and validates a task themselves; deciding it would credit them.
    ingest(11, 1, u"MAPPED"_s, u"ada_maps"_s);
    QCOMPARE(ingest(11, 2, u"VALIDATED"_s, u"ada_maps"_s), IngestOutcome::QueuedForReview);
    const auto refused = m_crediting->decideReview(Admin, Project, 11, true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QByteArray("own_account"));
    QCOMPARE(refused.error().kind, core::ErrorKind::Forbidden);
    QCOMPARE(ledger(), QStringList());
    QVERIFY(m_crediting->decideReview(SecondAdmin, Project, 11, true).ok());
    QCOMPARE(ledger(), QStringList({ u"admin mapping 150"_s }));
}

void tst_CreditingService::anOutsidersTaskNeverReachesTheReviewQueue()
{
    // Issue 10 #15: mapped by someone outside Mikro, validated by another outsider, or by that
    // outsider themselves: nothing of it can be credited, so no admin is asked.
    ingest(12, 1, u"MAPPED"_s, u"stranger_maps"_s);
    QCOMPARE(ingest(12, 2, u"VALIDATED"_s, u"stranger_osm"_s), IngestOutcome::Recorded);
    ingest(13, 1, u"MAPPED"_s, u"stranger_maps"_s);
    QCOMPARE(ingest(13, 2, u"VALIDATED"_s, u"stranger_maps"_s), IngestOutcome::Recorded);
    const auto queue = m_crediting->reviewQueue(Admin);
    QVERIFY(queue.ok());
    QCOMPARE(queue.value().size(), 0);
    QCOMPARE(ledger(), QStringList());
    // A Mikro mapper's task validated by an outsider still waits for the admin.
    ingest(14, 1, u"MAPPED"_s, u"Mia_Maps"_s);
    QCOMPARE(ingest(14, 2, u"VALIDATED"_s, u"stranger_osm"_s), IngestOutcome::QueuedForReview);
    QCOMPARE(m_crediting->reviewQueue(Admin).value().size(), 1);
}

void tst_CreditingService::aRenameNeverBringsEarlierWork()
{
    // Issue 10 #5: the onboarded mapper asks to become "victim_maps", a TM4 mapper outside
    // Mikro who mapped long ago.
    exec(u"UPDATE users SET terms_accepted_at = '2026-01-01T00:00:00Z' WHERE id = 'mapper'"_s);
    const domain::PeopleService people(*m_db, m_clock);
    const domain::OsmUsernames usernames(*m_db, m_clock);
    domain::ProfileChange change;
    change.osmUsername = u"victim_maps"_s;
    const auto asked = people.updateDetails(Mapper, change);
    QVERIFY(asked.ok());
    QCOMPARE(asked.value().osmUsernamePending, std::optional<QString>(u"victim_maps"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE id = 'mapper' AND osm_username = "
                    "'Mia_Maps'"_s),
        1); // not yet
    QCOMPARE(usernames.pendingOf(Mapper).value(), std::optional<QString>(u"victim_maps"_s));
    QCOMPARE(usernames.pending(Admin).value().size(), 1);
    QCOMPARE(usernames.decide(Mapper, u"mapper"_s, true).error().code, QByteArray("forbidden"));
    QCOMPARE(
        usernames.decide(OtherOrgAdmin, u"mapper"_s, true).error().code, QByteArray("not_found"));
    QVERIFY(usernames.decide(Admin, u"mapper"_s, true).ok());
    QCOMPARE(usernames.decide(Admin, u"mapper"_s, true).error().code, QByteArray("not_found"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action IN "
                    "('request_osm_username_change', 'approve_osm_username')"_s),
        2);

    const QDateTime before(QDate(2020, 9, 4), QTime(14, 35), Qt::UTC); // before the approval
    const QDateTime after = m_clock.nowUtc().addSecs(3600);
    // victim_maps's work from before the rename stays theirs (nobody's in Mikro)...
    ingest(31, 1, u"MAPPED"_s, u"victim_maps"_s, before);
    ingest(31, 2, u"VALIDATED"_s, u"victor_validates"_s, before);
    // ...the old name's work from before stays the mapper's...
    ingest(32, 1, u"MAPPED"_s, u"Mia_Maps"_s, before);
    ingest(32, 2, u"VALIDATED"_s, u"victor_validates"_s, before);
    // ...and only work under the new name from the approval on is the mapper's.
    ingest(33, 1, u"MAPPED"_s, u"victim_maps"_s, after);
    ingest(33, 2, u"VALIDATED"_s, u"victor_validates"_s, after);
    ingest(34, 1, u"MAPPED"_s, u"Mia_Maps"_s, after);
    ingest(34, 2, u"VALIDATED"_s, u"victor_validates"_s, after);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE user_id = 'mapper'"_s), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE user_id = 'mapper' AND "
                    "task_id IN (32, 33)"_s),
        2);
}

void tst_CreditingService::ratesAreSnapshottedWhenFirstSeen()
{
    ingest(3, 1, u"MAPPED"_s, u"Mia_Maps"_s);
    exec(
        u"UPDATE projects SET mapping_rate_cents = 999, validation_rate_cents = 777 WHERE id = 5871"_s);
    ingest(3, 2, u"VALIDATED"_s, u"victor_validates"_s);
    ingest(4, 1, u"MAPPED"_s, u"Mia_Maps"_s); // first seen after the change: new rates
    ingest(4, 2, u"VALIDATED"_s, u"victor_validates"_s);
    QCOMPARE(ledger(),
        QStringList({ u"mapper mapping 150"_s, u"mapper mapping 999"_s,
            u"validator validation 50"_s, u"validator validation 777"_s }));
}

void tst_CreditingService::badImageryEarnsNothing()
{
    QCOMPARE(ingest(5, 1, u"BADIMAGERY"_s, u"Mia_Maps"_s), IngestOutcome::Recorded);
    QCOMPARE(ingest(5, 2, u"READY"_s, u"victor_validates"_s), IngestOutcome::Recorded);
    QCOMPARE(ledger(), QStringList());
}

void tst_CreditingService::concurrentIngestionOfOneEventCreditsOnce()
{
    ingest(6, 1, u"MAPPED"_s, u"Mia_Maps"_s);
    std::atomic<int> credited { 0 };
    std::atomic<int> replayed { 0 };
    QList<QFuture<void>> syncs;
    QVERIFY(m_db->warm().ok()); // connect first: the race is about the transactions
    std::latch start(8);
    for (int i = 0; i < 8; ++i) {
        syncs << QtConcurrent::run(&m_db->pool(), [&] {
            start.arrive_and_wait();
            const auto outcome = m_crediting->ingest(TaskEvent {
                Project, 6, 2, u"VALIDATED"_s, u"victor_validates"_s, m_clock.nowUtc() });
            if (outcome.ok() && outcome.value() == IngestOutcome::Credited)
                ++credited;
            else if (outcome.ok() && outcome.value() == IngestOutcome::AlreadyIngested)
                ++replayed;
        });
    }
    for (auto &sync : syncs)
        testing::joinWithin(sync);
    QCOMPARE(credited.load(), 1);
    QCOMPARE(replayed.load(), 7);
    QCOMPARE(ledger(), QStringList({ u"mapper mapping 150"_s, u"validator validation 50"_s }));
}

QTEST_GUILESS_MAIN(tst_CreditingService)
#include "tst_CreditingService.moc"
