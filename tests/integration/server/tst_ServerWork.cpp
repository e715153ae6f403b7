#include "tests/integration/server/ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// The API's work actions over real HTTP, against a TM4 simulator where they need one: projects
/// (API.md §6), sync (§11.4), the review queue (§8), dashboards, training (§9, §11.2) and
/// checklists (§10); both engines.
class tst_ServerWork : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init() { startServer(); }
    void cleanup() { stopServer(); }
    void syncIsRequestedByAdminsAndReadByMembers();
    void projectsAreCreatedFromTm4AndManagedByAdmins();
    void reviewQueueIsDecidedByAdmins();
    void trainingQuizIsGradedByTheServer();
    void checklistIsConfirmedAndCreditedOnce();
};

/// The sync actions over HTTP against a TM4 simulator: an admin's request runs in the background
/// (the answer comes at once) and the status shows the finished run.
void tst_ServerWork::syncIsRequestedByAdminsAndReadByMembers()
{
    auto world = std::make_shared<devstack::Tm4World>(devstack::Tm4World::Settings {});
    world->addProject(9001, u"Roads"_s, 5);
    world->map(9001, 1, u"mapper_osm"_s);
    world->validate(9001, 1, u"admin_osm"_s);
    useTm4(world);
    seedSyncedProject(9001);
    const qint64 ledgerBefore = scalar(u"SELECT COUNT(*) FROM ledger_entries"_s);

    const auto refused = post(Mapper, "/api/task/sync_project", R"({"project_id":9001})");
    QCOMPARE(refused.status, 403);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs"_s), 0);
    const auto unknown = post(Admin, "/api/task/sync_project", R"({"project_id":9999})");
    QCOMPARE(unknown.status, 404);
    const auto missing = post(Admin, "/api/task/sync_project", R"({})");
    QCOMPARE(missing.status, 400);

    const auto requested = post(Admin, "/api/task/sync_project", R"({"project_id":9001})");
    QCOMPARE(requested.status, 200);
    QCOMPARE(json(requested).value(u"already_queued"_s).toBool(true), false);
    // API.md §11.4: {run, already_running}; a new request waits in the queue as a SyncRun.
    QCOMPARE(json(requested).value(u"already_running"_s).toBool(true), false);
    const QJsonObject queuedRun = json(requested).value(u"run"_s).toObject();
    QCOMPARE(queuedRun.value(u"state"_s).toString(), u"queued"_s);
    QCOMPARE(queuedRun.value(u"project_id"_s).toInteger(), 9001);
    QCOMPARE(queuedRun.value(u"requested_by"_s).toString(), Admin);
    QVERIFY(queuedRun.value(u"run_id"_s).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'"_s), 1, 20000);
    // Asked again within the minute: the run that just finished answers, with its progress.
    const auto again = post(Admin, "/api/task/sync_project", R"({"project_id":9001})");
    QCOMPARE(again.status, 200);
    QCOMPARE(json(again).value(u"already_running"_s).toBool(false), true);
    const QJsonObject finished = json(again).value(u"run"_s).toObject();
    QCOMPARE(finished.value(u"state"_s).toString(), u"succeeded"_s);
    QCOMPARE(finished.value(u"run_id"_s).toInteger(),
        scalar(u"SELECT id FROM sync_runs WHERE status = 'succeeded'"_s));
    QCOMPARE(finished.value(u"requested_by"_s).toString(), Admin);
    QCOMPARE(finished.value(u"tasks_total"_s).toInt(), 5); // the first sync reads every history
    QCOMPARE(finished.value(u"tasks_done"_s).toInt(), 5);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), ledgerBefore + 2);
    QCOMPARE(
        scalar(u"SELECT SUM(amount_cents) FROM ledger_entries WHERE project_id = 9001"_s), 160);

    const auto status = post(Mapper, "/api/task/fetch_sync_status", {});
    QCOMPARE(status.status, 200);
    const QJsonArray projects = json(status).value(u"projects"_s).toArray();
    QCOMPARE(projects.size(), 1); // the mapper's one project
    const QJsonObject run = projects.at(0).toObject().value(u"last_run"_s).toObject();
    QCOMPARE(run.value(u"status"_s).toString(), u"succeeded"_s);
    // The task list, the project and five histories.
    QCOMPARE(run.value(u"requests_made"_s).toInt(), 7);
    QCOMPARE(run.value(u"events_ingested"_s).toInt(), 2);
    QCOMPARE(json(status).value(u"scheduler"_s).toObject().value(u"interval_s"_s).toInt(-1), 0);
    // The filters: the project, its latest run; another run, a project the mapper cannot see.
    const QByteArray runId = QByteArray::number(run.value(u"run_id"_s).toInteger());
    QCOMPARE(json(post(Mapper, "/api/task/fetch_sync_status", R"({"project_id":9001})"))
                 .value(u"projects"_s)
                 .toArray()
                 .size(),
        1);
    QCOMPARE(json(post(Mapper, "/api/task/fetch_sync_status", R"({"run_id":)" + runId + "}"))
                 .value(u"projects"_s)
                 .toArray()
                 .size(),
        1);
    QCOMPARE(json(post(Mapper, "/api/task/fetch_sync_status", R"({"run_id":999999})"))
                 .value(u"projects"_s)
                 .toArray()
                 .size(),
        0);
    const auto unseen = post(Mapper, "/api/task/fetch_sync_status", R"({"project_id":424242})");
    QCOMPARE(unseen.status, 404);
    QCOMPARE(json(unseen).value(u"error"_s).toString(), u"not_found"_s);
    QCOMPARE(post(Mapper, "/api/task/fetch_sync_status", R"({"project_id":"x"})").status, 400);

    // A member asks for their projects; the admin for every staffed one.
    QCOMPARE(
        post(Mapper, "/api/task/sync_project", R"({"project_id":9001,"full":true})").status, 403);
    QCOMPARE(post(Mapper, "/api/task/admin_update_all_user_tasks", {}).status, 403);
    const auto ownSync = post(Mapper, "/api/task/update_user_tasks", {});
    QCOMPARE(ownSync.status, 200);
    const QJsonArray mineRuns = json(ownSync).value(u"runs"_s).toArray();
    QCOMPARE(mineRuns.size(), 1);
    QCOMPARE(mineRuns.at(0)[u"project_id"_s].toInteger(), 9001);
    // The run that finished a moment ago stands for this request (API.md §11.4: < 60 s).
    QCOMPARE(mineRuns.at(0)[u"queued"_s].toBool(true), false);
    QCOMPARE(mineRuns.at(0)[u"last_run"_s][u"status"_s].toString(), u"succeeded"_s);
    const auto all = post(Admin, "/api/task/admin_update_all_user_tasks", {});
    QCOMPARE(json(all).value(u"runs"_s).toArray().size(), 1);
    QCOMPARE(json(all).value(u"runs"_s).toArray().at(0)[u"queued"_s].toBool(true), false);
    // A minute later, the member's request syncs again (the run's end moved back in time).
    exec(u"UPDATE sync_runs SET finished_at = '2026-01-01T00:00:00Z'"_s);
    const auto later = post(Mapper, "/api/task/update_user_tasks", {});
    QCOMPARE(json(later).value(u"runs"_s).toArray().at(0)[u"queued"_s].toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'"_s), 2, 20000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), ledgerBefore + 2); // once

    // The mapper's project list carries their own figures.
    const QJsonArray memberOf = json(post(Mapper, "/api/project/fetch_user_projects", {}))
                                    .value(u"user_projects"_s)
                                    .toArray();
    QCOMPARE(memberOf.size(), 1);
    const QJsonObject mineInProject = memberOf.at(0).toObject();
    QCOMPARE(mineInProject.value(u"member_role"_s).toString(), u"editor"_s);
    QCOMPARE(mineInProject.value(u"tasks_mapped"_s).toInt(), 1);
    QCOMPARE(mineInProject.value(u"tasks_approved"_s).toInt(), 1);
    QCOMPARE(mineInProject.value(u"user_earnings_cents"_s).toInteger(), 120);

    // The validator's list: the admin validated the mapper's task in their member project.
    QCOMPARE(post(Mapper, "/api/project/fetch_validator_projects", {}).status, 403);
    const QJsonObject validatorView
        = json(post(Admin, "/api/project/fetch_validator_projects", {}));
    const QJsonArray validating = validatorView.value(u"org_active_projects"_s).toArray();
    QCOMPARE(validating.size(), 1);
    QCOMPARE(validating.at(0)[u"member_role"_s].toString(), u"validator"_s);
    QCOMPARE(validating.at(0)[u"tasks_validated"_s].toInt(), 1);
    QCOMPARE(validating.at(0)[u"tasks_invalidated"_s].toInt(-1), 0);
    QCOMPARE(validating.at(0)[u"user_earnings_cents"_s].toInteger(), 40);
    QCOMPARE(validatorView.value(u"org_inactive_projects"_s).toArray().size(), 0);

    // The dashboards see the synced work (init() seeded 15.00 mapping and 0.50 checklist).
    const QJsonObject mine = json(post(Mapper, "/api/project/fetch_user_dash_stats", {}));
    QCOMPARE(mine.value(u"mapping_payable_total_cents"_s).toInteger(), 1500 + 120);
    QCOMPARE(mine.value(u"payable_total_cents"_s).toInteger(), 1500 + 50 + 120);
    QCOMPARE(mine.value(u"validated_tasks"_s).toInt(), 1);
    QCOMPARE(mine.value(u"weekly_contributions_array"_s).toArray().size(), 8);
    const QString label = mine.value(u"weekly_contributions_labels"_s).toArray().last().toString();
    QVERIFY2(QRegularExpression(u"^\\d{4}-W\\d{2}$"_s).match(label).hasMatch(), qPrintable(label));
    QCOMPARE(post(Mapper, "/api/project/fetch_admin_dash_stats", {}).status, 403);
    exec(u"UPDATE projects SET budget_cents = 170 WHERE id = 9001"_s); // 1.60 spent ≥ 90 %
    const QJsonObject org = json(post(Admin, "/api/project/fetch_admin_dash_stats", {}));
    QCOMPARE(org.value(u"validated_tasks"_s).toInt(), 1);
    QCOMPARE(org.value(u"active_projects"_s).toInt(), 1);
    QCOMPARE(org.value(u"earned_total_cents"_s).toInteger(), 1500 + 50 + 160);
    QCOMPARE(org.value(u"budget_warnings"_s).toArray(), QJsonArray({ 9001 }));
}

/// API.md §6 over HTTP: creation reads the name and task count from TM4 (the simulator), and the
/// admin's and the person's membership actions follow the rules.
void tst_ServerWork::projectsAreCreatedFromTm4AndManagedByAdmins()
{
    auto world = std::make_shared<devstack::Tm4World>(devstack::Tm4World::Settings {});
    world->addProject(7001, u"Rivers of Mitú"_s, 12);
    useTm4(world);
    onboard(Admin);
    onboard(Mapper);
    const QByteArray form = R"({"url":"https://tasks.hotosm.org/projects/7001/",)"
                            R"("mapping_rate":"0.50","validation_rate":0.25})";
    QCOMPARE(post(Mapper, "/api/project/create_project", form).status, 403);
    const auto created = post(Admin, "/api/project/create_project", form);
    QCOMPARE(created.status, 200);
    const QJsonObject project = json(created).value(u"project"_s).toObject();
    QCOMPARE(project.value(u"id"_s).toInteger(), 7001);
    QCOMPARE(project.value(u"name"_s).toString(), u"Rivers of Mitú"_s);
    QCOMPARE(project.value(u"total_tasks"_s).toInt(), 12);
    QCOMPARE(project.value(u"status"_s).toBool(true), false); // new projects start inactive
    QCOMPARE(project.value(u"max_payment_cents"_s).toInteger(), 900); // (0.50 + 0.25) × 12
    QVERIFY(created.body.contains(R"("max_payment":9.00)"));
    QCOMPARE(json(post(Admin, "/api/project/create_project", form)).value(u"error"_s).toString(),
        u"project_exists"_s);
    const auto unknown = post(Admin, "/api/project/create_project",
        R"({"url":"https://tasks.hotosm.org/projects/7999","mapping_rate":1,"validation_rate":1})");
    QCOMPARE(unknown.status, 422);
    QCOMPARE(json(unknown).value(u"error"_s).toString(), u"tm4_project_not_found"_s);
    QCOMPARE(post(Admin, "/api/project/create_project",
                 R"({"url":"not a url","mapping_rate":1,"validation_rate":1})")
                 .status,
        400);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects"_s), 1);

    // The budget projection stores nothing; it reads TM4 for a URL, the stored count for an id.
    const QByteArray rates = R"("mapping_rate":"0.50","validation_rate":0.30})";
    const QByteArray ours = R"({"project_id":7001,)" + rates;
    const QByteArray unknownId = R"({"project_id":7999,)" + rates;
    const QByteArray ourUrl = R"({"url":"https://tasks.hotosm.org/projects/7001",)" + rates;
    const QByteArray unknownUrl = R"({"url":"https://tasks.hotosm.org/projects/7999",)" + rates;
    const QByteArray neither = "{" + rates;
    const auto byUrl = post(Admin, "/api/project/calculate_budget", ourUrl);
    QCOMPARE(byUrl.status, 200);
    QCOMPARE(json(byUrl).value(u"calculation"_s).toString(),
        u"$0.50(Mapping) + $0.30(Validation) x 12 Tasks = Projected Budget: $9.60"_s);
    QCOMPARE(json(byUrl).value(u"budget_cents"_s).toInteger(), 960);
    QCOMPARE(json(byUrl).value(u"currency"_s).toString(), u"USD"_s);
    exec(u"UPDATE orgs SET currency = 'EUR'"_s);
    const auto byId = post(Admin, "/api/project/calculate_budget", ours);
    QCOMPARE(json(byId).value(u"calculation"_s).toString(),
        u"EUR 0.50(Mapping) + EUR 0.30(Validation) x 12 Tasks = Projected Budget: EUR 9.60"_s);
    exec(u"UPDATE orgs SET currency = 'USD'"_s);
    QCOMPARE(post(Mapper, "/api/project/calculate_budget", ours).status, 403);
    QCOMPARE(post(Admin, "/api/project/calculate_budget", unknownId).status, 404);
    QCOMPARE(post(Admin, "/api/project/calculate_budget", neither).status, 400);
    const auto notInTm4 = post(Admin, "/api/project/calculate_budget", unknownUrl);
    QCOMPARE(json(notInTm4).value(u"error"_s).toString(), u"tm4_project_not_found"_s);
    QCOMPARE(scalar(u"SELECT budget_cents FROM projects WHERE id = 7001"_s), 900);

    // A bad field anywhere changes nothing, not even the valid ones before it.
    const auto refused = post(Admin, "/api/project/update_project",
        R"({"project_id":7001,"project_status":true,"mapping_rate":"0.70","difficulty":")"
            + QByteArray(51, 'x') + R"("})");
    QCOMPARE(refused.status, 400);
    QCOMPARE(json(refused).value(u"field"_s).toString(), u"difficulty"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects WHERE active OR mapping_rate_cents = 70"_s), 0);
    const auto listed0 = post(Admin, "/api/project/update_project",
        R"({"project_id":7001,"visibility":false,"difficulty":" Hard ","completed":true})");
    QCOMPARE(listed0.status, 200);
    const QJsonObject hidden = json(listed0).value(u"project"_s).toObject();
    QCOMPARE(hidden.value(u"visibility"_s).toBool(true), false);
    QCOMPARE(hidden.value(u"difficulty"_s).toString(), u"Hard"_s);
    QCOMPARE(hidden.value(u"completed"_s).toBool(), true);
    QCOMPARE(post(Mapper, "/api/project/update_project", R"({"project_id":7001,"completed":false})")
                 .status,
        403);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'update_project'"_s), 1);
    const auto updated = post(Admin, "/api/project/update_project",
        R"({"project_id":7001,"project_status":true,"mapping_rate":"0.60","visibility":true,)"
        R"("completed":false})");
    QCOMPARE(updated.status, 200);
    const QJsonObject after = json(updated).value(u"project"_s).toObject();
    QCOMPARE(after.value(u"status"_s).toBool(), true);
    QCOMPARE(after.value(u"mapping_rate_per_task_cents"_s).toInteger(), 60);
    QCOMPARE(after.value(u"max_payment_cents"_s).toInteger(), 1020); // (0.60 + 0.25) × 12

    const QJsonObject before = json(post(Mapper, "/api/project/fetch_user_projects", {}));
    QCOMPARE(before.value(u"user_projects"_s).toArray().size(), 0);
    QCOMPARE(before.value(u"available_projects"_s).toArray().size(), 1); // active and visible

    const QByteArray member = R"({"project_id":7001,"user_id":"auth0|devstack-mapper-1"})";
    QCOMPARE(post(Mapper, "/api/project/assign_user_project", member).status, 403);

    // A required training stops the assignment until it is passed or no longer required.
    exec(u"INSERT INTO trainings (id, org_id, title, training_type, created_at) VALUES "
         "(501, 'org_devstack', 'Roads 101', 'Mapping', '2026-01-01T00:00:00Z'), "
         "(502, 'org_devstack', 'Old', 'Mapping', '2026-01-01T00:00:00Z')"_s);
    exec(u"UPDATE trainings SET archived_at = '2026-02-01T00:00:00Z' WHERE id = 502"_s);
    const QByteArray require = R"({"project_id":7001,"training_ids":[501,"501"]})";
    QCOMPARE(post(Mapper, "/api/project/set_required_trainings", require).status, 403);
    const auto required = post(Admin, "/api/project/set_required_trainings", require);
    QCOMPARE(required.status, 200);
    QCOMPARE(json(required).value(u"required_trainings"_s).toArray(), QJsonArray({ 501 }));
    for (const QByteArray &bad : { QByteArray(R"({"project_id":7001,"training_ids":[501,502]})"),
             QByteArray(R"({"project_id":7001,"training_ids":[501,999]})"),
             QByteArray(R"({"project_id":7999,"training_ids":[]})") })
        QCOMPARE(post(Admin, "/api/project/set_required_trainings", bad).status, 404);
    for (const QByteArray &bad : { QByteArray(R"({"project_id":7001,"training_ids":[1.5]})"),
             QByteArray(R"({"project_id":7001,"training_ids":[true]})"),
             QByteArray(R"({"project_id":7001})") })
        QCOMPARE(post(Admin, "/api/project/set_required_trainings", bad).status, 400);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_trainings WHERE training_id = 501"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_trainings"_s), 1);
    const auto untrained = post(Admin, "/api/project/assign_user_project", member);
    QCOMPARE(json(untrained).value(u"error"_s).toString(), u"training_required"_s);
    const auto projectUsers = [&] {
        QMap<QString, QJsonObject> rows;
        const auto r = post(Admin, "/api/user/fetch_project_users", R"({"project_id":7001})");
        for (const auto &u : json(r).value(u"users"_s).toArray())
            rows.insert(u[u"id"_s].toString(), u.toObject());
        return rows;
    };
    const QMap<QString, QJsonObject> untrainedRows = projectUsers();
    QCOMPARE(untrainedRows.size(), 2);
    const QJsonObject mapperRow = untrainedRows.value(Mapper);
    QCOMPARE(mapperRow.value(u"assigned"_s).toString(), u"No"_s);
    QCOMPARE(mapperRow.value(u"missing_trainings"_s).toArray(), QJsonArray({ 501 }));
    QVERIFY(mapperRow.value(u"member_role"_s).isNull());
    QVERIFY(!mapperRow.contains(u"validated_tasks_amounts"_s));
    QCOMPARE(post(Mapper, "/api/user/fetch_project_users", R"({"project_id":7001})").status, 403);
    QCOMPARE(post(Admin, "/api/user/fetch_project_users", R"({"project_id":7999})").status, 404);
    exec(u"INSERT INTO training_completions (training_id, user_id, points_awarded, "
         "completed_at) VALUES (501, '%1', 0, '2026-01-01T00:00:00Z')"_s.arg(Admin));
    QCOMPARE(projectUsers().value(Admin).value(u"missing_trainings"_s).toArray(), QJsonArray());
    QCOMPARE(post(Admin, "/api/project/set_required_trainings",
                 R"({"project_id":7001,"training_ids":[]})")
                 .status,
        200);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_trainings"_s), 0);
    QCOMPARE(post(Admin, "/api/project/assign_user_project", member).status, 200);
    const QJsonObject assignedRow = projectUsers().value(Mapper);
    QCOMPARE(assignedRow.value(u"assigned"_s).toString(), u"Yes"_s);
    QCOMPARE(assignedRow.value(u"member_role"_s).toString(), u"editor"_s);
    QCOMPARE(assignedRow.value(u"missing_trainings"_s).toArray(), QJsonArray());
    QCOMPARE(
        json(post(Admin, "/api/project/assign_user_project", member)).value(u"error"_s).toString(),
        u"already_assigned"_s);
    // One transaction: a refused rate leaves the activation and listing given with it undone.
    const auto tooLow = post(Admin, "/api/project/update_project",
        R"({"project_id":7001,"project_status":false,"completed":true,"mapping_rate":"0.00"})");
    QCOMPARE(tooLow.status, 422);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects WHERE active AND NOT completed"_s), 1);
    const auto listed = post(Admin, "/api/project/fetch_org_projects", {});
    const QJsonArray active = json(listed).value(u"org_active_projects"_s).toArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0).toObject().value(u"total_editors"_s).toInt(), 1);
    QCOMPARE(json(listed).value(u"org_inactive_projects"_s).toArray().size(), 0);

    QCOMPARE(post(Mapper, "/api/project/user_leave_project", R"({"project_id":7001})").status, 200);
    QCOMPARE(post(Mapper, "/api/project/user_join_project", R"({"project_id":7001})").status, 200);
    QCOMPARE(post(Admin, "/api/project/unassign_user_project", member).status, 200);
    QCOMPARE(post(Admin, "/api/project/unassign_user_project", member).status, 404);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'unassign_user_project'"_s), 1);
    // The web front end's toggle: assigns a non-member, unassigns a member.
    QCOMPARE(post(Mapper, "/api/user/assign_user", member).status, 403);
    const auto on = post(Admin, "/api/user/assign_user", member);
    QCOMPARE(on.status, 200);
    QCOMPARE(json(on).value(u"assigned"_s).toBool(), true);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members"_s), 1);
    const auto off = post(Admin, "/api/user/assign_user", member);
    QCOMPARE(json(off).value(u"assigned"_s).toBool(true), false);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members"_s), 0);
    QCOMPARE(post(Admin, "/api/user/unassign_user", member).status, 404);
    QCOMPARE(post(Admin, "/api/user/assign_user",
                 R"({"project_id":7999,"user_id":"auth0|devstack-mapper-1"})")
                 .status,
        404);

    QCOMPARE(post(Admin, "/api/project/delete_project", R"({"project_id":7001})").status, 200);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects"_s), 0);
}

/// API.md §8's review queue: a validation by someone outside Mikro and a self-validation wait
/// for an admin, who validates or invalidates each once.
void tst_ServerWork::reviewQueueIsDecidedByAdmins()
{
    auto world = std::make_shared<devstack::Tm4World>(devstack::Tm4World::Settings {});
    world->addProject(9101, u"Review"_s, 3);
    world->map(9101, 1, u"mapper_osm"_s);
    world->validate(9101, 1, u"a_stranger"_s);
    world->map(9101, 2, u"mapper_osm"_s);
    world->validate(9101, 2, u"Mapper_OSM"_s);
    useTm4(world);
    seedSyncedProject(9101);
    syncAsAdmin(9101);
    const qint64 ledgerBefore = scalar(u"SELECT COUNT(*) FROM ledger_entries"_s);

    QCOMPARE(post(Mapper, "/api/task/fetch_external_validations", {}).status, 403);
    const auto queue = post(Admin, "/api/task/fetch_external_validations", {});
    QCOMPARE(queue.status, 200);
    const QJsonArray rows = json(queue).value(u"external_validations"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QStringList reasons;
    for (const auto &row : rows)
        reasons << row.toObject().value(u"review_reason"_s).toString();
    reasons.sort();
    // API.md's words; the stored `outside_validator` never travels.
    QCOMPARE(reasons, QStringList({ u"external_validator"_s, u"self_validation"_s }));
    for (const auto &row : rows) {
        const QJsonObject r = row.toObject();
        QCOMPARE(r.value(u"validation_rate"_s).toDouble(), 0.40);
        QCOMPARE(r.value(u"mapped"_s).toBool(), true);
        QCOMPARE(r.value(u"validated"_s).toBool(), true);
        QCOMPARE(r.value(u"invalidated"_s).toBool(), false);
        QCOMPARE(r.value(u"unknown_validator"_s).toBool(),
            r.value(u"review_reason"_s).toString() == "external_validator"_L1);
    }

    const QByteArray validate = R"({"task_id":"9101:1","task_action":"Validate"})";
    QCOMPARE(post(Mapper, "/api/task/update_task", validate).status, 403);
    const auto decided = post(Admin, "/api/task/update_task", validate);
    QCOMPARE(decided.status, 200);
    QCOMPARE(json(decided).value(u"mapper_credited_cents"_s).toInteger(), 120);
    QCOMPARE(json(post(Admin, "/api/task/update_task", validate)).value(u"error"_s).toString(),
        u"already_resolved"_s);
    QCOMPARE(
        post(Admin, "/api/task/update_task", R"({"task_id":2,"task_action":"jump"})").status, 400);
    const auto rejected
        = post(Admin, "/api/task/update_task", R"({"task_id":2,"task_action":"invalidate"})");
    QCOMPARE(rejected.status, 200);
    QCOMPARE(json(rejected).value(u"mapper_credited_cents"_s).toInteger(), 0);
    // One mapping credit, nothing for the stranger or the self-validation.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), ledgerBefore + 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tasks WHERE needs_review"_s), 0);
}

/// API.md §9 and §11.2: an admin writes a training in either question format; a person sees the
/// quiz without the correct answers and the server grades it, awarding the points once.
void tst_ServerWork::trainingQuizIsGradedByTheServer()
{
    onboard(Mapper);
    onboard(Admin);
    const QByteArray training
        = R"({"title":"Roads 101","training_url":"https://learn.example/roads",)"
          R"("training_type":"mapping","point_value":15,"difficulty":"Easy",)"
          R"("pass_percent":100,"questions":[)"
          R"({"question":"Paved?","correct":"Yes","incorrect":["No",{"answer":"Maybe"}]},)"
          R"({"question":"Tag?","answers":[{"answer":"highway","correct":true},)"
          R"({"answer":"road","correct":false}]}]})";
    QCOMPARE(post(Mapper, "/api/training/create_training", training).status, 403);
    QCOMPARE(post(Admin, "/api/training/create_training",
                 QByteArray(training).replace("\"mapping\"", "\"cooking\""))
                 .status,
        400);
    const auto created = post(Admin, "/api/training/create_training", training);
    QCOMPARE(created.status, 200);
    const qint64 id = json(created).value(u"training_id"_s).toInteger();

    // The lists: the admin's with the answer key, the person's never.
    QCOMPARE(post(Mapper, "/api/training/fetch_org_trainings", {}).status, 403);
    const auto orgList = post(Admin, "/api/training/fetch_org_trainings", {});
    const QJsonObject adminView
        = json(orgList).value(u"org_mapping_trainings"_s).toArray().at(0).toObject();
    QCOMPARE(adminView.value(u"id"_s).toInteger(), id);
    QCOMPARE(adminView.value(u"completed_count"_s).toInt(-1), 0);
    QStringList key;
    for (const auto &q : adminView.value(u"questions"_s).toArray())
        key << q[u"correct"_s].toString();
    key.sort();
    QCOMPARE(key, QStringList({ u"Yes"_s, u"highway"_s }));
    const auto personList = post(Mapper, "/api/training/fetch_user_trainings", {});
    QCOMPARE(personList.status, 200);
    QVERIFY2(!personList.body.contains("correct"), personList.body.constData());
    const QJsonObject personView
        = json(personList).value(u"org_mapping_trainings"_s).toArray().at(0).toObject();
    QCOMPARE(personView.value(u"question_count"_s).toInt(), 2);
    QCOMPARE(personView.value(u"completed"_s).toBool(true), false);
    QVERIFY(personView.value(u"best_score"_s).isNull());
    QCOMPARE(json(personList).value(u"user_completed_trainings"_s).toArray().size(), 0);

    const QByteArray which = "{\"training_id\":" + QByteArray::number(id) + "}";
    const auto quiz = post(Mapper, "/api/training/fetch_training_quiz", which);
    QCOMPARE(quiz.status, 200);
    QVERIFY2(!quiz.body.contains("correct"), quiz.body.constData()); // never the answer key
    const QJsonArray questions = json(quiz).value(u"questions"_s).toArray();
    QCOMPARE(questions.size(), 2);
    QJsonArray wrong;
    QJsonArray right;
    for (const auto &q : questions) {
        const qint64 question = q.toObject().value(u"question_id"_s).toInteger();
        const qint64 correct
            = scalar(u"SELECT id FROM training_answers WHERE question_id = %1 AND is_correct"_s.arg(
                question));
        const qint64 incorrect = scalar(
            u"SELECT MIN(id) FROM training_answers WHERE question_id = %1 AND NOT is_correct"_s.arg(
                question));
        right.append(QJsonObject { { u"question_id"_s, question }, { u"answer_id"_s, correct } });
        wrong.append(QJsonObject { { u"question_id"_s, question }, { u"answer_id"_s, incorrect } });
    }
    const auto submit = [&](const QJsonArray &answers) {
        return post(Mapper, "/api/training/submit_quiz",
            QJsonDocument(QJsonObject { { u"training_id"_s, id }, { u"answers"_s, answers } })
                .toJson(QJsonDocument::Compact));
    };
    const auto failed = submit(wrong);
    QCOMPARE(failed.status, 200);
    QCOMPARE(json(failed).value(u"passed"_s).toBool(true), false);
    QCOMPARE(json(failed).value(u"score"_s).toInt(), 0);
    QCOMPARE(submit(QJsonArray { right.at(0) }).status, 400); // every question must be answered
    const auto passed = submit(right);
    QCOMPARE(json(passed).value(u"passed"_s).toBool(), true);
    QCOMPARE(json(passed).value(u"points_awarded"_s).toInt(), 15);
    QCOMPARE(json(submit(right)).value(u"points_awarded"_s).toInt(-1), 0); // once
    QCOMPARE(scalar(u"SELECT mapper_points FROM users WHERE id = '%1'"_s.arg(Mapper)), 15);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts"_s), 3); // the incomplete one is not

    const QJsonObject afterPass = json(post(Mapper, "/api/training/fetch_user_trainings", {}));
    QCOMPARE(afterPass.value(u"org_mapping_trainings"_s).toArray().size(), 0);
    const QJsonObject done
        = afterPass.value(u"user_completed_trainings"_s).toArray().at(0).toObject();
    QCOMPARE(done.value(u"completed"_s).toBool(), true);
    QCOMPARE(done.value(u"best_score"_s).toInt(), 100);
    QCOMPARE(done.value(u"attempts"_s).toInt(), 3);
    QCOMPARE(done.value(u"points_awarded"_s).toInt(), 15);
    QCOMPARE(json(post(Admin, "/api/training/fetch_org_trainings", {}))
                 .value(u"org_mapping_trainings"_s)
                 .toArray()
                 .at(0)[u"completed_count"_s]
                 .toInt(),
        1);

    // complete_training: after the pass it awards nothing more; without a pass it is refused.
    const auto completed = post(Mapper, "/api/training/complete_training", which);
    QCOMPARE(completed.status, 200);
    QCOMPARE(json(completed).value(u"points_awarded"_s).toInt(-1), 0);
    QCOMPARE(json(completed).value(u"message"_s).toString(), u"Training already completed"_s);
    QCOMPARE(json(completed).value(u"earned_points"_s).toInt(), 15);
    QCOMPARE(json(completed).value(u"training_type"_s).toString(), u"Mapping"_s);
    const auto notPassed = post(Admin, "/api/training/complete_training", which);
    QCOMPARE(notPassed.status, 422);
    QCOMPARE(json(notPassed).value(u"error"_s).toString(), u"quiz_not_passed"_s);
    // modify_training: partial, checked as a whole; new questions replace the old ones, past
    // attempts, completions and points stay.
    const QByteArray idField = "\"training_id\":" + QByteArray::number(id);
    QCOMPARE(
        post(Mapper, "/api/training/modify_training", "{" + idField + R"(,"title":"X"})").status,
        403);
    QCOMPARE(post(Admin, "/api/training/modify_training", "{" + idField + R"(,"pass_percent":101})")
                 .status,
        400);
    QCOMPARE(post(Admin, "/api/training/modify_training",
                 "{" + idField + R"(,"questions":[{"question":"Q","correct":"A"}]})")
                 .status,
        400); // a question needs a wrong answer too
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM trainings WHERE pass_percent = 100"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_questions"_s), 2);
    QCOMPARE(post(Admin, "/api/training/modify_training",
                 "{" + idField + R"(,"title":"Roads 102","point_value":20})")
                 .status,
        200);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM trainings WHERE title = 'Roads 102' "
                    "AND point_value = 20 AND pass_percent = 100"_s),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_questions"_s), 2);
    const auto replaced = post(Admin, "/api/training/modify_training",
        "{" + idField + R"(,"questions":[{"question":"Lanes?","correct":"2","incorrect":["3"]}]})");
    QCOMPARE(replaced.status, 200);
    QCOMPARE(json(post(Mapper, "/api/training/fetch_training_quiz", which))
                 .value(u"questions"_s)
                 .toArray()
                 .size(),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts"_s), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_completions"_s), 1);
    QCOMPARE(
        post(Admin, "/api/training/modify_training", R"({"training_id":999,"title":"X"})").status,
        404);

    // delete_training archives: hidden from lists and quizzes, dropped from requirements,
    // completions and points stay.
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
         "active, created_at) VALUES (61, 'org_devstack', 'P', 'https://t.example/projects/61', "
         "1, 1, TRUE, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO project_trainings (project_id, training_id) VALUES (61, %1)"_s.arg(id));
    QCOMPARE(post(Mapper, "/api/training/delete_training", which).status, 403);
    QCOMPARE(post(Admin, "/api/training/delete_training", which).status, 200);
    QCOMPARE(post(Admin, "/api/training/delete_training", which).status, 404);
    QCOMPARE(post(Mapper, "/api/training/fetch_training_quiz", which).status, 404);
    QCOMPARE(json(post(Admin, "/api/training/fetch_org_trainings", {}))
                 .value(u"org_mapping_trainings"_s)
                 .toArray()
                 .size(),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_trainings"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_completions"_s), 1);
    QCOMPARE(scalar(u"SELECT mapper_points FROM users WHERE id = '%1'"_s.arg(Mapper)), 15);
}

/// API.md §10's main path: an admin writes a checklist, a person starts and completes it, an admin
/// confirms it item by item; the owner and the confirmer are credited once.
void tst_ServerWork::checklistIsConfirmedAndCreditedOnce()
{
    onboard(Mapper);
    onboard(Admin);
    const QByteArray form = R"({"checklistName":"Village survey","completionRate":"2.00",)"
                            R"("validationRate":0.5,"listItems":[{"number":2,"action":"Upload"},)"
                            R"({"number":1,"action":"Walk the streets"}]})";
    QCOMPARE(post(Mapper, "/api/checklist/create_checklist", form).status, 403);
    const QByteArray tooLong = R"({"checklistName":"Long","completionRate":1,"validationRate":1,)"
                               R"("listItems":[{"number":1,"action":")"
        + QByteArray(1001, 'a') + R"("}]})";
    QCOMPARE(post(Admin, "/api/checklist/create_checklist", tooLong).status, 400);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklists"_s), 0);
    const auto created = post(Admin, "/api/checklist/create_checklist", form);
    QCOMPARE(created.status, 200);
    const qint64 checklist = json(created).value(u"checklist_id"_s).toInteger();
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        "{\"checklist_id\":" + QByteArray::number(checklist) + "}");
    QCOMPARE(started.status, 200);
    const QByteArray instance
        = QByteArray::number(json(started).value(u"user_checklist_id"_s).toInteger());
    const auto item = [&](int number) {
        return "{\"checklist_id\":" + instance + ",\"item_number\":" + QByteArray::number(number)
            + "}";
    };
    const auto ready = [&] {
        return json(post(Admin, "/api/project/fetch_validator_dash_stats", {}))
            .value(u"ready_for_confirmation"_s)
            .toInt(-1);
    };
    QCOMPARE(ready(), 0);
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item", item(1)).status, 200);
    QCOMPARE(ready(), 1); // the mapper's checklist waits for a validator
    QCOMPARE(post(Mapper, "/api/project/fetch_validator_dash_stats", {}).status, 403);
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item", item(2)).status, 422); // not completed
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item", item(2)).status, 200);
    QCOMPARE(post(Mapper, "/api/checklist/confirm_list_item", item(1)).status, 403);
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item", item(1)).status, 200);
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item", item(2)).status, 200);
    QCOMPARE(ready(), 0);
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item", item(2)).status, 409);
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item", item(0)).status, 400);
    // init() seeded 0.50 of checklist earnings; the confirmation adds 2.00, once.
    QCOMPARE(scalar(u"SELECT SUM(amount_cents) FROM ledger_entries WHERE kind = 'checklist'"_s),
        50 + 200);
    QCOMPARE(scalar(u"SELECT amount_cents FROM ledger_entries WHERE kind = "
                    "'checklist_validation'"_s),
        50);

    const auto comment = post(Mapper, "/api/checklist/add_checklist_comment",
        "{\"checklist_id\":" + instance + ",\"comment\":\"Done, see photos\"}");
    QCOMPARE(comment.status, 200);
    const QByteArray commentId
        = QByteArray::number(json(comment).value(u"comment_id"_s).toInteger());
    QCOMPARE(
        post(Admin, "/api/checklist/delete_checklist_comment", "{\"comment_id\":" + commentId + "}")
            .status,
        200);
    const QJsonObject mine = json(post(Mapper, "/api/checklist/fetch_user_checklists", {}));
    QCOMPARE(mine.value(u"user_confirmed_checklists"_s).toArray().size(), 1);
    QCOMPARE(mine.value(u"user_started_checklists"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(tst_ServerWork)
#include "tst_ServerWork.moc"
