#include "services/client/ProjectsClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// The projects contract (DESIGN.md §2.1, UI.md §3.2) through both backends on one database,
/// both engines: the person's projects with their own figures and each project's required
/// trainings are equal value for value; joining and leaving change the same rows; and every
/// refusal of the membership rules comes back with the same kind and code.
class tst_ProjectsContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void myProjectsAreTheSameThroughBoth();
    void joiningAndLeavingWorkThroughEither_data();
    void joiningAndLeavingWorkThroughEither();
    void refusalsAreTheSameThroughBoth();
    void aValidatorsProjectsAreTheSameThroughBoth();

private:
    void addOpenProject(qint64 id, bool visible);
    core::Result<void> await(const QFuture<core::Result<void>> &future)
    {
        return testing::awaitClient(future);
    }
};

void tst_ProjectsContract::init()
{
    startBackends(Mapper);
    seedSyncedProject(501);
    addOpenProject(502, true);
    addOpenProject(503, false);
    // 502 requires a training the mapper passed; 504 one they did not.
    exec(u"INSERT INTO trainings (id, org_id, title, training_type, point_value, pass_percent, "
         "created_at) VALUES (71, 'org_devstack', 'Roads', 'Mapping', 5, 70, "
         "'2026-01-01T00:00:00Z'), (72, 'org_devstack', 'Rivers', 'Mapping', 5, 70, "
         "'2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO training_completions (training_id, user_id, completed_at, points_awarded) "
         "VALUES (71, '%1', '2026-01-02T00:00:00Z', 5)"_s.arg(Mapper));
    exec(u"INSERT INTO project_trainings (project_id, training_id) VALUES (502, 71)"_s);
    addOpenProject(504, true);
    exec(u"INSERT INTO project_trainings (project_id, training_id) VALUES (504, 72), (504, 71)"_s);
}

void tst_ProjectsContract::addOpenProject(qint64 id, bool visible)
{
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
         "active, visible, max_editors, created_at) VALUES (%1, 'org_devstack', 'Open %1', "
         "'https://tasks.example/projects/%1', 90, 30, TRUE, %2, 3, '2026-01-01T00:00:00Z')"_s
             .arg(id)
             .arg(visible ? u"TRUE"_s : u"FALSE"_s));
}

void tst_ProjectsContract::myProjectsAreTheSameThroughBoth()
{
    const auto overHttp = testing::awaitClient(m_http->projects().mine());
    const auto inProcess = testing::awaitClient(m_local->projects().mine());
    QVERIFY2(overHttp.ok(),
        qPrintable(overHttp.ok() ? QString() : testing::describeError(overHttp.error())));
    QVERIFY2(inProcess.ok(),
        qPrintable(inProcess.ok() ? QString() : testing::describeError(inProcess.error())));
    const domain::UserProjects &mine = overHttp.value();
    QCOMPARE(mine.member.size(), inProcess.value().member.size());
    QCOMPARE(mine.member.size(), 1);
    QCOMPARE(mine.member[0].project, inProcess.value().member[0].project);
    QCOMPARE(mine.member[0].memberRole, inProcess.value().member[0].memberRole);
    QCOMPARE(mine.member[0].earnings, inProcess.value().member[0].earnings);
    QCOMPARE(mine.member[0].project.id, 501);
    QCOMPARE(mine.member[0].memberRole, u"editor"_s);
    QCOMPARE(mine.available, inProcess.value().available);
    // The invisible one is never offered; requirements come ascending and without archived ones.
    QCOMPARE(mine.available.size(), 2);
    QCOMPARE(mine.available[0].id, 502);
    QCOMPARE(mine.available[0].requiredTrainings, QList<qint64> { 71 });
    QCOMPARE(mine.available[1].requiredTrainings, (QList<qint64> { 71, 72 }));
    exec(u"UPDATE trainings SET archived_at = '2026-02-01T00:00:00Z' WHERE id = 72"_s);
    const auto after = testing::awaitClient(m_http->projects().mine());
    QVERIFY(after.ok());
    QCOMPARE(after.value().available[1].requiredTrainings, QList<qint64> { 71 });
}

void tst_ProjectsContract::joiningAndLeavingWorkThroughEither_data()
{
    QTest::addColumn<QString>("joinWith");
    QTest::addColumn<QString>("leaveWith");
    QTest::newRow("join over http, leave in process") << u"http"_s << u"inprocess"_s;
    QTest::newRow("join in process, leave over http") << u"inprocess"_s << u"http"_s;
}

void tst_ProjectsContract::joiningAndLeavingWorkThroughEither()
{
    QFETCH(QString, joinWith);
    QFETCH(QString, leaveWith);
    const auto member = [this] {
        return scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = 502 AND "
                      "user_id = '%1' AND member_role = 'editor'"_s.arg(Mapper));
    };
    QSignalSpy announced(&backend(joinWith).feed(), &client::ChangeFeed::changed);
    const auto joined = await(backend(joinWith).projects().join(502));
    QVERIFY2(
        joined.ok(), qPrintable(joined.ok() ? QString() : testing::describeError(joined.error())));
    QCOMPARE(member(), 1);
    QTRY_COMPARE(announced.size(), 1);
    const auto areas = announced[0][0].value<QList<client::ChangeFeed::Area>>();
    QVERIFY(areas.contains(client::ChangeFeed::Area::Projects));

    const auto seen = testing::awaitClient(backend(leaveWith).projects().mine());
    QVERIFY(seen.ok());
    QCOMPARE(seen.value().member.size(), 2);
    const auto left = await(backend(leaveWith).projects().leave(502));
    QVERIFY2(left.ok(), qPrintable(left.ok() ? QString() : testing::describeError(left.error())));
    QCOMPARE(member(), 0);
}

void tst_ProjectsContract::refusalsAreTheSameThroughBoth()
{
    exec(u"UPDATE projects SET visible = TRUE WHERE id = 501"_s); // so joining it again is a repeat
    const qint64 membersBefore = scalar(u"SELECT COUNT(*) FROM project_members"_s);
    using Refusal = testing::Refusal<void>;
    expectRefusedAlike<void>({
        Refusal { "invisible project", [](auto &b) { return b.projects().join(503); },
            core::ErrorKind::Refused, "not_joinable" },
        Refusal { "training missing", [](auto &b) { return b.projects().join(504); },
            core::ErrorKind::Refused, "training_required" },
        Refusal { "already a member", [](auto &b) { return b.projects().join(501); },
            core::ErrorKind::Conflict, "already_assigned" },
        Refusal { "unknown project", [](auto &b) { return b.projects().join(999); },
            core::ErrorKind::NotFound, "not_found" },
        Refusal { "leave without membership", [](auto &b) { return b.projects().leave(502); },
            core::ErrorKind::NotFound, "not_assigned" },
    });
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members"_s), membersBefore);
}

void tst_ProjectsContract::aValidatorsProjectsAreTheSameThroughBoth()
{
    // The admin validates on 501 (seeded by init): three tasks mapped by the mapper, two
    // validated and one invalidated by admin_osm, and one validated by someone else.
    stopBackends();
    startBackends(Admin);
    seedSyncedProject(501);
    for (int task = 1; task <= 4; ++task)
        exec(u"INSERT INTO tasks (project_id, task_id, status, mapped_by, mapper_user_id, "
             "mapping_rate_cents, validation_rate_cents, updated_at) VALUES (501, %1, 'VALIDATED', "
             "'mapper_osm', '%2', 120, 40, '2026-02-01T00:00:00Z')"_s.arg(task)
                 .arg(Mapper));
    const QStringList actions { u"VALIDATED"_s, u"VALIDATED"_s, u"INVALIDATED"_s, u"VALIDATED"_s };
    for (int task = 1; task <= 4; ++task)
        exec(u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, "
             "action_at, ingested_at) VALUES (501, %1, %1, '%2', '%3', '2026-02-01T00:00:00Z', "
             "'2026-02-01T00:00:00Z')"_s.arg(task)
                 .arg(actions[task - 1], task == 4 ? u"someone_else"_s : u"ADMIN_osm"_s));
    const auto overHttp = testing::awaitClient(m_http->projects().mineAsValidator());
    const auto inProcess = testing::awaitClient(m_local->projects().mineAsValidator());
    QVERIFY2(overHttp.ok(),
        qPrintable(overHttp.ok() ? QString() : testing::describeError(overHttp.error())));
    QVERIFY2(inProcess.ok(),
        qPrintable(inProcess.ok() ? QString() : testing::describeError(inProcess.error())));
    QCOMPARE(overHttp.value().member.size(), 1);
    QCOMPARE(inProcess.value().member.size(), 1);
    const domain::MemberProject &h = overHttp.value().member[0];
    const domain::MemberProject &l = inProcess.value().member[0];
    QCOMPARE(h.project, l.project);
    QCOMPARE(h.memberRole, u"validator"_s);
    QCOMPARE(l.memberRole, h.memberRole);
    // The OSM username matches whatever its case; another validator's decision is not mine.
    QCOMPARE(h.validationsMade, 2);
    QCOMPARE(h.invalidationsMade, 1);
    QCOMPARE(l.validationsMade, h.validationsMade);
    QCOMPARE(l.invalidationsMade, h.invalidationsMade);
    QCOMPARE(l.earnings, h.earnings);

    // A mapper may not read the validator's view, through either.
    const auto mapperAsks
        = testing::awaitClient(httpBackendFor(Mapper)->projects().mineAsValidator());
    QVERIFY(!mapperAsks.ok());
    QCOMPARE(mapperAsks.error().kind, core::ErrorKind::Forbidden);
}

QTEST_GUILESS_MAIN(tst_ProjectsContract)
#include "tst_ProjectsContract.moc"
