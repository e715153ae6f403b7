#include "services/domain/projects/ProjectMembership.h"
#include "services/domain/projects/ProjectService.h"
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
using namespace std::chrono_literals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::MemberRole;
using domain::Role;

namespace {

const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper-0"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };

/// TM4 as the project service sees it: a name and a task count per project, or not found.
class FakeTm4 final : public domain::Tm4ProjectSource
{
public:
    int calls = 0;
    QFuture<core::Result<domain::Tm4ProjectSummary>> projectSummary(qint64 projectId) override
    {
        ++calls;
        if (projectId == 404)
            return QtFuture::makeReadyFuture(
                core::Result<domain::Tm4ProjectSummary>(core::Error::make(
                    core::ErrorKind::Refused, "tm4_project_not_found", u"not in TM4"_s)));
        return QtFuture::makeReadyFuture(core::Result<domain::Tm4ProjectSummary>(
            domain::Tm4ProjectSummary { u"Roads of Lima"_s, 1000 }));
    }
};

domain::ProjectForm form(const QString &url)
{
    return { url, Money(150), Money(50), 5, 2, u"easy"_s, true };
}

} // namespace

/// Projects and assignment on both engines (DESIGN.md §4 Projects, Assignment), with the cap race
/// run on real threads.
class tst_ProjectService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void projectIdComesFromTheUrl_data();
    void projectIdComesFromTheUrl();
    void createReadsTm4AndComputesTheBudget();
    void createRefusals();
    void editingRecomputesTheBudgetAndKeepsCapsAboveMembers();
    void deletingIsRefusedOnceMoneyMoved();
    void assignmentNeedsTrainingsAndRespectsCaps();
    void selfServiceOnlyOnVisibleActiveProjects();
    void twelveConcurrentAssignmentsNeverExceedTheCap();

private:
    domain::Project createProject(qint64 id);
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);

    testing::TestClock m_clock;
    FakeTm4 m_tm4;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::ProjectService> m_projects;
    std::unique_ptr<domain::ProjectMembership> m_membership;
};

void tst_ProjectService::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 12);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_tm4 = FakeTm4();
    m_projects = std::make_unique<domain::ProjectService>(*m_db, m_clock, m_tm4);
    m_membership = std::make_unique<domain::ProjectMembership>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO users (id, org_id, role, created_at) VALUES ('admin', 'org-a', 'admin', "
        u"'2026-01-01T00:00:00Z'), "
        "('validator', 'org-a', 'validator', '2026-01-01T00:00:00Z'), ('admin-b', 'org-b', 'admin', '2026-01-01T00:00:00Z')"_s);
    for (int i = 0; i < 12; ++i)
        exec(u"INSERT INTO users (id, org_id, role, created_at) VALUES ('mapper-%1', 'org-a', "
             u"'user', "
             "'2026-01-01T00:00:00Z')"_s.arg(i));
}

void tst_ProjectService::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_membership.reset();
    m_projects.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_ProjectService::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

qint64 tst_ProjectService::scalar(const QString &sql)
{
    return testing::scalarSql(*m_db, sql);
}

domain::Project tst_ProjectService::createProject(qint64 id)
{
    const auto created = testing::awaitResult(
        m_projects->create(Admin, form(u"https://tasks.kaart.com/projects/%1"_s.arg(id))), 10s);
    if (!created || !created->ok())
        return {};
    return created->value();
}

void tst_ProjectService::projectIdComesFromTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("id"); // 0: refused
    QTest::newRow("project page") << u"https://tasks.kaart.com/projects/5871"_s << qint64(5871);
    QTest::newRow("trailing slash")
        << u"https://tasks.hotosm.org/projects/15482/"_s << qint64(15482);
    QTest::newRow("api path") << u"https://tasks.kaart.com/api/v2/projects/12"_s << qint64(12);
    QTest::newRow("no number") << u"https://tasks.kaart.com/projects/"_s << qint64(0);
    QTest::newRow("not http") << u"javascript:alert(5871)"_s << qint64(0);
    QTest::newRow("number not at the end")
        << u"https://tasks.kaart.com/projects/5871/tasks"_s << qint64(0);
    QTest::newRow("zero") << u"https://tasks.kaart.com/projects/0"_s << qint64(0);
}

void tst_ProjectService::projectIdComesFromTheUrl()
{
    QFETCH(QString, url);
    QFETCH(qint64, id);
    const auto parsed = domain::ProjectService::projectIdFromUrl(url);
    QCOMPARE(parsed.ok() ? parsed.value() : qint64(0), id);
    if (!parsed.ok())
        QCOMPARE(parsed.error().field, u"url"_s);
}

void tst_ProjectService::createReadsTm4AndComputesTheBudget()
{
    const domain::Project p = createProject(5871);
    QCOMPARE(p.id, qint64(5871));
    QCOMPARE(p.name, u"Roads of Lima"_s);
    QCOMPARE(p.totalTasks, 1000);
    QCOMPARE(p.budget, Money((150 + 50) * 1000));
    QVERIFY(!p.active); // new projects start inactive
    QCOMPARE(m_tm4.calls, 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'create_project'"_s), 1);
}

void tst_ProjectService::createRefusals()
{
    createProject(5871);
    auto code = [&](const Caller &caller, domain::ProjectForm f) {
        const auto r = testing::awaitResult(m_projects->create(caller, f), 10s);
        return r && !r->ok() ? r->error().code : QByteArray("ok");
    };
    QCOMPARE(code(Admin, form(u"https://tasks.kaart.com/projects/5871"_s)),
        QByteArray("project_exists"));
    QCOMPARE(code(Admin, form(u"https://tasks.kaart.com/projects/404"_s)),
        QByteArray("tm4_project_not_found"));
    QCOMPARE(code(Admin, form(u"not a url"_s)), QByteArray("invalid_field"));
    domain::ProjectForm cheap = form(u"https://tasks.kaart.com/projects/7"_s);
    cheap.validationRate = Money(0);
    QCOMPARE(code(Admin, cheap), QByteArray("rate_too_low"));
    QCOMPARE(code(Mapper, form(u"https://tasks.kaart.com/projects/8"_s)), QByteArray("forbidden"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects"_s), 1);
}

void tst_ProjectService::editingRecomputesTheBudgetAndKeepsCapsAboveMembers()
{
    createProject(5871);
    domain::ProjectEdit rates;
    rates.mappingRate = Money(200);
    rates.validationRate = Money(100);
    rates.maxEditors = 5;
    rates.maxValidators = 2;
    QVERIFY(m_projects->update(Admin, 5871, rates).ok());
    QCOMPARE(m_projects->project(Admin, 5871).value().budget, Money(300 * 1000));
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_membership->assign(Admin, 5871, u"mapper-%1"_s.arg(i), MemberRole::Editor).ok());
    // A cap below the members is refused, and nothing else given with it changes.
    domain::ProjectEdit tooSmall;
    tooSmall.maxEditors = 2;
    tooSmall.active = false;
    tooSmall.listing.completed = true;
    const auto refused = m_projects->update(Admin, 5871, tooSmall);
    QCOMPARE(refused.error().code, QByteArray("cap_below_members"));
    QCOMPARE(refused.error().details.value(u"members"_s).toInt(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects WHERE completed OR max_editors = 2"_s), 0);
    QCOMPARE(m_projects->update(OtherOrgAdmin, 5871, rates).error().code, QByteArray("not_found"));
    // The budget warning follows spending at 90 %.
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"project_id, created_at) "
         "VALUES ('org-a', 'mapper-0', 'mapping', 269999, 'k', 5871, '2026-01-01T00:00:00Z')"_s);
    QVERIFY(!m_projects->project(Admin, 5871).value().budgetWarning());
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"project_id, created_at) "
         "VALUES ('org-a', 'mapper-0', 'validation', 1, 'k2', 5871, '2026-01-01T00:00:00Z')"_s);
    QVERIFY(m_projects->project(Admin, 5871).value().budgetWarning());
}

void tst_ProjectService::deletingIsRefusedOnceMoneyMoved()
{
    createProject(5871);
    createProject(5872);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"project_id, created_at) "
         "VALUES ('org-a', 'mapper-0', 'mapping', 150, 'k', 5871, '2026-01-01T00:00:00Z')"_s);
    QCOMPARE(m_projects->remove(Admin, 5871).error().code, QByteArray("project_has_ledger"));
    QVERIFY(m_projects->remove(Admin, 5872).ok());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects"_s), 1);
    QVERIFY(m_projects->setActive(Admin, 5871, false).ok()); // archive instead
}

void tst_ProjectService::assignmentNeedsTrainingsAndRespectsCaps()
{
    createProject(5871);
    exec(u"INSERT INTO trainings (id, org_id, title, training_type, created_at) VALUES "
         "(901, 'org-a', 'Roads', 'Project', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO project_trainings (project_id, training_id) VALUES (5871, 901)"_s);
    QCOMPARE(m_membership->assign(Admin, 5871, u"mapper-0"_s, MemberRole::Editor).error().code,
        QByteArray("training_required"));
    exec(
        u"INSERT INTO training_completions (training_id, user_id, points_awarded, completed_at) "
        u"VALUES "
        "(901, 'mapper-0', 0, '2026-01-01T00:00:00Z'), (901, 'validator', 0, '2026-01-01T00:00:00Z')"_s);
    QVERIFY(m_membership->assign(Admin, 5871, u"mapper-0"_s, MemberRole::Editor).ok());
    QCOMPARE(m_membership->assign(Admin, 5871, u"mapper-0"_s, MemberRole::Editor).error().code,
        QByteArray("already_assigned"));
    // Issue 10 #7: a validator place needs the validator role, even when an admin assigns it.
    QCOMPARE(m_membership->assign(Admin, 5871, u"mapper-0"_s, MemberRole::Validator).error().code,
        QByteArray("role_required"));
    QCOMPARE(m_membership->assign(Admin, 5871, u"ghost"_s, MemberRole::Editor).error().code,
        QByteArray("not_found"));
    QCOMPARE(m_membership->assign(OtherOrgAdmin, 5871, u"validator"_s, MemberRole::Validator)
                 .error()
                 .code,
        QByteArray("not_found"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'assign'"_s), 1);
}

void tst_ProjectService::selfServiceOnlyOnVisibleActiveProjects()
{
    createProject(5871); // visible, inactive
    QCOMPARE(m_membership->join(Mapper, 5871, MemberRole::Editor).error().code,
        QByteArray("not_joinable"));
    QVERIFY(m_projects->setActive(Admin, 5871, true).ok());
    QCOMPARE(m_membership->join(Mapper, 5871, MemberRole::Validator).error().code,
        QByteArray("role_required"));
    QVERIFY(m_membership->join(Mapper, 5871, MemberRole::Editor).ok());
    QVERIFY(m_membership->join(Validator, 5871, MemberRole::Validator).ok());
    QVERIFY(m_membership->leave(Mapper, 5871).ok());
    QCOMPARE(m_membership->leave(Mapper, 5871).error().code, QByteArray("not_assigned"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members"_s), 1);
}

void tst_ProjectService::twelveConcurrentAssignmentsNeverExceedTheCap()
{
    createProject(5871); // max_editors 5
    std::atomic<int> assigned { 0 };
    std::atomic<int> full { 0 };
    std::atomic<int> other { 0 };
    QList<QFuture<void>> attempts;
    QVERIFY(m_db->warm().ok()); // connect first: the race is about the transactions
    std::latch start(12); // all attempts leave the gate together, so their transactions overlap
    for (int i = 0; i < 12; ++i) {
        attempts << QtConcurrent::run(&m_db->pool(), [&, i] {
            start.arrive_and_wait();
            const auto r
                = m_membership->assign(Admin, 5871, u"mapper-%1"_s.arg(i), MemberRole::Editor);
            if (r.ok())
                ++assigned;
            else if (r.error().code == "cap_reached")
                ++full;
            else
                ++other;
        });
    }
    for (auto &attempt : attempts)
        testing::joinWithin(attempt);
    QCOMPARE(assigned.load(), 5);
    QCOMPARE(full.load(), 7);
    QCOMPARE(other.load(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = 5871"_s), 5);
}

QTEST_GUILESS_MAIN(tst_ProjectService)
#include "tst_ProjectService.moc"
