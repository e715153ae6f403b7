#include "services/client/ProjectAdminClient.h"
#include "services/client/ProjectsClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;
using testing::Validator;

namespace {

template <typename T>
QString problem(const core::Result<T> &result)
{
    return result.ok() ? QString() : testing::describeError(result.error());
}

domain::ProjectForm formFor(qint64 id)
{
    domain::ProjectForm form;
    form.url = u"https://tasks.example/projects/%1/"_s.arg(id);
    form.mappingRate = core::Money(50);
    form.validationRate = core::Money(30);
    form.maxEditors = 4;
    form.maxValidators = 2;
    form.difficulty = u"Hard"_s;
    form.visible = false;
    return form;
}

} // namespace

/// An admin's projects (UI.md §5.3) through both backends on one database, both engines: the
/// budget projected from TM4 before saving, creation (inactive, read back the same through the
/// other backend), editing, required trainings, members with what they miss, assignment; and
/// every refusal alike, changing nothing.
class tst_ProjectAdminContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void theBudgetIsProjectedAlike();
    void aProjectCreatedThroughEitherReadsTheSame_data();
    void aProjectCreatedThroughEitherReadsTheSame();
    void editsAndMembersWorkThroughEither_data();
    void editsAndMembersWorkThroughEither();
    void refusalsAreTheSameThroughBoth();
};

void tst_ProjectAdminContract::init()
{
    startBackends(Admin);
    seedSyncedProject(601); // Roads: the mapper an editor, the admin a validator
    QCOMPARE(post(Validator, "/api/login", "{}").status, 200); // the person's first sign-in
    onboard(Validator, u"validator_osm"_s);
    auto world = std::make_shared<devstack::Tm4World>(devstack::Tm4World::Settings {});
    world->addProject(700, u"Bridges of Lima"_s, 40);
    world->addProject(701, u"Rivers of Quito"_s, 12);
    restartWithTm4(world);
    exec(u"INSERT INTO trainings (id, org_id, title, training_type, point_value, pass_percent, "
         "created_at) VALUES (81, 'org_devstack', 'Roads', 'Project', 5, 70, "
         "'2026-01-01T00:00:00Z')"_s);
}

void tst_ProjectAdminContract::theBudgetIsProjectedAlike()
{
    const auto rate = core::Money(50);
    const auto overHttp = testing::awaitClient(m_http->projectAdmin().estimate(
        u"https://tasks.example/projects/700"_s, rate, core::Money(30)));
    const auto inProcess = testing::awaitClient(m_local->projectAdmin().estimate(
        u"https://tasks.example/projects/700"_s, rate, core::Money(30)));
    QVERIFY2(overHttp.ok(), qPrintable(problem(overHttp)));
    QVERIFY2(inProcess.ok(), qPrintable(problem(inProcess)));
    QCOMPARE(overHttp.value().name, u"Bridges of Lima"_s);
    QCOMPARE(overHttp.value().totalTasks, 40);
    QCOMPARE(overHttp.value().budget.cents(), 3200); // (0.50 + 0.30) × 40
    QCOMPARE(overHttp.value().currency, u"USD"_s);
    QCOMPARE(inProcess.value().name, overHttp.value().name);
    QCOMPARE(inProcess.value().totalTasks, overHttp.value().totalTasks);
    QCOMPARE(inProcess.value().budget, overHttp.value().budget);
    QCOMPARE(inProcess.value().calculation(), overHttp.value().calculation());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects WHERE id = 700"_s), 0); // stores nothing
}

void tst_ProjectAdminContract::aProjectCreatedThroughEitherReadsTheSame_data()
{
    QTest::addColumn<QString>("createWith");
    QTest::addColumn<QString>("readWith");
    QTest::newRow("create over http, read in process") << u"http"_s << u"inprocess"_s;
    QTest::newRow("create in process, read over http") << u"inprocess"_s << u"http"_s;
}

void tst_ProjectAdminContract::aProjectCreatedThroughEitherReadsTheSame()
{
    QFETCH(QString, createWith);
    QFETCH(QString, readWith);
    QSignalSpy announced(&backend(createWith).feed(), &client::ChangeFeed::changed);
    const auto made = testing::awaitClient(backend(createWith).projectAdmin().create(formFor(700)));
    QVERIFY2(made.ok(), qPrintable(problem(made)));
    const domain::ProjectRow &row = made.value();
    QCOMPARE(row.id, 700);
    QCOMPARE(row.name, u"Bridges of Lima"_s);
    QCOMPARE(row.totalTasks, 40);
    QCOMPARE(row.budget.cents(), 3200);
    QVERIFY(!row.active); // new projects start inactive
    QVERIFY(!row.visible);
    QCOMPARE(row.difficulty, u"Hard"_s);
    QCOMPARE(row.maxEditors, 4);
    QTRY_COMPARE(announced.size(), 1);
    QVERIFY(announced[0][0].value<QList<client::ChangeFeed::Area>>().contains(
        client::ChangeFeed::Area::Projects));

    const auto all = testing::awaitClient(backend(readWith).projects().organisation());
    QVERIFY2(all.ok(), qPrintable(problem(all)));
    const auto seen = std::find_if(all.value().cbegin(), all.value().cend(),
        [](const domain::ProjectRow &p) { return p.id == 700; });
    QVERIFY(seen != all.value().cend());
    // The wire carries whole seconds; the rest is equal field for field.
    QCOMPARE(seen->createdAt.toSecsSinceEpoch(), row.createdAt.toSecsSinceEpoch());
    domain::ProjectRow same = *seen;
    same.createdAt = row.createdAt;
    QCOMPARE(same, row);

    // Registered once: the other backend is told it exists, and nothing changes.
    const auto again = testing::awaitClient(backend(readWith).projectAdmin().create(formFor(700)));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, core::ErrorKind::Conflict);
    QCOMPARE(again.error().code, QByteArray("project_exists"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects WHERE id = 700"_s), 1);
}

void tst_ProjectAdminContract::editsAndMembersWorkThroughEither_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("http") << u"http"_s;
    QTest::newRow("inprocess") << u"inprocess"_s;
}

void tst_ProjectAdminContract::editsAndMembersWorkThroughEither()
{
    QFETCH(QString, name);
    client::ProjectAdminClient &admin = backend(name).projectAdmin();
    domain::ProjectEdit edit;
    edit.mappingRate = core::Money(200);
    edit.maxValidators = 4;
    edit.listing.difficulty = u"Easy"_s;
    const auto edited = testing::awaitClient(admin.update(601, edit));
    QVERIFY2(edited.ok(), qPrintable(problem(edited)));
    QCOMPARE(edited.value().mappingRate.cents(), 200);
    QCOMPARE(edited.value().validationRate.cents(), 40); // untouched
    QCOMPARE(edited.value().maxValidators, 4);
    QCOMPARE(edited.value().difficulty, u"Easy"_s);
    QVERIFY(edited.value().active);

    const auto required = testing::awaitClient(admin.setRequiredTrainings(601, { 81 }));
    QVERIFY2(required.ok(), qPrintable(problem(required)));
    QCOMPARE(required.value(), QList<qint64> { 81 });

    const auto people = testing::awaitClient(admin.members(601));
    QVERIFY2(people.ok(), qPrintable(problem(people)));
    QHash<QString, domain::ProjectMember> byId;
    for (const domain::ProjectMember &m : people.value())
        byId.insert(m.person.id, m);
    QCOMPARE(byId.size(), 3);
    QCOMPARE(byId.value(Mapper).memberRole, u"editor"_s);
    QCOMPARE(byId.value(Mapper).person.osmUsername, u"mapper_osm"_s);
    QCOMPARE(byId.value(Mapper).missingTrainings, QList<qint64> { 81 });
    QCOMPARE(byId.value(Admin).memberRole, u"validator"_s);
    QCOMPARE(byId.value(Validator).memberRole, QString());
    const auto other = testing::awaitClient(
        backend(name == "http"_L1 ? u"inprocess"_s : u"http"_s).projectAdmin().members(601));
    QVERIFY2(other.ok(), qPrintable(problem(other)));
    QCOMPARE(other.value().size(), people.value().size());
    for (const domain::ProjectMember &m : other.value()) {
        QCOMPARE(m.memberRole, byId.value(m.person.id).memberRole);
        QCOMPARE(m.missingTrainings, byId.value(m.person.id).missingTrainings);
        QCOMPARE(m.person.name, byId.value(m.person.id).person.name);
    }

    // With the training required, the validator cannot be assigned until they pass it.
    const auto refused
        = testing::awaitClient(admin.assign(601, Validator, domain::MemberRole::Validator));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QByteArray("training_required"));
    QVERIFY(testing::awaitClient(admin.setRequiredTrainings(601, {})).ok());
    const auto assigned
        = testing::awaitClient(admin.assign(601, Validator, domain::MemberRole::Validator));
    QVERIFY2(assigned.ok(), qPrintable(problem(assigned)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = 601 AND user_id = "
                    "'%1' AND member_role = 'validator'"_s.arg(Validator)),
        1);
    const auto unassigned = testing::awaitClient(admin.unassign(601, Validator));
    QVERIFY2(unassigned.ok(), qPrintable(problem(unassigned)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = 601 AND user_id = "
                    "'%1'"_s.arg(Validator)),
        0);
}

void tst_ProjectAdminContract::refusalsAreTheSameThroughBoth()
{
    exec(u"INSERT INTO ledger_entries (user_id, org_id, kind, amount_cents, source_key, "
         "project_id, created_at) VALUES ('%1', 'org_devstack', 'mapping', 120, 'test:601:1', "
         "601, '2026-01-03T00:00:00Z')"_s.arg(Mapper));
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(601, '%1', 'editor', '2026-01-01T00:00:00Z')"_s.arg(Validator));
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (602, 'org_devstack', 'Empty', "
         "'https://tasks.example/projects/602', 120, 40, TRUE, '2026-01-01T00:00:00Z')"_s);
    const qint64 projectsBefore = scalar(u"SELECT COUNT(*) FROM projects"_s);
    const qint64 membersBefore = scalar(u"SELECT COUNT(*) FROM project_members"_s);
    const qint64 auditBefore = scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    const auto tooLow = [] {
        domain::ProjectForm form = formFor(701);
        form.mappingRate = core::Money(0);
        form.validationRate = core::Money(0);
        return form;
    }();
    expectRefusedAlike<domain::ProjectRow>({
        { "rate below a cent", [tooLow](auto &b) { return b.projectAdmin().create(tooLow); },
            core::ErrorKind::Refused, "rate_too_low" },
        { "not in TM4", [](auto &b) { return b.projectAdmin().create(formFor(999)); },
            core::ErrorKind::Refused, "tm4_project_not_found" },
        { "cap below members",
            [](auto &b) {
                domain::ProjectEdit edit;
                edit.maxEditors = 1; // two editors are assigned
                return b.projectAdmin().update(601, edit);
            },
            core::ErrorKind::Refused, "cap_below_members" },
        { "another organisation's project",
            [](auto &b) { return b.projectAdmin().update(4242, domain::ProjectEdit {}); },
            core::ErrorKind::NotFound, "not_found" },
    });
    expectRefusedAlike<void>({
        { "earnings on it", [](auto &b) { return b.projectAdmin().remove(601); },
            core::ErrorKind::Refused, "project_has_ledger" },
        { "not a member", [](auto &b) { return b.projectAdmin().unassign(602, Mapper); },
            core::ErrorKind::NotFound, "not_assigned" },
    });
    expectRefusedAlike<QList<domain::ProjectMember>>({
        { "members of an unknown project", [](auto &b) { return b.projectAdmin().members(4242); },
            core::ErrorKind::NotFound, "not_found" },
    });
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects"_s), projectsBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members"_s), membersBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), auditBefore);

    // A mapper is refused everything here.
    const auto mapper = httpBackendFor(Mapper);
    const auto forbidden = testing::awaitClient(mapper->projectAdmin().members(601));
    QVERIFY(!forbidden.ok());
    QCOMPARE(forbidden.error().kind, core::ErrorKind::Forbidden);
}

QTEST_GUILESS_MAIN(tst_ProjectAdminContract)
#include "tst_ProjectAdminContract.moc"
