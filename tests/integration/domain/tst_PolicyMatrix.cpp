#include "services/domain/audit/AuditTrail.h"
#include "services/domain/checklists/ChecklistAdmin.h"
#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/checklists/ChecklistItems.h"
#include "services/domain/checklists/ChecklistService.h"
#include "services/domain/crediting/CreditingService.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/PayoutService.h"
#include "services/domain/money/ReconciliationService.h"
#include "services/domain/people/OrganisationSettings.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/projects/ProjectMembership.h"
#include "services/domain/projects/ProjectRequirements.h"
#include "services/domain/projects/ProjectService.h"
#include "services/domain/reporting/DashboardService.h"
#include "services/domain/training/TrainingCatalog.h"
#include "services/domain/training/TrainingService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::Role;

namespace {

const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
const Caller NoOrg { u"no-org"_s, QString(), Role::User, true };

class NoTm4 final : public domain::Tm4ProjectSource
{
public:
    QFuture<core::Result<domain::Tm4ProjectSummary>> projectSummary(qint64) override
    {
        return QtFuture::makeReadyFuture(
            core::Result<domain::Tm4ProjectSummary>(domain::Tm4ProjectSummary { u"P"_s, 10 }));
    }
};

/// A cell's outcome: "allowed" when the call succeeded, otherwise the error's code. A caller the
/// policy lets through may still meet a business rule (nothing to pay, their own account): such a
/// cell names that code, so a cell expected to be allowed fails when the call fails for any
/// reason it does not name (a store error included).
QByteArray verdict(const core::Error *error)
{
    return error ? error->code : QByteArray("allowed");
}

} // namespace

/// Every domain operation × {mapper, validator, admin, admin of another org, person without an
/// org} (issue #3): one place in the tests that shows who may do what, on both engines. Each
/// operation runs on a fresh database; callers go in the order above, so an admin's successful
/// change cannot hide another caller's refusal.
class tst_PolicyMatrix : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data();
    void matrix();

private:
    void seed();
    void exec(const QString &sql);

    testing::TestClock m_clock;
    std::unique_ptr<store::Database> m_db;
};

using Operation = std::function<QByteArray(store::Database &, const core::Clock &, const Caller &)>;
Q_DECLARE_METATYPE(Operation)

void tst_PolicyMatrix::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

void tst_PolicyMatrix::seed()
{
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO users (id, org_id, role, osm_username, payment_email, city, country, "
        u"terms_accepted_at, created_at) "
        "VALUES ('admin', 'org-a', 'admin', 'ada', 'a@p.example', 'c', 'c', "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
        "('validator', 'org-a', 'validator', 'val', 'v@p.example', 'c', 'c', "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
        "('mapper', 'org-a', 'user', 'mia', 'm@p.example', 'c', 'c', '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z'), "
        "('admin-b', 'org-b', 'admin', 'bee', 'b@p.example', 'c', 'c', '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z'), "
        "('no-org', NULL, 'user', 'nora', 'n@p.example', 'c', 'c', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"created_at) VALUES "
         "('org-a', 'mapper', 'mapping', 5000, 'seed', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO payment_requests (id, org_id, user_id, amount_cents, payment_email, status, "
         u"requested_at) VALUES "
         "(901, 'org-a', 'mapper', 5000, 'm@p.example', 'pending', '2026-01-02T00:00:00Z')"_s);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
         u"visible, active, "
         "total_tasks, created_at) VALUES (77, 'org-a', 'P', 'https://t.example/projects/77', 150, "
         "50, TRUE, TRUE, 10, "
         "'2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO tasks (project_id, task_id, status, mapping_rate_cents, "
        u"validation_rate_cents, needs_review, "
        "review_reason, updated_at) VALUES (77, 1, 'VALIDATED', 150, 50, TRUE, 'outside_validator', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO trainings (id, org_id, title, training_type, created_at) VALUES "
         "(901, 'org-a', 'T', 'Mapping', '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO training_questions (id, training_id, position, question) VALUES (901, 901, 0, 'Q')"_s);
    exec(u"INSERT INTO training_answers (question_id, position, answer, is_correct) VALUES (901, "
         u"0, 'a', TRUE), "
         "(901, 1, 'b', FALSE)"_s);
    exec(u"INSERT INTO checklists (id, org_id, name, completion_rate_cents, validation_rate_cents, "
         u"visible, active, "
         "created_at) VALUES (901, 'org-a', 'C', 100, 10, TRUE, TRUE, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO user_checklists (id, checklist_id, user_id, org_id, completion_rate_cents, "
         u"validation_rate_cents, "
         "started_at) VALUES (901, 901, 'mapper', 'org-a', 100, 10, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO user_checklist_items (user_checklist_id, position, action, completed_at) "
         u"VALUES "
         "(901, 0, 'Do', '2026-01-01T00:00:00Z'), (901, 1, 'Do more', '2026-01-01T00:00:00Z')"_s);
}

void tst_PolicyMatrix::matrix_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QByteArrayList>(
        "expected"); // mapper, validator, admin, other org's admin, no org

    auto code = [](const auto &result) { return verdict(result.ok() ? nullptr : &result.error()); };
    const QByteArray A = "allowed";
    const QByteArray F = "forbidden";
    const QByteArray N = "no_organisation";
    const QByteArray U = "not_found";

    QTest::newRow("own balance") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::PayoutService(db, clock).balance(c));
    }) << QByteArrayList { A, A, A, A, A };
    QTest::newRow("request a payout") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::PayoutService(db, clock).requestPayout(c, {}));
    })
                                      << QByteArrayList { "request_pending", "nothing_payable",
                                             "nothing_payable", "nothing_payable", N };
    // (let through: the mapper's request is open, the others earned nothing)
    QTest::newRow("cancel a request") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::PayoutService(db, clock).cancel(c, 901));
    }) << QByteArrayList { A, U, U, U, N };
    QTest::newRow("pay a request") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::PayoutService(db, clock).pay(c, 901, std::nullopt, u"REF"_s, {}));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("reject a request") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::PayoutService(db, clock).reject(c, 901, u"no"_s));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("adjust a balance") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::PayoutService(db, clock).recordAdjustment(
            c, u"mapper"_s, Money(5), u"r"_s, u"op"_s));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("request on someone's behalf") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(
                domain::PayoutService(db, clock).requestOnBehalf(c, u"validator"_s, Money(1), {}));
        }) << QByteArrayList { F, F, "exceeds_payable", U, N }; // the validator earned nothing
    QTest::newRow("record a manual payment") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::PayoutService(db, clock).recordManualPayment(
                c, u"mapper"_s, Money(1), u"M"_s, {}));
        }) << QByteArrayList { F, F, "exceeds_payable", U, N }; // all of it is requested
    QTest::newRow("read someone's ledger") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::PayoutService(db, clock).history(c, u"validator"_s, 10, 0));
        }) << QByteArrayList { F, A, A, A, N };
    QTest::newRow("list the review queue") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::CreditingService(db, clock).reviewQueue(c));
        }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("export pending requests") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::ReconciliationService(db, clock).exportPending(c));
        }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("list the org's people") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::PeopleService(db, clock).orgPeople(c));
        }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("edit one's own details") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::PeopleService(db, clock).updateDetails(
                c, domain::ProfileChange { .city = u"Quito"_s }));
        }) << QByteArrayList { A, A, A, A, A };
    QTest::newRow("change a role") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::PeopleService(db, clock).changeRole(c, u"mapper"_s, Role::Validator));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("deactivate a person") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::PeopleService(db, clock).deactivate(c, u"validator"_s));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("list one's projects") << Operation([=](auto &db, auto &, const Caller &c) {
        return code(domain::ProjectDirectory(db).userProjects(c));
    }) << QByteArrayList { A, A, A, A, N };
    QTest::newRow("validator dashboard") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::DashboardService(db, clock).validator(c, QTimeZone::utc(), Qt::Monday));
    }) << QByteArrayList { F, A, A, A, N };
    QTest::newRow("list one's validator projects") << Operation(
        [=](auto &db, auto &, const Caller &c) {
            return code(domain::ProjectDirectory(db).validatorProjects(c));
        }) << QByteArrayList { F, A, A, A, N };
    QTest::newRow("list the org's projects") << Operation([=](auto &db, auto &, const Caller &c) {
        return code(domain::ProjectDirectory(db).orgProjects(c));
    }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("read one's payment records") << Operation(
        [=](auto &db, auto &, const Caller &c) { return code(domain::PaymentRecords(db).mine(c)); })
                                                << QByteArrayList { A, A, A, A, A };
    QTest::newRow("read the org's payment records") << Operation(
        [=](auto &db, auto &, const Caller &c) {
            return code(domain::PaymentRecords(db).org(c, {}));
        }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("read a mapper's balance") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::PayoutService(db, clock).balanceOf(c, u"mapper"_s));
        }) << QByteArrayList { A, F, A, U, N };
    QTest::newRow("list the org's trainings") << Operation([=](auto &db, auto &, const Caller &c) {
        return code(domain::TrainingCatalog(db).orgTrainings(c, QDateTime::currentDateTimeUtc()));
    }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("list one's trainings") << Operation([=](auto &db, auto &, const Caller &c) {
        return code(domain::TrainingCatalog(db).personTrainings(c));
    }) << QByteArrayList { A, A, A, A, N };
    QTest::newRow("modify a training") << Operation([=](auto &db, auto &clock, const Caller &c) {
        domain::TrainingChange change;
        change.title = u"Renamed"_s;
        return code(domain::TrainingService(db, clock).modify(c, 99, change));
    }) << QByteArrayList { F, F, U, U, N };
    QTest::newRow("archive a training") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::TrainingService(db, clock).archive(c, 99));
    }) << QByteArrayList { F, F, U, U, N };
    QTest::newRow("complete a training") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::TrainingService(db, clock).complete(c, 99));
    }) << QByteArrayList { U, U, U, U, N };
    QTest::newRow("edit a checklist") << Operation([=](auto &db, auto &clock, const Caller &c) {
        domain::ChecklistEdit edit;
        edit.name = u"Renamed"_s;
        return code(domain::ChecklistAdmin(db, clock).update(c, 99, edit));
    }) << QByteArrayList { F, F, U, U, N };
    QTest::newRow("list a checklist's people") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::ChecklistAdmin(db, clock).people(c, 99));
        }) << QByteArrayList { F, F, U, U, N };
    QTest::newRow("edit a checklist's items") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            domain::ChecklistItemsEdit edit;
            edit.written << domain::ChecklistItemsEdit::Item { 1, u"Walk"_s, {} };
            return code(domain::ChecklistItems(db, clock).edit(c, 99, edit));
        }) << QByteArrayList { F, F, U, U, N };
    QTest::newRow("list the org's checklist templates") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::ChecklistBoard(db, clock).templates(c));
        }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("list others' checklists") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::ChecklistBoard(db, clock).others(c));
        }) << QByteArrayList { F, A, A, A, N };
    QTest::newRow("list one's checklists") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::ChecklistBoard(db, clock).mine(c));
        }) << QByteArrayList { A, A, A, A, N };
    QTest::newRow("archive a checklist") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::ChecklistAdmin(db, clock).archive(c, 99));
    }) << QByteArrayList { F, F, U, U, N };
    QTest::newRow("take a checklist away") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::ChecklistAdmin(db, clock).unassign(c, 99, u"mapper"_s));
        }) << QByteArrayList { F, F, U, U, N };
    QTest::newRow("read the audit log") << Operation([=](auto &db, auto &, const Caller &c) {
        return code(domain::AuditTrail(db).entries(c, {}));
    }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("read org settings") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::OrganisationSettings(db, clock).settings(c));
    }) << QByteArrayList { A, A, A, A, N };
    QTest::newRow("edit org settings") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::OrganisationSettings(db, clock).update(c, u"Name"_s, {}, std::nullopt));
    }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("edit a project's listing") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            NoTm4 tm4;
            return code(domain::ProjectService(db, clock, tm4)
                            .update(c, 77, { {}, {}, {}, {}, {}, { true, u"Easy"_s, false } }));
        }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("list a project's people") << Operation([=](auto &db, auto &, const Caller &c) {
        return code(domain::ProjectDirectory(db).projectPeople(c, 77));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("set required trainings") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::ProjectRequirements(db, clock).setRequiredTrainings(c, 77, {}));
        }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("edit project rates") << Operation([=](auto &db, auto &clock, const Caller &c) {
        NoTm4 tm4;
        return code(domain::ProjectService(db, clock, tm4)
                        .update(c, 77, { Money(2), Money(2), 0, 0, {}, {} }));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("assign to a project") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::ProjectMembership(db, clock).assign(
            c, 77, u"mapper"_s, domain::MemberRole::Editor));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("join a visible project") << Operation([=](auto &db, auto &clock,
                                                             const Caller &c) {
        return code(domain::ProjectMembership(db, clock).join(c, 77, domain::MemberRole::Editor));
    }) << QByteArrayList { A, A, A, U, N };
    QTest::newRow("decide a review") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::CreditingService(db, clock).decideReview(c, 77, 1, false));
    }) << QByteArrayList { F, F, A, U, N };
    QTest::newRow("write a training") << Operation([=](auto &db, auto &clock, const Caller &c) {
        domain::TrainingDraft d;
        d.title = u"T2"_s;
        d.type = domain::TrainingType::Mapping;
        d.questions = { { u"Q"_s, { { u"a"_s, true }, { u"b"_s, false } } } };
        return code(domain::TrainingService(db, clock).create(c, d));
    }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("take a quiz") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::TrainingService(db, clock).quiz(c, 901));
    }) << QByteArrayList { A, A, A, U, N };
    QTest::newRow("write a checklist") << Operation([=](auto &db, auto &clock, const Caller &c) {
        domain::ChecklistDraft d;
        d.name = u"C2"_s;
        d.items = { { u"Do"_s, QString() } };
        return code(domain::ChecklistService(db, clock).createTemplate(c, d));
    }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("confirm a checklist item") << Operation(
        [=](auto &db, auto &clock, const Caller &c) {
            return code(domain::ChecklistService(db, clock).confirmItem(c, 901, 0));
        }) << QByteArrayList { F, A, "already_confirmed", U, N };
    // (the validator went first)
    QTest::newRow("org dashboard") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::DashboardService(db, clock).org(c, QTimeZone::utc(), Qt::Monday));
    }) << QByteArrayList { F, F, A, A, N };
    QTest::newRow("own dashboard") << Operation([=](auto &db, auto &clock, const Caller &c) {
        return code(domain::DashboardService(db, clock).person(c, QTimeZone::utc(), Qt::Monday));
    }) << QByteArrayList { A, A, A, A, A };
}

void tst_PolicyMatrix::matrix()
{
    QFETCH(Operation, operation);
    QFETCH(QByteArrayList, expected);
    MIKRO_TEMP_DATABASE(temp);
    m_db = std::make_unique<store::Database>(temp->config());
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    seed();
    const QList<Caller> callers { Mapper, Validator, OtherOrgAdmin, NoOrg,
        Admin }; // the admin last
    const QList<qsizetype> column { 0, 1, 3, 4, 2 };
    QByteArrayList actual(expected.size());
    for (qsizetype i = 0; i < callers.size(); ++i)
        actual[column[i]] = operation(*m_db, m_clock, callers[i]);
    // The whole row at once: mapper, validator, admin, other org's admin, no org.
    QCOMPARE(actual.join(", "), expected.join(", "));
    m_db.reset();
}

QTEST_GUILESS_MAIN(tst_PolicyMatrix)
#include "tst_PolicyMatrix.moc"
