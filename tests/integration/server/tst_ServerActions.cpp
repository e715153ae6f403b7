#include "app/devstack/sim/Tm4Simulator.h"
#include "app/server/ServerComposition.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"
#include "services/store/Database.h"
#include "tests/support/LocalIdentityProvider.h"
#include "tests/support/RawHttpClient.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {
const QString Admin = u"auth0|devstack-admin"_s;
const QString Mapper = u"auth0|devstack-mapper-1"_s;
} // namespace

/// The API actions over real HTTP (API.md §5 people, §7 money, §1.4–1.5), with tokens from
/// the devstack's identity provider; both engines.
class tst_ServerActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void onboardingComesFirst();
    void payableRequestPayFlowWithExactMoney();
    void badBodiesAreRefusedAndChangeNothing_data();
    void badBodiesAreRefusedAndChangeNothing();
    void adjustmentsReplayWithTheSameIdempotencyKey();
    void paymentsCannotBeDeleted();
    void peopleAreManagedByTheirAdmins();
    void syncIsRequestedByAdminsAndReadByMembers();
    void projectsAreCreatedFromTm4AndManagedByAdmins();
    void reviewQueueIsDecidedByAdmins();
    void payoutBatchRoundTripPaysOnce();
    void trainingQuizIsGradedByTheServer();
    void checklistIsConfirmedAndCreditedOnce();

private:
    /// Restarts the server with TM4 = a simulator serving `world`, and nothing scheduled.
    void useTm4(std::shared_ptr<devstack::Tm4World> world);
    /// Both people onboarded as mapper_osm / admin_osm, and an active project at 1.20 / 0.40
    /// with the mapper as editor and the admin as validator.
    void seedSyncedProject(qint64 id);
    /// Requests a sync of `id` as the admin and waits for its run to succeed.
    void syncAsAdmin(qint64 id);
    testing::RawResponse post(const QString &subject, const QByteArray &path,
        const QByteArray &body, const QByteArray &extra = {});
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);
    void onboard(const QString &subject);

    core::SystemClock m_clock;
    std::unique_ptr<testing::LocalIdentityProvider> m_idp;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<server::ServerComposition> m_server;
    quint16 m_port = 0;
    std::unique_ptr<devstack::Tm4Simulator> m_tm4;
    http::Router m_tm4Router;
    std::unique_ptr<http::HttpServer> m_tm4Server;
};

void tst_ServerActions::initTestCase()
{
    m_idp = std::make_unique<testing::LocalIdentityProvider>(m_clock);
    QVERIFY(m_idp->start());
}

void tst_ServerActions::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_server = std::make_unique<server::ServerComposition>(m_idp->serverConfig(m_temp->config()));
    QVERIFY(m_server->prepareStore().ok());
    const auto port = m_server->start();
    QVERIFY(port.ok());
    m_port = port.value();
    // Both people exist (first sign-in); the mapper has earned 15.50.
    QCOMPARE(post(Admin, "/api/login", {}).status, 200);
    QCOMPARE(post(Mapper, "/api/login", {}).status, 200);
    exec(
        u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, created_at) "
        u"VALUES "
        "('org_devstack', 'auth0|devstack-mapper-1', 'mapping', 1500, 'k1', "
        "'2026-01-01T00:00:00Z'), "
        "('org_devstack', 'auth0|devstack-mapper-1', 'checklist', 50, 'k2', '2026-01-01T00:00:00Z')"_s);
}

void tst_ServerActions::cleanup()
{
    m_server.reset();
    m_tm4Server.reset();
    m_tm4Router = http::Router();
    m_tm4.reset();
    m_temp.reset();
}

testing::RawResponse tst_ServerActions::post(
    const QString &subject, const QByteArray &path, const QByteArray &body, const QByteArray &extra)
{
    const QByteArray request = "POST " + path
        + " HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n" + "Authorization: Bearer "
        + m_idp->provider().mintAccessToken(subject) + "\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return testing::fetchOnce(m_port, request).value_or(testing::RawResponse {});
}

void tst_ServerActions::exec(const QString &sql)
{
    store::Database db(m_temp->config(), 1);
    testing::execSql(db, sql);
}

qint64 tst_ServerActions::scalar(const QString &sql)
{
    store::Database db(m_temp->config(), 1);
    return testing::scalarSql(db, sql);
}

void tst_ServerActions::onboard(const QString &subject)
{
    exec(u"UPDATE users SET osm_username = '%1', payment_email = '%1@pay.example', city = 'Lima', "
         u"country = 'PE', "
         "terms_accepted_at = '2026-01-01T00:00:00Z' WHERE id = '%2'"_s.arg(
             subject.section(u'-', -2).replace(u'|', u'_'), subject));
}

static QJsonObject json(const testing::RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

void tst_ServerActions::onboardingComesFirst()
{
    const auto refused = post(Mapper, "/api/transaction/submit_payment_request", "{}");
    QCOMPARE(refused.status, 403);
    QCOMPARE(json(refused).value(u"error"_s).toString(), u"onboarding_required"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests"_s), 0);

    // Onboarding without agreeing to the terms is refused and changes nothing.
    const QByteArray form = R"({"osm_username":"mapper_one","payment_email":"m1@pay.example",)"
                            R"("city":"Lima","country":"PE")";
    const auto noTerms = post(Mapper, "/api/user/first_login_update", form + "}");
    QCOMPARE(noTerms.status, 422);
    QCOMPARE(json(noTerms).value(u"error"_s).toString(), u"terms_required"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE osm_username IS NOT NULL"_s), 0);

    // The API.md synonym `terms_accepted` counts when `terms_agreement` is absent.
    const auto done = post(Mapper, "/user/first_login_update", form + R"(,"terms_accepted":true})");
    QCOMPARE(done.status, 200);
    QCOMPARE(json(done).value(u"needs_onboarding"_s).toBool(true), false);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE osm_username = 'mapper_one' "
                    u"AND terms_accepted_at IS NOT NULL"_s),
        1);
    const auto now = post(Mapper, "/api/transaction/fetch_user_payable", {});
    QCOMPARE(now.status, 200);
}

void tst_ServerActions::payableRequestPayFlowWithExactMoney()
{
    onboard(Mapper);
    onboard(Admin);
    const auto payable = post(Mapper, "/api/transaction/fetch_user_payable", {});
    QCOMPARE(payable.status, 200);
    QVERIFY2(payable.body.contains("\"payable_total\":15.50,\"payable_total_cents\":1550"),
        payable.body.constData());
    QVERIFY(payable.body.contains("\"checklist_earnings\":0.50"));
    QCOMPARE(json(payable).value(u"can_request"_s).toBool(), true);

    const auto submitted
        = post(Mapper, "/transaction/submit_payment_request", R"({"notes": "June"})");
    QCOMPARE(submitted.status, 200);
    QVERIFY(submitted.body.contains("\"amount_requested\":15.50"));
    const qint64 requestId = json(submitted).value(u"request_id"_s).toInteger();
    QCOMPARE(post(Mapper, "/api/transaction/submit_payment_request", "{}").status, 409);

    QCOMPARE(
        post(Mapper, "/api/transaction/process_payment_request",
            R"({"request_id": )" + QByteArray::number(requestId) + R"(, "payoneer_id": "PX-1"})")
            .status,
        403);
    // The id as a string of digits, the amount as a JSON number with one decimal: 15.5 is 1550
    // cents.
    const auto paid = post(Admin, "/api/transaction/process_payment_request",
        R"({"request_id": ")" + QByteArray::number(requestId)
            + R"(", "payoneer_id": "PX-1", "request_amount": 15.5})");
    QCOMPARE(paid.status, 200);
    QVERIFY2(paid.body.contains("\"amount_paid\":15.50,\"amount_paid_cents\":1550"),
        paid.body.constData());
    const auto again = post(Admin, "/api/transaction/process_payment_request",
        R"({"request_id": )" + QByteArray::number(requestId) + R"(, "payoneer_id": "PX-2"})");
    QCOMPARE(again.status, 409);
    QCOMPARE(json(again).value(u"error"_s).toString(), u"already_decided"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'payout' AND amount_cents = -1550"_s),
        1);
}

void tst_ServerActions::badBodiesAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{oops") << 400 << u"invalid_json"_s << QString();
    QTest::newRow("an array") << QByteArray("[1,2]") << 400 << u"invalid_json"_s << QString();
    QTest::newRow("request id missing")
        << QByteArray(R"({"payoneer_id": "P"})") << 400 << u"missing_field"_s << u"request_id"_s;
    QTest::newRow("request id not a number")
        << QByteArray(R"({"request_id": "12a", "payoneer_id": "P"})") << 400 << u"invalid_field"_s
        << u"request_id"_s;
    QTest::newRow("three decimals")
        << QByteArray(R"({"request_id": 1, "payoneer_id": "P", "request_amount": 12.345})") << 400
        << u"invalid_amount"_s << u"request_amount"_s;
    QTest::newRow("an exponent") << QByteArray(
        R"({"request_id": 1, "payoneer_id": "P", "request_amount": 1e3})")
                                 << 400 << u"invalid_amount"_s << u"request_amount"_s;
    QTest::newRow("no transfer reference")
        << QByteArray(R"({"request_id": 1, "payoneer_id": "  "})") << 400 << u"missing_field"_s
        << u"payoneer_id"_s;
    QTest::newRow("SQL in the reference is only text")
        << QByteArray(R"({"request_id": 1, "payoneer_id": "x'); DROP TABLE payments;--"})") << 404
        << u"not_found"_s << QString();
}

void tst_ServerActions::badBodiesAreRefusedAndChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    onboard(Admin);
    const auto r = post(Admin, "/api/transaction/process_payment_request", body);
    QCOMPARE(r.status, status);
    QCOMPARE(json(r).value(u"error"_s).toString(), code);
    if (!field.isEmpty())
        QCOMPARE(json(r).value(u"field"_s).toString(), field);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
}

void tst_ServerActions::adjustmentsReplayWithTheSameIdempotencyKey()
{
    onboard(Admin);
    const QByteArray body
        = R"({"user_id": "auth0|devstack-mapper-1", "transaction_type": "adjustment", "amount": "-2.25", "notes": "Overpaid"})";
    const QByteArray key = "Idempotency-Key: 8d0c1f4e-2b9a-4c6e-9f1d-3a5b7c9d0e12\r\n";
    const auto first = post(Admin, "/api/transaction/create_transaction", body, key);
    QCOMPARE(first.status, 200);
    const auto replay = post(Admin, "/api/transaction/create_transaction", body, key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(json(replay).value(u"entry_id"_s).toInteger(),
        json(first).value(u"entry_id"_s).toInteger());
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjustment' AND amount_cents = -225"_s),
        1);
}

void tst_ServerActions::paymentsCannotBeDeleted()
{
    onboard(Admin);
    const auto r = post(Admin, "/api/transaction/delete_transaction",
        R"({"transaction_id": 1, "transaction_type": "payment"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(json(r).value(u"error"_s).toString(), u"payment_immutable"_s);
}

void tst_ServerActions::peopleAreManagedByTheirAdmins()
{
    onboard(Admin);
    onboard(Mapper);
    const QByteArray mapper = R"({"user_id": "auth0|devstack-mapper-1")";
    const auto role = post(Mapper, "/user/fetch_user_role", {});
    QCOMPARE(role.status, 200);
    QCOMPARE(json(role).value(u"role"_s).toString(), u"user"_s);

    const auto notAdmin = post(Mapper, "/api/user/modify_users", mapper + R"(, "role": "admin"})");
    QCOMPARE(notAdmin.status, 403);
    const auto badRole
        = post(Admin, "/api/user/modify_users", mapper + R"(, "role": "superuser"})");
    QCOMPARE(badRole.status, 400);
    QCOMPARE(json(badRole).value(u"field"_s).toString(), u"role"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE role = 'user'"_s), 1);

    const auto promoted
        = post(Admin, "/api/user/modify_users", mapper + R"(, "role": "validator"})");
    QCOMPARE(promoted.status, 200);
    QCOMPARE(json(promoted).value(u"role"_s).toString(), u"validator"_s);
    QVERIFY(json(promoted).value(u"auth0_synced"_s).isNull());
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         u"validation_rate_cents, created_at) VALUES (9, 'org_devstack', 'P9', "
         u"'https://t.example/projects/9', 150, 50, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         u"(9, 'auth0|devstack-mapper-1', 'validator', '2026-01-01T00:00:00Z')"_s);
    const auto demoted = post(Admin, "/api/user/modify_users", mapper + R"(, "role": "user"})");
    QCOMPARE(demoted.status, 200);
    QVERIFY2(demoted.body.contains(
                 R"("ended_memberships":[{"member_role":"validator","project_id":9}])"),
        demoted.body.constData());

    QCOMPARE(post(Admin, "/api/user/remove_users", mapper + "}").status, 200);
    const auto again = post(Admin, "/api/user/remove_users", mapper + "}");
    QCOMPARE(again.status, 409);
    QCOMPARE(json(again).value(u"error"_s).toString(), u"already_deactivated"_s);
    QCOMPARE(post(Mapper, "/api/login", {}).status, 403);
    const auto back = post(Admin, "/api/user/modify_users", mapper + R"(, "active": true})");
    QCOMPARE(back.status, 200);
    QCOMPARE(post(Mapper, "/api/login", {}).status, 200);

    const auto self
        = post(Admin, "/api/user/remove_users", R"({"user_id": "auth0|devstack-admin"})");
    QCOMPARE(self.status, 422);
    QCOMPARE(json(self).value(u"error"_s).toString(), u"cannot_remove_self"_s);

    // Withdrawn actions say so, with API.md's statuses, and change nothing.
    const qint64 users = scalar(u"SELECT COUNT(*) FROM users"_s);
    const auto invite = post(Admin, "/api/user/invite_user", R"({"email": "x@example.org"})");
    QCOMPARE(invite.status, 501);
    QCOMPARE(json(invite).value(u"error"_s).toString(), u"not_implemented"_s);
    QCOMPARE(post(Admin, "/user/import_users", {}).status, 501);
    const auto reset = post(Mapper, "/api/user/reset_test_user_stats", {});
    QCOMPARE(reset.status, 410);
    QCOMPARE(json(reset).value(u"error"_s).toString(), u"gone"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users"_s), users);
}

QTEST_GUILESS_MAIN(tst_ServerActions)
void tst_ServerActions::useTm4(std::shared_ptr<devstack::Tm4World> world)
{
    m_tm4 = std::make_unique<devstack::Tm4Simulator>(std::move(world));
    m_tm4->addRoutes(m_tm4Router);
    m_tm4Server = std::make_unique<http::HttpServer>(m_tm4Router, http::HttpLimits {});
    const auto tm4Port = m_tm4Server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(tm4Port.ok());
    m_server.reset();
    server::ServerConfig config = m_idp->serverConfig(m_temp->config());
    config.tm4.apiUrl = QUrl(u"http://127.0.0.1:%1/api/v2"_s.arg(tm4Port.value()));
    config.syncInterval = std::chrono::minutes(0);
    m_server = std::make_unique<server::ServerComposition>(config);
    const auto port = m_server->start();
    QVERIFY(port.ok());
    m_port = port.value();
}

void tst_ServerActions::seedSyncedProject(qint64 id)
{
    onboard(Admin);
    onboard(Mapper);
    exec(u"UPDATE users SET osm_username = 'mapper_osm' WHERE id = '%1'"_s.arg(Mapper));
    exec(u"UPDATE users SET osm_username = 'admin_osm' WHERE id = '%1'"_s.arg(Admin));
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (%1, 'org_devstack', 'Roads', "
         "'https://tasks.example/projects/%1', 120, 40, TRUE, '2026-01-01T00:00:00Z')"_s.arg(id));
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(%3, '%1', 'editor', '2026-01-01T00:00:00Z'), (%3, '%2', 'validator', "
         "'2026-01-01T00:00:00Z')"_s.arg(Mapper, Admin)
             .arg(id));
}

void tst_ServerActions::syncAsAdmin(qint64 id)
{
    const qint64 before = scalar(u"SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'"_s);
    QCOMPARE(
        post(Admin, "/api/task/sync_project", u"{\"project_id\":%1}"_s.arg(id).toUtf8()).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'"_s), before + 1, 20000);
}

/// The sync actions over HTTP against a TM4 simulator: an admin's request runs in the background
/// (the answer comes at once) and the status shows the finished run.
void tst_ServerActions::syncIsRequestedByAdminsAndReadByMembers()
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
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'"_s), 1, 20000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), ledgerBefore + 2);
    QCOMPARE(
        scalar(u"SELECT SUM(amount_cents) FROM ledger_entries WHERE project_id = 9001"_s), 160);

    const auto status = post(Mapper, "/api/task/fetch_sync_status", {});
    QCOMPARE(status.status, 200);
    const QJsonArray projects = json(status).value(u"projects"_s).toArray();
    QCOMPARE(projects.size(), 1); // the mapper's one project
    const QJsonObject run = projects.at(0).toObject().value(u"last_run"_s).toObject();
    QCOMPARE(run.value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(run.value(u"requests_made"_s).toInt(), 6); // the task list and five histories
    QCOMPARE(run.value(u"events_ingested"_s).toInt(), 2);
    QCOMPARE(json(status).value(u"scheduler"_s).toObject().value(u"interval_s"_s).toInt(-1), 0);

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
void tst_ServerActions::projectsAreCreatedFromTm4AndManagedByAdmins()
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

    const auto refused = post(Admin, "/api/project/update_project",
        R"({"project_id":7001,"project_status":true,"visibility":false})");
    QCOMPARE(refused.status, 501);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects WHERE active"_s), 0);
    const auto updated = post(Admin, "/api/project/update_project",
        R"({"project_id":7001,"project_status":true,"mapping_rate":"0.60"})");
    QCOMPARE(updated.status, 200);
    const QJsonObject after = json(updated).value(u"project"_s).toObject();
    QCOMPARE(after.value(u"status"_s).toBool(), true);
    QCOMPARE(after.value(u"mapping_rate_per_task_cents"_s).toInteger(), 60);
    QCOMPARE(after.value(u"max_payment_cents"_s).toInteger(), 1020); // (0.60 + 0.25) × 12

    const QByteArray member = R"({"project_id":7001,"user_id":"auth0|devstack-mapper-1"})";
    QCOMPARE(post(Mapper, "/api/project/assign_user_project", member).status, 403);
    QCOMPARE(post(Admin, "/api/project/assign_user_project", member).status, 200);
    QCOMPARE(
        json(post(Admin, "/api/project/assign_user_project", member)).value(u"error"_s).toString(),
        u"already_assigned"_s);
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

    QCOMPARE(post(Admin, "/api/project/delete_project", R"({"project_id":7001})").status, 200);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM projects"_s), 0);
}

/// API.md §8's review queue: a validation by someone outside Mikro and a self-validation wait
/// for an admin, who validates or invalidates each once.
void tst_ServerActions::reviewQueueIsDecidedByAdmins()
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
    QCOMPARE(reasons, QStringList({ u"outside_validator"_s, u"self_validation"_s }));

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

/// API.md §11.1: the pending requests go out as a batch CSV and the provider's result file comes
/// back; a dry run pays nothing, the import pays once, the same file again pays nothing.
void tst_ServerActions::payoutBatchRoundTripPaysOnce()
{
    onboard(Mapper);
    onboard(Admin);
    const auto submitted = post(Mapper, "/api/transaction/submit_payment_request", "{}");
    QCOMPARE(submitted.status, 200);
    const qint64 requestId = json(submitted).value(u"request_id"_s).toInteger();
    QCOMPARE(post(Mapper, "/api/transaction/export_payout_batch", {}).status, 403);
    const auto batch = post(Admin, "/api/transaction/export_payout_batch", {});
    QCOMPARE(batch.status, 200);
    const QString csv = json(batch).value(u"csv"_s).toString();
    QVERIFY2(csv.startsWith(u"email,amount,currency,request_id,note"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u",15.50,USD,%1,"_s.arg(requestId)), qPrintable(csv));
    QCOMPARE(json(batch).value(u"rows"_s).toInt(), 1);
    const auto file = post(Admin, "/api/transaction/export_payout_batch", R"({"format":"csv"})");
    QCOMPARE(file.status, 200);
    QVERIFY(file.body.startsWith("email,amount,currency,request_id,note"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending'"_s), 1);

    const QString email = csv.section(u'\n', 1, 1).section(u',', 0, 0);
    const QString result
        = u"request_id,email,amount,status,reference\n%1,%2,15.50,paid,PAY-1\n"_s.arg(requestId)
              .arg(email);
    const QByteArray body
        = QJsonDocument(QJsonObject { { u"csv"_s, result }, { u"dry_run"_s, true } })
              .toJson(QJsonDocument::Compact);
    const auto dry = post(Admin, "/api/transaction/import_payout_results", body);
    QCOMPARE(dry.status, 200);
    QCOMPARE(json(dry).value(u"matched"_s).toArray().size(), 1);
    QCOMPARE(json(dry).value(u"paid_count"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);

    const QByteArray real
        = QJsonDocument(QJsonObject { { u"csv"_s, result } }).toJson(QJsonDocument::Compact);
    const auto imported = post(Admin, "/api/transaction/import_payout_results", real);
    QCOMPARE(imported.status, 200);
    QCOMPARE(json(imported).value(u"paid_count"_s).toInt(), 1);
    QCOMPARE(json(imported).value(u"paid_total_cents"_s).toInteger(), 1550);
    const auto again = post(Admin, "/api/transaction/import_payout_results", real);
    QCOMPARE(json(again).value(u"paid_count"_s).toInt(), 0);
    QCOMPARE(json(again).value(u"mismatched"_s).toArray().size(), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(
        scalar(u"SELECT SUM(amount_cents) FROM ledger_entries WHERE kind = 'payout'"_s), -1550);

    const auto broken = post(Admin, "/api/transaction/import_payout_results",
        R"({"csv":"request_id,email\n\"unterminated"})");
    QCOMPARE(broken.status, 400);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
}

/// API.md §9 and §11.2: an admin writes a training in either question format; a person sees the
/// quiz without the correct answers and the server grades it, awarding the points once.
void tst_ServerActions::trainingQuizIsGradedByTheServer()
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
}

/// API.md §10's main path: an admin writes a checklist, a person starts and completes it, an admin
/// confirms it item by item; the owner and the confirmer are credited once.
void tst_ServerActions::checklistIsConfirmedAndCreditedOnce()
{
    onboard(Mapper);
    onboard(Admin);
    const QByteArray form = R"({"checklistName":"Village survey","completionRate":"2.00",)"
                            R"("validationRate":0.5,"listItems":[{"number":2,"action":"Upload"},)"
                            R"({"number":1,"action":"Walk the streets"}]})";
    QCOMPARE(post(Mapper, "/api/checklist/create_checklist", form).status, 403);
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
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item", item(1)).status, 200);
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item", item(2)).status, 422); // not completed
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item", item(2)).status, 200);
    QCOMPARE(post(Mapper, "/api/checklist/confirm_list_item", item(1)).status, 403);
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item", item(1)).status, 200);
    QCOMPARE(post(Admin, "/api/checklist/confirm_list_item", item(2)).status, 200);
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

#include "tst_ServerActions.moc"
