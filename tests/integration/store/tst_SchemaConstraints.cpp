#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {

// Rows every case starts from (engine-neutral SQL; times as ISO text, booleans TRUE/FALSE).
const QStringList Seed {
    u"INSERT INTO orgs (id, name, currency, min_payout_cents, created_at) VALUES "
    "('org-a', 'Org A', 'USD', 1000, '2026-01-01T00:00:00Z'), "
    "('org-b', 'Org B', 'EUR', 0, '2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO users (id, org_id, osm_username, role, created_at) VALUES "
    "('admin-a', 'org-a', 'MapperOne', 'admin', '2026-01-01T00:00:00Z'), "
    "('user-a', 'org-a', 'mapper_two', 'user', '2026-01-01T00:00:00Z'), "
    "('user-b', 'org-b', NULL, 'validator', '2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
    "max_editors, created_at) VALUES (101, 'org-a', 'P', 'https://tasks.example/projects/101', "
    "150, 50, 2, "
    "'2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO tasks (project_id, task_id, status, mapping_rate_cents, validation_rate_cents, "
    "updated_at) VALUES (101, 1, 'MAPPED', 150, 50, '2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, action_at, "
    "ingested_at) VALUES (101, 1, 5705, 'MAPPED', 'mapper_two', '2020-04-08T10:19:53Z', "
    "'2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO payment_requests (id, org_id, user_id, amount_cents, payment_email, status, "
    "requested_at) VALUES (901, 'org-a', 'user-a', 500, 'a@example.org', 'pending', "
    "'2026-01-02T00:00:00Z')"_s,
    u"INSERT INTO payments (id, org_id, user_id, amount_cents, external_ref, paid_by, paid_at) "
    "VALUES (901, 'org-a', 'user-a', 300, 'PAYONEER-1', 'admin-a', '2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, created_at) "
    "VALUES ('org-a', 'user-a', 'mapping', 150, 'tm4:101:1:5706:mapping', '2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO checklists (id, org_id, name, created_at) VALUES (901, 'org-a', 'C', "
    "'2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO user_checklists (id, checklist_id, user_id, org_id, completion_rate_cents, "
    "validation_rate_cents, started_at) VALUES (901, 901, 'user-a', 'org-a', 100, 20, "
    "'2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO trainings (id, org_id, title, training_type, created_at) VALUES "
    "(901, 'org-a', 'T', 'Mapping', '2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO training_questions (id, training_id, position, question) VALUES (901, 901, 0, 'Q?')"_s,
    u"INSERT INTO training_answers (question_id, position, answer, is_correct) VALUES (901, 0, 'yes', TRUE)"_s,
    u"INSERT INTO sync_runs (project_id, status, started_at) VALUES (101, 'running', "
    "'2026-01-01T00:00:00Z')"_s,
    u"INSERT INTO applied_operations (op_id, user_id, kind, request_hash, applied_at, result) "
    u"VALUES "
    "('6f1c1a52-3d57-4a8e-9d0f-5d2b8f0f6a01', 'user-a', 'checklist/complete_item', 'h', "
    "'2026-01-01T00:00:00Z', '{}')"_s,
    u"INSERT INTO audit_log (org_id, actor_id, action, entity, entity_id, details, at) VALUES "
    "('org-a', 'admin-a', 'set_rate', 'project', '101', '{}', '2026-01-01T00:00:00Z')"_s,
};

QString ledger(const QString &kind, const QString &amount, const QString &key,
    const QString &paymentId = u"NULL"_s)
{
    return u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
           u"payment_id, "
           "created_at) VALUES ('org-a', 'user-a', '%1', %2, '%3', %4, '2026-01-01T00:00:00Z')"_s
               .arg(kind, amount, key, paymentId);
}

QString paymentRequest(int id, const QString &user, const QString &amount, const QString &status,
    const QString &decidedAt)
{
    return u"INSERT INTO payment_requests (id, org_id, user_id, amount_cents, payment_email, "
           u"status, "
           "requested_at, decided_at) VALUES (%1, 'org-a', '%2', %3, 'x@example.org', '%4', "
           "'2026-01-03T00:00:00Z', %5)"_s.arg(id)
               .arg(user, amount, status, decidedAt);
}

QString task(int id, const QString &status, const QString &rate, const QString &review)
{
    return u"INSERT INTO tasks (project_id, task_id, status, mapping_rate_cents, "
           u"validation_rate_cents, "
           "needs_review, review_reason, updated_at) VALUES (101, %1, '%2', %3, 50, %4, "
           "'2026-01-01T00:00:00Z')"_s.arg(id)
               .arg(status, rate, review);
}

} // namespace

class tst_SchemaConstraints : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void badRowIsRejected_data();
    void badRowIsRejected();
    void ledgerIsAppendOnly_data();
    void ledgerIsAppendOnly();

private:
    void runCase(const QString &good, const QString &bad, const QString &expected);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
};

void tst_SchemaConstraints::initTestCase()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config());
    const auto migrated = store::Migrator(*m_db, m_clock).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().diagnostic));
}

void tst_SchemaConstraints::cleanupTestCase()
{
    m_db.reset();
    m_temp.reset();
}

void tst_SchemaConstraints::runCase(
    const QString &good, const QString &bad, const QString &expected)
{
    // Each case runs in its own transaction, rolled back at the end: cases never see each other.
    auto tx = m_db->begin();
    QVERIFY(tx.ok());
    for (const QString &statement : Seed) {
        const auto seeded = tx.value().exec(statement);
        QVERIFY2(seeded.ok(),
            qPrintable(u"seed failed: "_s + (seeded.ok() ? QString() : seeded.error().diagnostic)));
    }
    // The good twin differs from the bad row only in the offending value, so a typo in the SQL
    // cannot pass for a constraint at work.
    const auto accepted = tx.value().exec(good);
    QVERIFY2(accepted.ok(),
        qPrintable(
            u"good row refused: "_s + (accepted.ok() ? QString() : accepted.error().diagnostic)));
    const auto refused = tx.value().exec(bad);
    QVERIFY2(!refused.ok(), qPrintable(u"bad row accepted: "_s + bad));
    QCOMPARE(refused.error().details.value(u"constraint"_s).toString(), expected);
    QCOMPARE(refused.error().kind, core::ErrorKind::Conflict);
}

void tst_SchemaConstraints::badRowIsRejected_data()
{
    QTest::addColumn<QString>("good");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("expected"); // details.constraint of the refusal

    const QString org
        = u"INSERT INTO orgs (id, currency, min_payout_cents, created_at) VALUES ('o2', '%1', %2, '2026-01-01T00:00:00Z')"_s;
    QTest::newRow("org currency must be an upper-case ISO code")
        << org.arg(u"GBP"_s, u"0"_s) << org.arg(u"gbp"_s, u"0"_s) << u"check"_s;
    QTest::newRow("org minimum payout cannot be negative")
        << org.arg(u"GBP"_s, u"0"_s) << org.arg(u"GBP"_s, u"-1"_s) << u"check"_s;

    const QString user
        = u"INSERT INTO users (id, org_id, osm_username, role, created_at) VALUES ('u9', %1, %2, '%3', '2026-01-01T00:00:00Z')"_s;
    QTest::newRow("user role is user, validator or admin")
        << user.arg(u"'org-a'"_s, u"NULL"_s, u"validator"_s)
        << user.arg(u"'org-a'"_s, u"NULL"_s, u"superuser"_s) << u"check"_s;
    QTest::newRow("osm_username unique regardless of case")
        << user.arg(u"'org-a'"_s, u"'MapperThree'"_s, u"user"_s)
        << user.arg(u"'org-a'"_s, u"'mapperone'"_s, u"user"_s) << u"unique"_s;
    QTest::newRow("user org must exist")
        << user.arg(u"'org-b'"_s, u"NULL"_s, u"user"_s)
        << user.arg(u"'org-zzz'"_s, u"NULL"_s, u"user"_s).replace(u"'u9'"_s, u"'u11'"_s)
        << u"foreign_key"_s;
    QTest::newRow("user id is the primary key")
        << user.arg(u"'org-a'"_s, u"NULL"_s, u"user"_s).replace(u"'u9'"_s, u"'u10'"_s)
        << user.arg(u"'org-a'"_s, u"NULL"_s, u"user"_s).replace(u"'u9'"_s, u"'user-a'"_s)
        << u"unique"_s;

    const QString project
        = u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, created_at) VALUES (%1, '%2', 'P2', '%3', %4, %5, '2026-01-01T00:00:00Z')"_s;
    const QString url = u"https://tasks.example/projects/2"_s;
    QTest::newRow("mapping rate at least one cent")
        << project.arg(u"202"_s, u"org-a"_s, url, u"1"_s, u"1"_s)
        << project.arg(u"203"_s, u"org-a"_s, url, u"0"_s, u"1"_s) << u"check"_s;
    QTest::newRow("validation rate not negative")
        << project.arg(u"202"_s, u"org-a"_s, url, u"1"_s, u"1"_s)
        << project.arg(u"202"_s, u"org-a"_s, url, u"1"_s, u"-5"_s) << u"check"_s;
    QTest::newRow("project org must exist")
        << project.arg(u"202"_s, u"org-b"_s, url, u"1"_s, u"1"_s)
        << project.arg(u"203"_s, u"nobody"_s, url, u"1"_s, u"1"_s) << u"foreign_key"_s;
    QTest::newRow("project url is http(s)")
        << project.arg(u"202"_s, u"org-a"_s, url, u"1"_s, u"1"_s)
        << project.arg(u"202"_s, u"org-a"_s, u"javascript:alert(1)"_s, u"1"_s, u"1"_s)
        << u"check"_s;
    QTest::newRow("one project per TM4 id")
        << project.arg(u"202"_s, u"org-a"_s, url, u"1"_s, u"1"_s)
        << project.arg(u"101"_s, u"org-b"_s, url, u"1"_s, u"1"_s) << u"unique"_s;

    const QString member
        = u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES (101, '%1', '%2', '2026-01-01T00:00:00Z')"_s;
    QTest::newRow("member role is editor or validator")
        << member.arg(u"user-a"_s, u"editor"_s) << member.arg(u"admin-a"_s, u"owner"_s)
        << u"check"_s;
    QTest::newRow("one membership per project and person")
        << member.arg(u"user-a"_s, u"editor"_s) << member.arg(u"user-a"_s, u"validator"_s)
        << u"unique"_s;

    QTest::newRow("task rates not negative")
        << task(2, u"READY"_s, u"0"_s, u"FALSE, NULL"_s)
        << task(3, u"READY"_s, u"-1"_s, u"FALSE, NULL"_s) << u"check"_s;
    QTest::newRow("task status is a TM4 status")
        << task(2, u"VALIDATED"_s, u"1"_s, u"FALSE, NULL"_s)
        << task(3, u"DONE"_s, u"1"_s, u"FALSE, NULL"_s) << u"check"_s;
    QTest::newRow("a task needing review says why")
        << task(2, u"VALIDATED"_s, u"1"_s, u"TRUE, 'self_validation'"_s)
        << task(3, u"VALIDATED"_s, u"1"_s, u"TRUE, NULL"_s) << u"check"_s;
    QTest::newRow("task project must exist") << task(2, u"READY"_s, u"1"_s, u"FALSE, NULL"_s)
                                             << task(3, u"READY"_s, u"1"_s, u"FALSE, NULL"_s)
                                                    .replace(u"VALUES (101,"_s, u"VALUES (999,"_s)
                                             << u"foreign_key"_s;

    const QString event
        = u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, action_at, ingested_at) VALUES (101, %1, %2, '%3', 'x', '2020-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s;
    QTest::newRow("a TM4 history row is ingested once")
        << event.arg(u"1"_s, u"5706"_s, u"VALIDATED"_s) << event.arg(u"1"_s, u"5705"_s, u"MAPPED"_s)
        << u"unique"_s;
    QTest::newRow("event of an unknown task")
        << event.arg(u"1"_s, u"5706"_s, u"VALIDATED"_s)
        << event.arg(u"77"_s, u"1"_s, u"VALIDATED"_s) << u"foreign_key"_s;
    QTest::newRow("event action is a TM4 state")
        << event.arg(u"1"_s, u"5706"_s, u"INVALIDATED"_s)
        << event.arg(u"1"_s, u"5707"_s, u"COMMENT"_s) << u"check"_s;

    QTest::newRow("ledger source_key makes credits idempotent")
        << ledger(u"validation"_s, u"50"_s, u"tm4:101:1:5706:validation"_s)
        << ledger(u"mapping"_s, u"150"_s, u"tm4:101:1:5706:mapping"_s) << u"unique"_s;
    QTest::newRow("ledger amount is never zero")
        << ledger(u"adjustment"_s, u"-5"_s, u"adj:1"_s)
        << ledger(u"adjustment"_s, u"0"_s, u"adj:2"_s) << u"check"_s;
    QTest::newRow("an earning is a credit")
        << ledger(u"checklist"_s, u"100"_s, u"cl:1"_s)
        << ledger(u"checklist"_s, u"-100"_s, u"cl:2"_s) << u"check"_s;
    QTest::newRow("a payout is a debit")
        << ledger(u"payout"_s, u"-300"_s, u"payout:1"_s, u"901"_s)
        << ledger(u"payout"_s, u"300"_s, u"payout:2"_s, u"901"_s) << u"check"_s;
    QTest::newRow("a payout names its payment")
        << ledger(u"payout"_s, u"-300"_s, u"payout:1"_s, u"901"_s)
        << ledger(u"payout"_s, u"-300"_s, u"payout:2"_s) << u"check"_s;
    QTest::newRow("ledger kind is known")
        << ledger(u"reversal"_s, u"-150"_s, u"rev:1"_s)
        << ledger(u"bonus"_s, u"150"_s, u"bonus:1"_s) << u"check"_s;
    QTest::newRow("ledger person must exist")
        << ledger(u"adjustment"_s, u"5"_s, u"adj:3"_s)
        << ledger(u"adjustment"_s, u"5"_s, u"adj:4"_s).replace(u"'user-a'"_s, u"'ghost'"_s)
        << u"foreign_key"_s;

    QTest::newRow("one pending request per person")
        << paymentRequest(902, u"user-a"_s, u"100"_s, u"paid"_s, u"'2026-01-04T00:00:00Z'"_s)
        << paymentRequest(903, u"user-a"_s, u"100"_s, u"pending"_s, u"NULL"_s) << u"unique"_s;
    QTest::newRow("request status is known")
        << paymentRequest(902, u"admin-a"_s, u"100"_s, u"rejected"_s, u"'2026-01-04T00:00:00Z'"_s)
        << paymentRequest(903, u"admin-a"_s, u"100"_s, u"approved"_s, u"'2026-01-04T00:00:00Z'"_s)
        << u"check"_s;
    QTest::newRow("request amount is positive")
        << paymentRequest(902, u"admin-a"_s, u"1"_s, u"pending"_s, u"NULL"_s)
        << paymentRequest(903, u"admin-a"_s, u"0"_s, u"pending"_s, u"NULL"_s) << u"check"_s;
    QTest::newRow("a decided request has a decision time")
        << paymentRequest(902, u"admin-a"_s, u"1"_s, u"cancelled"_s, u"'2026-01-04T00:00:00Z'"_s)
        << paymentRequest(903, u"admin-a"_s, u"1"_s, u"cancelled"_s, u"NULL"_s) << u"check"_s;

    const QString payment
        = u"INSERT INTO payments (id, org_id, user_id, request_id, amount_cents, external_ref, paid_by, paid_at) VALUES (%1, '%2', 'user-a', %3, %4, %5, 'admin-a', '2026-01-05T00:00:00Z')"_s;
    QTest::newRow("transfer reference unique per org")
        << payment.arg(u"902"_s, u"org-a"_s, u"NULL"_s, u"10"_s, u"'PAYONEER-2'"_s)
        << payment.arg(u"903"_s, u"org-a"_s, u"NULL"_s, u"10"_s, u"'PAYONEER-1'"_s) << u"unique"_s;
    QTest::newRow("a request is paid once")
        << payment.arg(u"902"_s, u"org-a"_s, u"901"_s, u"10"_s, u"NULL"_s)
        << payment.arg(u"903"_s, u"org-a"_s, u"901"_s, u"10"_s, u"NULL"_s) << u"unique"_s;
    QTest::newRow("payment amount is positive")
        << payment.arg(u"902"_s, u"org-a"_s, u"NULL"_s, u"10"_s, u"NULL"_s)
        << payment.arg(u"903"_s, u"org-a"_s, u"NULL"_s, u"-10"_s, u"NULL"_s) << u"check"_s;

    const QString checklist
        = u"INSERT INTO checklists (org_id, name, completion_rate_cents, validation_rate_cents, created_at) VALUES ('org-a', 'C2', %1, %2, '2026-01-01T00:00:00Z')"_s;
    QTest::newRow("checklist rates not negative")
        << checklist.arg(u"0"_s, u"0"_s) << checklist.arg(u"0"_s, u"-1"_s) << u"check"_s;
    const QString item
        = u"INSERT INTO checklist_items (checklist_id, position, action, link) VALUES (901, %1, 'Do it', %2)"_s;
    QTest::newRow("checklist links are http(s) only")
        << item.arg(u"0"_s, u"'https://wiki.example/x'"_s)
        << item.arg(u"1"_s, u"'javascript:alert(1)'"_s) << u"check"_s;
    QTest::newRow("checklist item positions unique")
        << item.arg(u"0"_s, u"NULL"_s) << item.arg(u"0"_s, u"NULL"_s) << u"unique"_s;
    const QString userChecklist
        = u"INSERT INTO user_checklists (checklist_id, user_id, org_id, completion_rate_cents, validation_rate_cents, started_at) VALUES (901, '%1', 'org-a', %2, 0, '2026-01-01T00:00:00Z')"_s;
    QTest::newRow("one user checklist per template and person") << userChecklist.arg(u"admin-a"_s,
        u"0"_s) << userChecklist.arg(u"user-a"_s, u"0"_s) << u"unique"_s;
    QTest::newRow("user checklist rate snapshot not negative") << userChecklist.arg(u"admin-a"_s,
        u"0"_s) << userChecklist.arg(u"admin-a"_s, u"-2"_s) << u"check"_s;
    const QString userItem
        = u"INSERT INTO user_checklist_items (user_checklist_id, position, action, completed_at, confirmed_at) VALUES (901, %1, 'Do it', %2, '2026-01-02T00:00:00Z')"_s;
    QTest::newRow("an item is confirmed only once completed")
        << userItem.arg(u"0"_s, u"'2026-01-01T00:00:00Z'"_s) << userItem.arg(u"1"_s, u"NULL"_s)
        << u"check"_s;
    const QString comment
        = u"INSERT INTO checklist_comments (user_checklist_id, author_id, author_role, body, created_at) VALUES (901, 'user-a', '%1', 'hi', '2026-01-01T00:00:00Z')"_s;
    QTest::newRow("comment author role is known")
        << comment.arg(u"user"_s) << comment.arg(u"guest"_s) << u"check"_s;

    const QString training
        = u"INSERT INTO trainings (org_id, title, training_type, pass_percent, created_at) VALUES ('org-a', 'T2', '%1', %2, '2026-01-01T00:00:00Z')"_s;
    QTest::newRow("training type is Mapping, Validation or Project")
        << training.arg(u"Validation"_s, u"80"_s) << training.arg(u"Quiz"_s, u"80"_s) << u"check"_s;
    QTest::newRow("pass mark is a percentage")
        << training.arg(u"Project"_s, u"100"_s) << training.arg(u"Project"_s, u"101"_s)
        << u"check"_s;
    const QString answer
        = u"INSERT INTO training_answers (question_id, position, answer, is_correct) VALUES (901, %1, 'a', %2)"_s;
    QTest::newRow("one correct answer per question")
        << answer.arg(u"1"_s, u"FALSE"_s) << answer.arg(u"2"_s, u"TRUE"_s) << u"unique"_s;

    const QString run
        = u"INSERT INTO sync_runs (project_id, status, started_at) VALUES (101, '%1', '2026-01-02T00:00:00Z')"_s;
    QTest::newRow("one running sync per project")
        << run.arg(u"succeeded"_s) << run.arg(u"running"_s) << u"unique"_s;
    QTest::newRow("sync status is known")
        << run.arg(u"failed"_s) << run.arg(u"paused"_s) << u"check"_s;

    const QString op
        = u"INSERT INTO applied_operations (op_id, user_id, kind, request_hash, applied_at, result) VALUES ('%1', 'user-a', 'k', 'h', '2026-01-01T00:00:00Z', '{}')"_s;
    QTest::newRow("an operation id is applied once")
        << op.arg(u"0b6e3a1e-7d5c-4b8e-a1f2-3c4d5e6f7a8b"_s)
        << op.arg(u"6f1c1a52-3d57-4a8e-9d0f-5d2b8f0f6a01"_s) << u"unique"_s;
}

void tst_SchemaConstraints::badRowIsRejected()
{
    QFETCH(QString, good);
    QFETCH(QString, bad);
    QFETCH(QString, expected);
    runCase(good, bad, expected);
}

void tst_SchemaConstraints::ledgerIsAppendOnly_data()
{
    QTest::addColumn<QString>("good");
    QTest::addColumn<QString>("bad");
    const QString insert = ledger(u"adjustment"_s, u"10"_s, u"adj:append"_s);
    QTest::newRow("ledger entries cannot be edited")
        << insert << u"UPDATE ledger_entries SET amount_cents = 999999"_s;
    QTest::newRow("ledger entries cannot be deleted") << insert << u"DELETE FROM ledger_entries"_s;
    QTest::newRow("audit rows cannot be edited")
        << insert << u"UPDATE audit_log SET action = 'nothing'"_s;
    QTest::newRow("audit rows cannot be deleted") << insert << u"DELETE FROM audit_log"_s;
}

void tst_SchemaConstraints::ledgerIsAppendOnly()
{
    QFETCH(QString, good);
    QFETCH(QString, bad);
    runCase(good, bad, u"append_only"_s);
}

QTEST_GUILESS_MAIN(tst_SchemaConstraints)
#include "tst_SchemaConstraints.moc"
