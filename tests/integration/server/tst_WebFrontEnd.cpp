#include "tests/integration/server/ServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// What the original web front end relies on (API.md §1.9, issue 15 §1): every alias path is its
/// action under another name — the same answer, the same refusal —, the key copies it reads sit
/// beside the originals with the same content, and a training form's empty answer slots are
/// ignored while a question still needs two answers and exactly one correct.
class tst_WebFrontEnd : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopServer(); }
    void aliasesAnswerAsTheirActions_data();
    void aliasesAnswerAsTheirActions();
    void anAliasChangesWhatItsActionChanges();
    void theCopiesHoldWhatTheOriginalsHold();
    void emptyAnswerSlotsAreIgnored();
    void figuresFollowApiMdSection3();

private:
    static QByteArray errorCode(const testing::RawResponse &r)
    {
        return json(r).value(u"error"_s).toString().toUtf8();
    }
};

void tst_WebFrontEnd::init()
{
    startServer();
    seedSyncedProject(501);
}

void tst_WebFrontEnd::aliasesAnswerAsTheirActions_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QByteArray>("alias");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("body");
    const QByteArray none = "{}";
    QTest::newRow("fetch_org_users") << Admin << QByteArray("/api/user/fetch_org_users")
                                     << QByteArray("/api/user/fetch_users") << none;
    QTest::newRow("fetch_user_profile") << Mapper << QByteArray("/api/user/fetch_user_profile")
                                        << QByteArray("/api/user/fetch_user_details") << none;
    QTest::newRow("fetch_validator_stats")
        << Admin << QByteArray("/api/user/fetch_validator_stats")
        << QByteArray("/api/project/fetch_validator_dash_stats") << none;
    QTest::newRow("tasks/") << Admin << QByteArray("/api/tasks/fetch_external_validations")
                            << QByteArray("/api/task/fetch_external_validations") << none;
    QTest::newRow("checklists/") << Mapper << QByteArray("/api/checklists/fetch_user_checklists")
                                 << QByteArray("/api/checklist/fetch_user_checklists") << none;
    // Refused alike: the body is checked by the action itself.
    QTest::newRow("update_profile") << Mapper << QByteArray("/api/user/update_profile")
                                    << QByteArray("/api/user/update_user_details")
                                    << QByteArray(R"({"payment_email":"not an email"})");
    QTest::newRow("add_comment") << Mapper << QByteArray("/api/checklist/add_comment")
                                 << QByteArray("/api/checklist/add_checklist_comment") << none;
    QTest::newRow("confirm_item") << Admin << QByteArray("/api/checklist/confirm_item")
                                  << QByteArray("/api/checklist/confirm_list_item") << none;
    QTest::newRow("checklists/confirm_item")
        << Admin << QByteArray("/api/checklists/confirm_item")
        << QByteArray("/api/checklist/confirm_list_item") << none;
    QTest::newRow("update_training") << Admin << QByteArray("/api/training/update_training")
                                     << QByteArray("/api/training/modify_training") << none;
    QTest::newRow("TM4_payment_call")
        << Mapper << QByteArray("/api/project/TM4_payment_call")
        << QByteArray("/api/task/update_user_tasks") << QByteArray(R"({"unknown":)");
}

void tst_WebFrontEnd::aliasesAnswerAsTheirActions()
{
    QFETCH(QString, subject);
    QFETCH(QByteArray, alias);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, body);
    const auto viaAlias = post(subject, alias, body);
    const auto direct = post(subject, action, body);
    QVERIFY2(viaAlias.status != 404 || errorCode(viaAlias) != "unknown_action",
        viaAlias.body.constData());
    QCOMPARE(viaAlias.status, direct.status);
    if (direct.status == 200) {
        QCOMPARE(json(viaAlias), json(direct));
    } else {
        QVERIFY(!errorCode(direct).isEmpty());
        QCOMPARE(errorCode(viaAlias), errorCode(direct));
    }
}

void tst_WebFrontEnd::anAliasChangesWhatItsActionChanges()
{
    // Saving a profile from the web front end (it failed for everyone before).
    const auto saved = post(Mapper, "/api/user/update_profile", R"({"city":"Cusco"})");
    QCOMPARE(saved.status, 200);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM users WHERE id = '%1' AND city = 'Cusco'"_s.arg(Mapper)), 1);
    // Linking an OSM account is not built: a clear 501 from each of its actions, for any
    // signed-in person (never a 404).
    for (const char *path :
        { "/api/osm/start", "/api/osm/callback", "/api/osm/status", "/api/osm/unlink" }) {
        const auto osm = post(Mapper, path, "{}");
        QCOMPARE(osm.status, 501);
        QCOMPARE(errorCode(osm), QByteArray("not_implemented"));
        QVERIFY(json(osm).value(u"message"_s).toString().contains(u"OSM username"_s));
    }
    // An unknown path is still unknown.
    const auto unknown = post(Mapper, "/api/checklists/no_such_action", "{}");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(errorCode(unknown), QByteArray("unknown_action"));
}

void tst_WebFrontEnd::theCopiesHoldWhatTheOriginalsHold()
{
    createRoadsTraining();
    const QJsonObject trainings = json(post(Mapper, "/api/training/fetch_user_trainings", "{}"));
    QCOMPARE(trainings.value(u"mapping_trainings"_s).toArray().size(), 1);
    for (const auto &[copy, original] :
        { std::pair(u"mapping_trainings"_s, u"org_mapping_trainings"_s),
            std::pair(u"validation_trainings"_s, u"org_validation_trainings"_s),
            std::pair(u"project_trainings"_s, u"org_project_trainings"_s) })
        QCOMPARE(trainings.value(copy), trainings.value(original));

    const QJsonObject projects = json(post(Mapper, "/api/project/fetch_user_projects", "{}"));
    QCOMPARE(projects.value(u"user_projects"_s).toArray().size(), 1);
    QCOMPARE(projects.value(u"org_active_projects"_s), projects.value(u"user_projects"_s));

    exec(u"INSERT INTO tasks (project_id, task_id, status, mapped_by, mapper_user_id, "
         "validated_by, mapping_rate_cents, validation_rate_cents, needs_review, review_reason, "
         "updated_at) VALUES (501, 7, 'VALIDATED', 'mapper_osm', '%1', 'stranger', 120, 40, "
         "TRUE, 'outside_validator', '2026-11-01T00:00:00Z')"_s.arg(Mapper));
    const QJsonObject review = json(post(Admin, "/api/task/fetch_external_validations", "{}"));
    QCOMPARE(review.value(u"external_validations"_s).toArray().size(), 1);
    QCOMPARE(review.value(u"validations"_s), review.value(u"external_validations"_s));
}

void tst_WebFrontEnd::emptyAnswerSlotsAreIgnored()
{
    const auto training = [](const QByteArray &answers) {
        return R"({"title":"Bridges","training_url":"https://learn.example/bridges",)"
               R"("training_type":"Mapping","point_value":5,"difficulty":"Easy",)"
               R"("questions":[{"question":"Span?","answers":)"
            + answers + "}]}";
    };
    // The form's four slots, two of them left empty.
    const auto created = post(Admin, "/api/training/create_training",
        training(R"([{"answer":"Arch","correct":true},{"answer":"","correct":false},)"
                 R"({"answer":"Beam","correct":false},{"answer":"  ","correct":false}])"));
    QCOMPARE(created.status, 200);
    const qint64 id = json(created).value(u"training_id"_s).toInteger();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_answers a JOIN training_questions q ON "
                    "q.id = a.question_id WHERE q.training_id = %1"_s.arg(id)),
        2);

    // Still two answers and exactly one correct; an empty slot cannot be the correct one.
    const qint64 before = scalar(u"SELECT COUNT(*) FROM trainings"_s);
    for (const QByteArray &refused :
        { QByteArray(R"([{"answer":"Arch","correct":true},{"answer":"","correct":false}])"),
            QByteArray(R"([{"answer":"","correct":true},{"answer":"Beam","correct":false},)"
                       R"({"answer":"Truss","correct":false}])"),
            R"([{"answer":")" + QByteArray(2001, 'x')
                + R"(","correct":true},{"answer":"Beam","correct":false}])" }) {
        const auto answer = post(Admin, "/api/training/create_training", training(refused));
        QCOMPARE(answer.status, 400);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM trainings"_s), before);
}

/// API.md §3's figures on the web API's actions, against tasks in every state: "U as mapper"
/// (awaiting, validated and not in review, invalidated), contributions over the last 30 days
/// against the 30 before, a project's total_mapped and payment_due; the desktop's calendar
/// figures (UI.md §2.2) stay what they are on fetch_user_dashboard.
void tst_WebFrontEnd::figuresFollowApiMdSection3()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&now](int daysAgo) { return now.addDays(-daysAgo).toString(Qt::ISODate); };
    // task: status, in review, MAPPED event days ago
    const QList<std::tuple<int, QString, bool, int>> tasks {
        { 1, u"MAPPED"_s, false, 2 },
        { 2, u"LOCKED_FOR_VALIDATION"_s, false, 10 },
        { 3, u"VALIDATED"_s, false, 40 },
        { 4, u"VALIDATED"_s, true, 45 },
        { 5, u"INVALIDATED"_s, false, 50 },
    };
    for (const auto &[task, status, inReview, daysAgo] : tasks) {
        exec(u"INSERT INTO tasks (project_id, task_id, status, mapped_by, mapper_user_id, "
             "mapping_rate_cents, validation_rate_cents, needs_review, review_reason, "
             "updated_at) VALUES (501, %1, '%2', 'mapper_osm', '%3', 120, 40, %4, %5, '%6')"_s
                 .arg(task)
                 .arg(status, Mapper, inReview ? u"TRUE"_s : u"FALSE"_s,
                     inReview ? u"'self_validation'"_s : u"NULL"_s, at(0)));
        exec(u"INSERT INTO task_events (project_id, task_id, history_id, action, "
             "actor_username, action_at, ingested_at) VALUES (501, %1, %2, 'MAPPED', "
             "'mapper_osm', '%3', '%4')"_s.arg(task)
                 .arg(100 + task)
                 .arg(at(daysAgo), at(0)));
    }
    // A task nobody in Mikro mapped counts for no one.
    exec(u"INSERT INTO tasks (project_id, task_id, status, mapped_by, mapping_rate_cents, "
         "validation_rate_cents, updated_at) VALUES (501, 6, 'MAPPED', 'stranger', 120, 40, "
         "'%1')"_s.arg(at(0)));

    const QJsonObject mine = json(post(Mapper, "/api/project/fetch_user_dash_stats", "{}"));
    QCOMPARE(mine.value(u"mapped_tasks"_s).toInt(-1), 2); // awaiting: tasks 1 and 2
    QCOMPARE(mine.value(u"validated_tasks"_s).toInt(-1), 1); // task 3; 4 is in review
    QCOMPARE(mine.value(u"invalidated_tasks"_s).toInt(-1), 1);
    QCOMPARE(mine.value(u"total_contributions_for_month"_s).toInt(-1), 2); // 2 and 10 days
    QCOMPARE(mine.value(u"month_contribution_change"_s).toInt(), 2 - 3); // 40, 45, 50 days

    const QJsonObject details = json(post(Mapper, "/api/user/fetch_user_details", "{}"));
    QCOMPARE(details.value(u"total_tasks_mapped"_s).toInt(-1), 5);
    QCOMPARE(details.value(u"total_tasks_validated"_s).toInt(-1), 1);
    QJsonObject row;
    for (const auto &user :
        json(post(Admin, "/api/user/fetch_users", "{}")).value(u"users"_s).toArray())
        if (user[u"id"_s].toString() == Mapper)
            row = user.toObject();
    QCOMPARE(row.value(u"total_tasks_mapped"_s).toInt(-1), 5);
    QCOMPARE(row.value(u"total_tasks_validated"_s).toInt(-1), 1);
    QCOMPARE(row.value(u"total_tasks_invalidated"_s).toInt(-1), 1);

    const QJsonObject org = json(post(Admin, "/api/project/fetch_admin_dash_stats", "{}"));
    QCOMPARE(org.value(u"mapped_tasks"_s).toInt(-1), 3); // task 6 awaits too, in the org
    QCOMPARE(org.value(u"validated_tasks"_s).toInt(-1), 1);
    QCOMPARE(org.value(u"invalidated_tasks"_s).toInt(-1), 1);
    QCOMPARE(org.value(u"total_contributions_for_month"_s).toInt(-1), 2);
    QCOMPARE(org.value(u"month_contribution_change"_s).toInt(), -1);

    const QJsonArray projects = json(post(Admin, "/api/project/fetch_org_projects", "{}"))
                                    .value(u"org_active_projects"_s)
                                    .toArray();
    QCOMPARE(projects.size(), 1);
    const QJsonObject project = projects.at(0).toObject();
    QCOMPARE(project.value(u"total_mapped"_s).toInt(-1), 5); // 3 awaiting + 2 validated
    QCOMPARE(project.value(u"total_validated"_s).toInt(-1), 2);
    // The rates of the awaiting tasks Mikro people mapped: tasks 1 and 2, not the stranger's.
    QCOMPARE(project.value(u"payment_due_cents"_s).toInteger(-1), 2 * (120 + 40));
    QCOMPARE(project.value(u"payment_due"_s).toDouble(), 3.20);

    // The desktop's own figures (UI.md §2.2) are other figures under other names.
    const QJsonObject desk = json(post(Mapper, "/api/project/fetch_user_dashboard", "{}"));
    QCOMPARE(desk.value(u"tasks_mapped"_s).toInt(-1), 5);
    QCOMPARE(desk.value(u"tasks_validated"_s).toInt(-1), 2);
    QCOMPARE(desk.value(u"tasks_awaiting"_s).toInt(-1), 2);
    QCOMPARE(desk.value(u"tasks_approved"_s).toInt(-1), 1);
    QCOMPARE(desk.value(u"contributions_30_days"_s).toInt(-1), 2);
    QCOMPARE(desk.value(u"contributions_previous_30_days"_s).toInt(-1), 3);

    // The review clears: the in-review task counts as validated from then on.
    exec(u"UPDATE tasks SET needs_review = FALSE, review_reason = NULL WHERE task_id = 4"_s);
    QCOMPARE(json(post(Mapper, "/api/user/fetch_user_details", "{}"))
                 .value(u"total_tasks_validated"_s)
                 .toInt(-1),
        2);
}

QTEST_GUILESS_MAIN(tst_WebFrontEnd)
#include "tst_WebFrontEnd.moc"
