#include "services/domain/projects/BudgetCalculator.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/projects/ProjectRequirements.h"
#include "services/domain/projects/Tm4ProjectSource.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::Role;

namespace {

const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller Mapper2 { u"mapper-2"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller Validator2 { u"validator-2"_s, u"org-a"_s, Role::Validator, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
const Caller OtherOrgMapper { u"mapper-b"_s, u"org-b"_s, Role::User, true };
const Caller NoOrg { u"no-org"_s, QString(), Role::User, true };
const Caller NotOnboarded { u"mapper"_s, u"org-a"_s, Role::User, false };

/// TM4 as BudgetCalculator::forUrl sees it: one prepared answer, and the ids it was asked for.
class FakeTm4 final : public domain::Tm4ProjectSource
{
public:
    QFuture<core::Result<domain::Tm4ProjectSummary>> projectSummary(qint64 projectId) override
    {
        asked << projectId;
        return QtFuture::makeReadyFuture(answer);
    }

    core::Result<domain::Tm4ProjectSummary> answer { domain::Tm4ProjectSummary {
        u"Lakes"_s, 167 } };
    QList<qint64> asked;
};

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

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

QList<qint64> projectIds(const QList<domain::ProjectRow> &rows)
{
    QList<qint64> out;
    for (const auto &row : rows)
        out << row.id;
    return out;
}

QList<qint64> memberIds(const QList<domain::MemberProject> &rows)
{
    QList<qint64> out;
    for (const auto &row : rows)
        out << row.project.id;
    return out;
}

} // namespace

/// ProjectDirectory, ProjectRequirements and BudgetCalculator called directly on both engines:
/// project rows with spending, members and task counts, a person's and a validator's projects,
/// the people of a project with the trainings they miss, required trainings, and budgets from
/// stored counts and from TM4 (a fake).
class tst_ProjectDirectory : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void orgProjectsCarrySpendingMembersAndTaskCounts();
    void orgProjectsAreTheCallersOrganisationsOnly();
    void userProjectsShowOwnFiguresAndJoinableOnes();
    void validatorProjectsCountValidationEventsAndFreeValidatorPlaces();
    void directoryRoles();
    void projectPeopleListMembershipAndMissingTrainings();
    void requiredTrainingsReplaceTheWholeSet();
    void requiredTrainingsRefusals();
    void budgetForAStoredProject();
    void budgetForAUrlAsksTm4AndStoresNothing();
    void budgetForAUrlRefusals();

private:
    void exec(const QString &sql);
    qint64 scalar(const QString &sql) { return testing::scalarSql(*m_db, sql); }
    QList<qint64> requiredTrainings(qint64 projectId);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::ProjectDirectory> m_directory;
    std::unique_ptr<domain::ProjectRequirements> m_requirements;
};

void tst_ProjectDirectory::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 4);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_directory = std::make_unique<domain::ProjectDirectory>(*m_db);
    m_requirements = std::make_unique<domain::ProjectRequirements>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, currency, created_at) VALUES "
         "('org-a', 'A', 'USD', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', 'EUR', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO users (id, org_id, role, osm_username, terms_accepted_at, created_at, "
         "deactivated_at) VALUES "
         "('admin', 'org-a', 'admin', 'ada_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', NULL), "
         "('mapper', 'org-a', 'user', 'mia_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', NULL), "
         "('mapper-2', 'org-a', 'user', 'max_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', NULL), "
         "('validator', 'org-a', 'validator', 'val_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', NULL), "
         "('validator-2', 'org-a', 'validator', 'vic_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', NULL), "
         "('gone', 'org-a', 'user', 'gone_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', '2026-01-05T00:00:00Z'), "
         "('no-org', NULL, 'user', 'nora_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', NULL), "
         "('admin-b', 'org-b', 'admin', 'bo_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', NULL), "
         "('mapper-b', 'org-b', 'user', 'bea_osm', '2026-01-01T00:00:00Z', "
         "'2026-01-01T00:00:00Z', NULL)"_s);
    // 101 an active listed project with room for one more editor and no validator place;
    // 102 with its only editor place taken and unlimited validators; 103 active but not
    // listed; 104 listed but inactive (and completed); 105 unlimited editors, its one validator
    // place taken; 201 org-b's.
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, budget_cents, max_editors, max_validators, difficulty, visible, "
         "active, completed, total_tasks, created_by, created_at, last_synced_at) VALUES "
         "(101, 'org-a', 'Roads', 'https://tasks.example/projects/101', 150, 50, 10000, 2, 1, "
         "'Easy', TRUE, TRUE, FALSE, 50, 'admin', '2026-01-02T00:00:00Z', "
         "'2026-01-15T08:00:00Z'), "
         "(102, 'org-a', 'Rivers', 'https://tasks.example/projects/102', 100, 20, 1000, 1, 0, "
         "NULL, TRUE, TRUE, FALSE, 8, 'admin', '2026-01-03T00:00:00Z', NULL), "
         "(103, 'org-a', 'Hidden', 'https://tasks.example/projects/103', 100, 20, 0, 0, 0, "
         "NULL, FALSE, TRUE, FALSE, 0, 'admin', '2026-01-03T00:00:00Z', NULL), "
         "(104, 'org-a', 'Dormant', 'https://tasks.example/projects/104', 100, 20, 0, 0, 0, "
         "NULL, TRUE, FALSE, TRUE, 0, 'admin', '2026-01-03T00:00:00Z', NULL), "
         "(105, 'org-a', 'Open', 'https://tasks.example/projects/105', 100, 20, 0, 0, 1, "
         "NULL, TRUE, TRUE, FALSE, 0, 'admin', '2026-01-03T00:00:00Z', NULL), "
         "(201, 'org-b', 'B roads', 'https://tasks.example/projects/201', 100, 20, 360, 0, 0, "
         "NULL, TRUE, TRUE, FALSE, 3, 'admin-b', '2026-01-03T00:00:00Z', NULL)"_s);
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(101, 'mapper', 'editor', '2026-01-04T00:00:00Z'), "
         "(101, 'validator', 'validator', '2026-01-04T00:00:00Z'), "
         "(102, 'mapper-2', 'editor', '2026-01-04T00:00:00Z'), "
         "(103, 'mapper', 'editor', '2026-01-04T00:00:00Z'), "
         "(104, 'mapper', 'editor', '2026-01-04T00:00:00Z'), "
         "(105, 'validator-2', 'validator', '2026-01-04T00:00:00Z'), "
         "(201, 'mapper-b', 'editor', '2026-01-04T00:00:00Z')"_s);
    // Project 101: tasks 1 and 2 validated, 3 validated then invalidated, 4 mapped, 5
    // self-validated and waiting for review, 6 untouched; all mapped by the mapper.
    exec(u"INSERT INTO tasks (project_id, task_id, status, mapped_by, mapper_user_id, "
         "validated_by, validator_user_id, mapping_rate_cents, validation_rate_cents, "
         "needs_review, review_reason, updated_at) VALUES "
         "(101, 1, 'VALIDATED', 'mia_osm', 'mapper', 'val_osm', 'validator', 150, 50, FALSE, "
         "NULL, '2026-01-10T00:00:00Z'), "
         "(101, 2, 'VALIDATED', 'mia_osm', 'mapper', 'val_osm', 'validator', 150, 50, FALSE, "
         "NULL, '2026-01-10T00:00:00Z'), "
         "(101, 3, 'INVALIDATED', 'mia_osm', 'mapper', 'val_osm', 'validator', 150, 50, FALSE, "
         "NULL, '2026-01-10T00:00:00Z'), "
         "(101, 4, 'MAPPED', 'mia_osm', 'mapper', NULL, NULL, 150, 50, FALSE, NULL, "
         "'2026-01-10T00:00:00Z'), "
         "(101, 5, 'VALIDATED', 'mia_osm', 'mapper', 'mia_osm', NULL, 150, 50, TRUE, "
         "'self_validation', '2026-01-10T00:00:00Z'), "
         "(101, 6, 'READY', NULL, NULL, NULL, NULL, 150, 50, FALSE, NULL, "
         "'2026-01-10T00:00:00Z'), "
         "(102, 1, 'VALIDATED', 'max_osm', 'mapper-2', 'val_osm', 'validator', 100, 20, FALSE, "
         "NULL, '2026-01-10T00:00:00Z'), "
         "(201, 1, 'MAPPED', 'bea_osm', 'mapper-b', NULL, NULL, 100, 20, FALSE, NULL, "
         "'2026-01-10T00:00:00Z')"_s);
    // Spent on 101: 3 × 150 mapping + 4 × 50 validation − 150 reversal = 500; the adjustment
    // and the checklist credit are not project spending. 102: 900. 201 (org-b): 700.
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "project_id, task_id, created_at) VALUES "
         "('org-a', 'mapper', 'mapping', 150, 'l1', 101, 1, '2026-01-10T00:00:00Z'), "
         "('org-a', 'validator', 'validation', 50, 'l2', 101, 1, '2026-01-10T00:00:00Z'), "
         "('org-a', 'mapper', 'mapping', 150, 'l3', 101, 2, '2026-01-10T00:00:00Z'), "
         "('org-a', 'validator', 'validation', 50, 'l4', 101, 2, '2026-01-10T00:00:00Z'), "
         "('org-a', 'mapper', 'mapping', 150, 'l5', 101, 3, '2026-01-10T00:00:00Z'), "
         "('org-a', 'validator', 'validation', 50, 'l6', 101, 3, '2026-01-10T00:00:00Z'), "
         "('org-a', 'mapper', 'reversal', -150, 'l7', 101, 3, '2026-01-10T00:00:00Z'), "
         "('org-a', 'validator', 'validation', 50, 'l8', 101, 3, '2026-01-10T00:00:00Z'), "
         "('org-a', 'mapper', 'adjustment', 1000, 'l9', 101, NULL, '2026-01-10T00:00:00Z'), "
         "('org-a', 'validator', 'checklist', 500, 'l10', NULL, NULL, "
         "'2026-01-10T00:00:00Z'), "
         "('org-a', 'mapper-2', 'mapping', 900, 'l11', 102, 1, '2026-01-10T00:00:00Z'), "
         "('org-b', 'mapper-b', 'mapping', 700, 'l12', 201, 1, '2026-01-10T00:00:00Z')"_s);
    // The validator's events in 101 (any case of their OSM username): 3 VALIDATED, 1
    // INVALIDATED. The one in 102 is in a project they are not a member of.
    exec(u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, "
         "action_at, ingested_at) VALUES "
         "(101, 1, 1, 'MAPPED', 'mia_osm', '2026-01-10T10:00:00Z', '2026-01-10T10:00:00Z'), "
         "(101, 1, 2, 'VALIDATED', 'Val_OSM', '2026-01-10T11:00:00Z', '2026-01-10T11:00:00Z'), "
         "(101, 2, 1, 'VALIDATED', 'val_osm', '2026-01-10T12:00:00Z', '2026-01-10T12:00:00Z'), "
         "(101, 3, 1, 'VALIDATED', 'val_osm', '2026-01-10T13:00:00Z', '2026-01-10T13:00:00Z'), "
         "(101, 3, 2, 'INVALIDATED', 'val_osm', '2026-01-10T14:00:00Z', "
         "'2026-01-10T14:00:00Z'), "
         "(102, 1, 1, 'VALIDATED', 'val_osm', '2026-01-10T15:00:00Z', '2026-01-10T15:00:00Z')"_s);
    exec(u"INSERT INTO trainings (id, org_id, title, training_type, created_at) VALUES "
         "(7, 'org-a', 'Mapping basics', 'Mapping', '2026-01-01T00:00:00Z'), "
         "(8, 'org-a', 'Validation basics', 'Validation', '2026-01-01T00:00:00Z'), "
         "(9, 'org-a', 'Old course', 'Mapping', '2026-01-01T00:00:00Z'), "
         "(20, 'org-b', 'B course', 'Mapping', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO training_completions (training_id, user_id, points_awarded, "
         "completed_at) VALUES (7, 'mapper', 0, '2026-01-02T00:00:00Z'), "
         "(7, 'validator', 0, '2026-01-02T00:00:00Z'), "
         "(8, 'validator', 0, '2026-01-02T00:00:00Z'), "
         "(20, 'mapper-b', 0, '2026-01-02T00:00:00Z')"_s);
}

void tst_ProjectDirectory::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_requirements.reset();
    m_directory.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_ProjectDirectory::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

QList<qint64> tst_ProjectDirectory::requiredTrainings(qint64 projectId)
{
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    if (!tx.ok())
        return { -1 };
    auto rows = tx.value().exec(u"SELECT training_id FROM project_trainings "
                                "WHERE project_id = :p ORDER BY training_id"_s,
        { { u"p"_s, projectId } });
    QList<qint64> out;
    while (rows.ok() && rows.value().next())
        out << rows.value().value(0).toLongLong();
    return out;
}

void tst_ProjectDirectory::orgProjectsCarrySpendingMembersAndTaskCounts()
{
    const auto projects = m_directory->orgProjects(Admin);
    QVERIFY2(projects.ok(), why(projects).constData());
    QCOMPARE(projectIds(projects.value()), QList<qint64>({ 101, 102, 103, 104, 105 }));

    const domain::ProjectRow &roads = projects.value().at(0);
    QCOMPARE(roads.name, u"Roads"_s);
    QCOMPARE(roads.url, u"https://tasks.example/projects/101"_s);
    QCOMPARE(roads.difficulty, u"Easy"_s);
    QVERIFY(roads.active);
    QVERIFY(roads.visible);
    QVERIFY(!roads.completed);
    QCOMPARE(roads.totalTasks, 50);
    QCOMPARE(roads.mappingRate, Money(150));
    QCOMPARE(roads.validationRate, Money(50));
    QCOMPARE(roads.budget, Money(10000));
    QCOMPARE(roads.spent, Money(500));
    QCOMPARE(roads.maxEditors, 2);
    QCOMPARE(roads.maxValidators, 1);
    QCOMPARE(roads.editors, 1);
    QCOMPARE(roads.validators, 1);
    QCOMPARE(roads.mapped, 1 + 3); // API.md §3 total_mapped: awaiting + validated
    QCOMPARE(roads.validated, 3);
    QCOMPARE(roads.paymentDue, Money(150 + 50)); // the one awaiting task's snapshot rates
    QCOMPARE(roads.invalidated, 1);
    QCOMPARE(roads.lastSyncedAt, utc(u"2026-01-15T08:00:00Z"_s));
    QCOMPARE(roads.createdAt, utc(u"2026-01-02T00:00:00Z"_s));
    QCOMPARE(roads.budgetUsedPercent(), 5);
    QVERIFY(!roads.budgetWarning());

    // 900 of 1000 spent: the 90 % warning.
    const domain::ProjectRow &rivers = projects.value().at(1);
    QCOMPARE(rivers.spent, Money(900));
    QCOMPARE(rivers.budgetUsedPercent(), 90);
    QVERIFY(rivers.budgetWarning());
    QCOMPARE(rivers.difficulty, QString());
    QVERIFY(!rivers.lastSyncedAt.isValid());
    QCOMPARE(rivers.editors, 1);
    QCOMPARE(rivers.validators, 0);
    QCOMPARE(rivers.validated, 1);

    const domain::ProjectRow &hidden = projects.value().at(2);
    QVERIFY(!hidden.visible);
    QCOMPARE(hidden.spent, Money(0));
    QCOMPARE(hidden.budgetUsedPercent(), 0); // no budget, no division
    QVERIFY(!hidden.budgetWarning());
    QCOMPARE(hidden.mapped, 0);

    const domain::ProjectRow &dormant = projects.value().at(3);
    QVERIFY(!dormant.active);
    QVERIFY(dormant.completed);
}

void tst_ProjectDirectory::orgProjectsAreTheCallersOrganisationsOnly()
{
    const auto one = m_directory->orgProjects(Admin, 103);
    QVERIFY2(one.ok(), why(one).constData());
    QCOMPARE(projectIds(one.value()), QList<qint64>({ 103 }));
    QCOMPARE(codeOf(m_directory->orgProjects(Admin, 201)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_directory->orgProjects(Admin, 999)), QByteArray("not_found"));

    const auto b = m_directory->orgProjects(OtherOrgAdmin);
    QVERIFY2(b.ok(), why(b).constData());
    QCOMPARE(projectIds(b.value()), QList<qint64>({ 201 }));
    QCOMPARE(b.value().at(0).spent, Money(700));
    QCOMPARE(b.value().at(0).editors, 1);
    QCOMPARE(b.value().at(0).mapped, 1);
    QCOMPARE(codeOf(m_directory->orgProjects(OtherOrgAdmin, 101)), QByteArray("not_found"));
}

void tst_ProjectDirectory::userProjectsShowOwnFiguresAndJoinableOnes()
{
    const auto mapper = m_directory->userProjects(Mapper);
    QVERIFY2(mapper.ok(), why(mapper).constData());
    // Member of 101, 103 (not listed, still theirs) and 104 (inactive: left out).
    QCOMPARE(memberIds(mapper.value().member), QList<qint64>({ 101, 103 }));
    const domain::MemberProject &roads = mapper.value().member.at(0);
    QCOMPARE(roads.memberRole, u"editor"_s);
    QCOMPARE(roads.tasksMapped, 5);
    QCOMPARE(roads.tasksApproved, 3);
    QCOMPARE(roads.tasksUnapproved, 1);
    QCOMPARE(roads.tasksInReview, 1);
    QCOMPARE(roads.earnings, Money(300)); // 3 × 150 − 150, the adjustment left out
    QCOMPARE(roads.project.spent, Money(500));
    QCOMPARE(roads.validationsMade, 0);
    const domain::MemberProject &hidden = mapper.value().member.at(1);
    QCOMPARE(hidden.memberRole, u"editor"_s);
    QCOMPARE(hidden.tasksMapped, 0);
    QCOMPARE(hidden.earnings, Money(0));
    // 102's only editor place is taken; 105 has no editor limit.
    QCOMPARE(projectIds(mapper.value().available), QList<qint64>({ 105 }));

    const auto second = m_directory->userProjects(Mapper2);
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(memberIds(second.value().member), QList<qint64>({ 102 }));
    QCOMPARE(second.value().member.at(0).tasksMapped, 1);
    QCOMPARE(second.value().member.at(0).tasksApproved, 1);
    QCOMPARE(second.value().member.at(0).earnings, Money(900));
    QCOMPARE(projectIds(second.value().available), QList<qint64>({ 101, 105 }));

    // A validator's own view as a member: their validation credits are their earnings.
    const auto validator = m_directory->userProjects(Validator);
    QVERIFY2(validator.ok(), why(validator).constData());
    QCOMPARE(memberIds(validator.value().member), QList<qint64>({ 101 }));
    QCOMPARE(validator.value().member.at(0).memberRole, u"validator"_s);
    QCOMPARE(validator.value().member.at(0).tasksMapped, 0);
    QCOMPARE(validator.value().member.at(0).earnings, Money(200));
    QCOMPARE(projectIds(validator.value().available), QList<qint64>({ 105 }));

    const auto b = m_directory->userProjects(OtherOrgMapper);
    QVERIFY2(b.ok(), why(b).constData());
    QCOMPARE(memberIds(b.value().member), QList<qint64>({ 201 }));
    QCOMPARE(b.value().member.at(0).earnings, Money(700));
    QVERIFY(b.value().available.isEmpty());
}

void tst_ProjectDirectory::validatorProjectsCountValidationEventsAndFreeValidatorPlaces()
{
    const auto validator = m_directory->validatorProjects(Validator);
    QVERIFY2(validator.ok(), why(validator).constData());
    QCOMPARE(memberIds(validator.value().member), QList<qint64>({ 101 }));
    QCOMPARE(validator.value().member.at(0).validationsMade, 3);
    QCOMPARE(validator.value().member.at(0).invalidationsMade, 1);
    QCOMPARE(validator.value().member.at(0).earnings, Money(200));
    // 101's one validator place is theirs, 105's is taken, 102 has no validator limit.
    QCOMPARE(projectIds(validator.value().available), QList<qint64>({ 102 }));

    const auto second = m_directory->validatorProjects(Validator2);
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(memberIds(second.value().member), QList<qint64>({ 105 }));
    QCOMPARE(second.value().member.at(0).memberRole, u"validator"_s);
    QCOMPARE(second.value().member.at(0).validationsMade, 0);
    QCOMPARE(second.value().member.at(0).invalidationsMade, 0);
    QCOMPARE(projectIds(second.value().available), QList<qint64>({ 102 }));

    // An admin may look too; they are a member of nothing.
    const auto admin = m_directory->validatorProjects(Admin);
    QVERIFY2(admin.ok(), why(admin).constData());
    QVERIFY(admin.value().member.isEmpty());
    QCOMPARE(projectIds(admin.value().available), QList<qint64>({ 102 }));
}

void tst_ProjectDirectory::directoryRoles()
{
    QCOMPARE(codeOf(m_directory->orgProjects(Mapper)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_directory->orgProjects(Validator)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_directory->orgProjects(NoOrg)), QByteArray("no_organisation"));
    QCOMPARE(codeOf(m_directory->userProjects(NoOrg)), QByteArray("no_organisation"));
    QCOMPARE(codeOf(m_directory->userProjects(NotOnboarded)), QByteArray("onboarding_required"));
    QCOMPARE(codeOf(m_directory->validatorProjects(Mapper)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_directory->validatorProjects(NoOrg)), QByteArray("no_organisation"));
    QCOMPARE(codeOf(m_directory->projectPeople(Mapper, 101)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_directory->projectPeople(Validator, 101)), QByteArray("forbidden"));
}

void tst_ProjectDirectory::projectPeopleListMembershipAndMissingTrainings()
{
    // 101 requires 7, 8 and 9; 9 is archived afterwards and so no longer missed by anyone.
    const auto set = m_requirements->setRequiredTrainings(Admin, 101, { 9, 8, 7 });
    QVERIFY2(set.ok(), why(set).constData());
    exec(u"UPDATE trainings SET archived_at = '2026-01-06T00:00:00Z' WHERE id = 9"_s);

    const auto people = m_directory->projectPeople(Admin, 101);
    QVERIFY2(people.ok(), why(people).constData());
    QList<QString> ids;
    for (const auto &person : people.value())
        ids << person.userId;
    // Active people of org-a by id: not the deactivated one, nobody of org-b.
    QCOMPARE(ids,
        QList<QString>(
            { u"admin"_s, u"mapper"_s, u"mapper-2"_s, u"validator"_s, u"validator-2"_s }));
    const auto &p = people.value();
    QCOMPARE(p.at(0).memberRole, QString());
    QCOMPARE(p.at(0).missingTrainings, QList<qint64>({ 7, 8 }));
    QCOMPARE(p.at(1).memberRole, u"editor"_s);
    QCOMPARE(p.at(1).missingTrainings, QList<qint64>({ 8 }));
    QCOMPARE(p.at(2).memberRole, QString());
    QCOMPARE(p.at(2).missingTrainings, QList<qint64>({ 7, 8 }));
    QCOMPARE(p.at(3).memberRole, u"validator"_s);
    QCOMPARE(p.at(3).missingTrainings, QList<qint64>());
    QCOMPARE(p.at(4).missingTrainings, QList<qint64>({ 7, 8 }));

    // 102 requires nothing: nobody misses anything.
    const auto rivers = m_directory->projectPeople(Admin, 102);
    QVERIFY2(rivers.ok(), why(rivers).constData());
    QCOMPARE(rivers.value().size(), 5);
    for (const auto &person : rivers.value())
        QCOMPARE(person.missingTrainings, QList<qint64>());
    QCOMPARE(rivers.value().at(2).userId, u"mapper-2"_s);
    QCOMPARE(rivers.value().at(2).memberRole, u"editor"_s);

    QCOMPARE(codeOf(m_directory->projectPeople(Admin, 201)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_directory->projectPeople(OtherOrgAdmin, 101)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_directory->projectPeople(Admin, 999)), QByteArray("not_found"));
}

void tst_ProjectDirectory::requiredTrainingsReplaceTheWholeSet()
{
    const auto first = m_requirements->setRequiredTrainings(Admin, 101, { 8, 7, 8 });
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(first.value(), QList<qint64>({ 7, 8 })); // ascending, once each
    QCOMPARE(requiredTrainings(101), QList<qint64>({ 7, 8 }));
    QCOMPARE(requiredTrainings(102), QList<qint64>());

    const auto second = m_requirements->setRequiredTrainings(Admin, 101, { 8 });
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(second.value(), QList<qint64>({ 8 }));
    QCOMPARE(requiredTrainings(101), QList<qint64>({ 8 }));

    const auto cleared = m_requirements->setRequiredTrainings(Admin, 101, {});
    QVERIFY2(cleared.ok(), why(cleared).constData());
    QCOMPARE(cleared.value(), QList<qint64>());
    QCOMPARE(requiredTrainings(101), QList<qint64>());

    // Each replacement is audited with the set it wrote.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'set_required_trainings' "
                    "AND entity = 'project' AND entity_id = '101' AND actor_id = 'admin' "
                    "AND org_id = 'org-a'"_s),
        3);
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    QVERIFY(tx.ok());
    auto details = tx.value().exec(
        u"SELECT CAST(details AS TEXT) FROM audit_log WHERE action = 'set_required_trainings' "
        "ORDER BY id"_s);
    QVERIFY(details.ok());
    QList<QJsonArray> written;
    while (details.value().next())
        written << QJsonDocument::fromJson(details.value().value(0).toString().toUtf8())
                       .object()
                       .value(u"training_ids"_s)
                       .toArray();
    QCOMPARE(written, QList<QJsonArray>({ QJsonArray { 7, 8 }, QJsonArray { 8 }, QJsonArray() }));
}

void tst_ProjectDirectory::requiredTrainingsRefusals()
{
    QVERIFY(m_requirements->setRequiredTrainings(Admin, 101, { 7, 8 }).ok());
    exec(u"UPDATE trainings SET archived_at = '2026-01-06T00:00:00Z' WHERE id = 9"_s);
    const qint64 audited = scalar(u"SELECT COUNT(*) FROM audit_log"_s);

    struct Case
    {
        const char *what;
        Caller caller;
        qint64 project;
        QList<qint64> trainings;
        QByteArray code;
        QString field;
    };
    QList<qint64> fifty;
    for (qint64 id = 1; id <= 50; ++id)
        fifty << id;
    QList<qint64> fiftyOne = fifty;
    fiftyOne << 51;
    const QList<Case> cases {
        { "another org's training", Admin, 101, { 7, 20 }, "not_found", u"training_ids"_s },
        { "an archived training", Admin, 101, { 9 }, "not_found", u"training_ids"_s },
        { "an unknown training", Admin, 101, { 999 }, "not_found", u"training_ids"_s },
        { "a zero id", Admin, 101, { 0 }, "invalid_field", u"training_ids"_s },
        { "a negative id", Admin, 101, { 7, -3 }, "invalid_field", u"training_ids"_s },
        { "51 ids", Admin, 101, fiftyOne, "invalid_field", u"training_ids"_s },
        // 50 ids pass the count; most of them do not exist.
        { "50 ids", Admin, 101, fifty, "not_found", u"training_ids"_s },
        { "another org's project", Admin, 201, { 7 }, "not_found", QString() },
        { "an unknown project", Admin, 999, { 7 }, "not_found", QString() },
        { "the other org's admin", OtherOrgAdmin, 101, { 20 }, "not_found", QString() },
        { "a mapper", Mapper, 101, { 7 }, "forbidden", QString() },
        { "a validator", Validator, 101, { 7 }, "forbidden", QString() },
        { "no organisation", NoOrg, 101, { 7 }, "no_organisation", QString() },
    };
    for (const Case &c : cases) {
        const auto result = m_requirements->setRequiredTrainings(c.caller, c.project, c.trainings);
        QVERIFY2(!result.ok(), c.what);
        QCOMPARE(result.error().code + " for " + c.what, c.code + " for " + c.what);
        QCOMPARE(result.error().field, c.field);
    }
    // Nothing changed, nothing was audited.
    QCOMPARE(requiredTrainings(101), QList<qint64>({ 7, 8 }));
    QCOMPARE(requiredTrainings(201), QList<qint64>());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), audited);
}

void tst_ProjectDirectory::budgetForAStoredProject()
{
    FakeTm4 tm4;
    const domain::BudgetCalculator calculator(*m_db, tm4);

    // 101 has 50 tasks: (1.50 + 0.50) × 50 = 100.00.
    const auto same
        = testing::awaitResult(calculator.forProject(Admin, 101, Money(150), Money(50)));
    QVERIFY(same);
    QVERIFY2(same->ok(), why(*same).constData());
    QCOMPARE(same->value().totalTasks, 50);
    QCOMPARE(same->value().budget, Money(10000));
    QCOMPARE(same->value().currency, u"USD"_s);
    QCOMPARE(same->value().calculation(),
        u"$1.50(Mapping) + $0.50(Validation) x 50 Tasks = Projected Budget: $100.00"_s);

    // Other rates: (0.25 + 0.10) × 50 = 17.50, and the stored budget stays.
    const auto other
        = testing::awaitResult(calculator.forProject(Admin, 101, Money(25), Money(10)));
    QVERIFY(other);
    QVERIFY2(other->ok(), why(*other).constData());
    QCOMPARE(other->value().mappingRate, Money(25));
    QCOMPARE(other->value().validationRate, Money(10));
    QCOMPARE(other->value().budget, Money(1750));
    QCOMPARE(other->value().calculation(),
        u"$0.25(Mapping) + $0.10(Validation) x 50 Tasks = Projected Budget: $17.50"_s);
    QCOMPARE(scalar(u"SELECT budget_cents FROM projects WHERE id = 101"_s), 10000);

    // Org-b counts in euros: (1.00 + 0.20) × 3 = 3.60.
    const auto euros
        = testing::awaitResult(calculator.forProject(OtherOrgAdmin, 201, Money(100), Money(20)));
    QVERIFY(euros);
    QVERIFY2(euros->ok(), why(*euros).constData());
    QCOMPARE(euros->value().currency, u"EUR"_s);
    QCOMPARE(euros->value().calculation(),
        u"EUR 1.00(Mapping) + EUR 0.20(Validation) x 3 Tasks = Projected Budget: EUR 3.60"_s);

    const auto code = [&](const Caller &caller, qint64 project, Money mapping, Money validation) {
        const auto r
            = testing::awaitResult(calculator.forProject(caller, project, mapping, validation));
        return r ? codeOf(*r) : QByteArray("timeout");
    };
    QCOMPARE(code(Admin, 201, Money(100), Money(20)), QByteArray("not_found"));
    QCOMPARE(code(Admin, 999, Money(100), Money(20)), QByteArray("not_found"));
    QCOMPARE(code(Admin, 101, Money(0), Money(50)), QByteArray("rate_too_low"));
    QCOMPARE(code(Admin, 101, Money(150), Money(0)), QByteArray("rate_too_low"));
    const Money huge(std::numeric_limits<qint64>::max() / 4);
    QCOMPARE(code(Admin, 101, huge, huge), QByteArray("invalid_amount")); // × 50 overflows
    QCOMPARE(code(Mapper, 101, Money(100), Money(20)), QByteArray("forbidden"));
    QCOMPARE(code(Validator, 101, Money(100), Money(20)), QByteArray("forbidden"));
    QVERIFY(tm4.asked.isEmpty()); // stored counts only
}

void tst_ProjectDirectory::budgetForAUrlAsksTm4AndStoresNothing()
{
    FakeTm4 tm4;
    const domain::BudgetCalculator calculator(*m_db, tm4);
    const qint64 projects = scalar(u"SELECT COUNT(*) FROM projects"_s);

    // API.md's example: TM4 says 167 tasks; (0.50 + 0.30) × 167 = 133.60.
    const auto estimate = testing::awaitResult(calculator.forUrl(
        Admin, u"https://tasks.example.org/projects/4321"_s, Money(50), Money(30)));
    QVERIFY(estimate);
    QVERIFY2(estimate->ok(), why(*estimate).constData());
    QCOMPARE(tm4.asked, QList<qint64>({ 4321 }));
    QCOMPARE(estimate->value().totalTasks, 167);
    QCOMPARE(estimate->value().budget, Money(13360));
    QCOMPARE(estimate->value().currency, u"USD"_s);
    QCOMPARE(estimate->value().calculation(),
        u"$0.50(Mapping) + $0.30(Validation) x 167 Tasks = Projected Budget: $133.60"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects"_s), projects);

    // The same URL for org-b's admin: their currency.
    tm4.answer = domain::Tm4ProjectSummary { u"Lakes"_s, 2 };
    const auto euros = testing::awaitResult(calculator.forUrl(
        OtherOrgAdmin, u"https://tasks.example.org/projects/4321/"_s, Money(100), Money(1)));
    QVERIFY(euros);
    QVERIFY2(euros->ok(), why(*euros).constData());
    QCOMPARE(euros->value().budget, Money(202));
    QCOMPARE(euros->value().calculation(),
        u"EUR 1.00(Mapping) + EUR 0.01(Validation) x 2 Tasks = Projected Budget: EUR 2.02"_s);
    QCOMPARE(tm4.asked, QList<qint64>({ 4321, 4321 }));
}

void tst_ProjectDirectory::budgetForAUrlRefusals()
{
    FakeTm4 tm4;
    const domain::BudgetCalculator calculator(*m_db, tm4);
    const auto run = [&](const Caller &caller, const QString &url, Money mapping,
                         Money validation) -> core::Result<domain::BudgetEstimate> {
        const auto r = testing::awaitResult(calculator.forUrl(caller, url, mapping, validation));
        if (!r)
            return core::Error::make(core::ErrorKind::Internal, "timeout", QString());
        return *r;
    };
    const QString url = u"https://tasks.example.org/projects/4321"_s;

    // Refused before TM4 is asked.
    const auto notAUrl = run(Admin, u"tasks.example.org/projects"_s, Money(50), Money(30));
    QCOMPARE(codeOf(notAUrl), QByteArray("invalid_field"));
    QCOMPARE(notAUrl.error().field, u"url"_s);
    QCOMPARE(codeOf(run(Admin, u"ftp://tasks.example.org/projects/4321"_s, Money(50), Money(30))),
        QByteArray("invalid_field"));
    QCOMPARE(codeOf(run(Admin, url, Money(0), Money(30))), QByteArray("rate_too_low"));
    QCOMPARE(codeOf(run(Mapper, url, Money(50), Money(30))), QByteArray("forbidden"));
    QCOMPARE(codeOf(run(NoOrg, url, Money(50), Money(30))), QByteArray("no_organisation"));
    QVERIFY(tm4.asked.isEmpty());

    // TM4's own answer comes through as it is.
    tm4.answer = core::Error::make(
        core::ErrorKind::Refused, "tm4_project_not_found", u"No such project."_s);
    QCOMPARE(codeOf(run(Admin, url, Money(50), Money(30))), QByteArray("tm4_project_not_found"));
    tm4.answer
        = core::Error::make(core::ErrorKind::UpstreamUnavailable, "tm4_unavailable", u"Down."_s);
    QCOMPARE(codeOf(run(Admin, url, Money(50), Money(30))), QByteArray("tm4_unavailable"));
    QCOMPARE(tm4.asked, QList<qint64>({ 4321, 4321 }));

    // A task count that makes the budget overflow.
    tm4.answer = domain::Tm4ProjectSummary { u"Huge"_s, 1000 };
    const Money huge(std::numeric_limits<qint64>::max() / 4);
    QCOMPARE(codeOf(run(Admin, url, huge, huge)), QByteArray("invalid_amount"));
}

QTEST_GUILESS_MAIN(tst_ProjectDirectory)
#include "tst_ProjectDirectory.moc"
