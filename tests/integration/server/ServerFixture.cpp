#include "tests/integration/server/ServerFixture.h"

#include "services/store/Database.h"
#include "tests/support/OpenApiCheck.h"
#include "tests/support/SqlSeed.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mikro::testing {

void ServerFixture::startIdentityProvider()
{
    m_idp = std::make_unique<LocalIdentityProvider>(m_clock);
    QVERIFY(m_idp->start());
}

void ServerFixture::startServer()
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

void ServerFixture::restartServerKeepingStore()
{
    m_server.reset();
    m_server = std::make_unique<server::ServerComposition>(m_idp->serverConfig(m_temp->config()));
    QVERIFY(m_server->prepareStore().ok());
    const auto port = m_server->start();
    QVERIFY(port.ok());
    m_port = port.value();
}

void ServerFixture::stopServer()
{
    m_server.reset();
    m_tm4Server.reset();
    m_tm4Router = http::Router();
    m_tm4.reset();
    m_temp.reset();
}

RawResponse ServerFixture::post(
    const QString &subject, const QByteArray &path, const QByteArray &body, const QByteArray &extra)
{
    const QByteArray request = "POST " + path
        + " HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n" + "Authorization: Bearer "
        + m_idp->provider().mintAccessToken(subject) + "\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawResponse response = fetchOnce(m_port, request).value_or(RawResponse {});
    expectDocumented("POST", path, response);
    return response;
}

void ServerFixture::expectDocumented(
    const QByteArray &method, const QByteArray &target, const RawResponse &response)
{
    // Issue #15 §2: every answer the suites see is held to the OpenAPI document. Paths the
    // server does not route (the tests of unknown actions) have nothing documented to follow.
    const bool json = response.headers.value("content-type").startsWith("application/json");
    if (!json || response.status == 0)
        return;
    const OpenApiCheck &document = OpenApiCheck::served();
    const bool routed = document.documents(OpenApiCheck::operationOf(method, target));
    if (!routed && (response.status == 401 || response.status == 404 || response.status == 405))
        return;
    const QStringList problems = document.problems(method, target, response.status, response.body);
    if (!problems.isEmpty())
        QTest::qFail(qPrintable(u"the answer differs from the OpenAPI document:\n"_s
                         + problems.mid(0, 10).join(u'\n')),
            __FILE__, __LINE__);
}

void ServerFixture::exec(const QString &sql)
{
    store::Database db(m_temp->config(), 1);
    execSql(db, sql);
}

qint64 ServerFixture::scalar(const QString &sql)
{
    store::Database db(m_temp->config(), 1);
    return scalarSql(db, sql);
}

void ServerFixture::onboard(const QString &subject, const QString &osmUsername)
{
    // The name comes with onboarding, so it is the person's from before Mikro (osm_usernames).
    const QString name
        = osmUsername.isEmpty() ? subject.section(u'-', -2).replace(u'|', u'_') : osmUsername;
    exec(u"UPDATE users SET osm_username = '%1', payment_email = '%1@pay.example', city = 'Lima', "
         u"country = 'PE', "
         "terms_accepted_at = '2026-01-01T00:00:00Z' WHERE id = '%2'"_s.arg(name, subject));
}

QJsonObject ServerFixture::json(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

void ServerFixture::useTm4(std::shared_ptr<devstack::Tm4World> world)
{
    m_tm4 = std::make_unique<devstack::Tm4Simulator>(std::move(world));
    m_tm4->addRoutes(m_tm4Router);
    m_tm4Server = std::make_unique<http::HttpServer>(m_tm4Router, http::HttpLimits {});
    const auto tm4Port = m_tm4Server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(tm4Port.ok());
    m_server.reset();
    server::ServerConfig config = m_idp->serverConfig(m_temp->config());
    m_tm4Url = QUrl(u"http://127.0.0.1:%1/api/v2"_s.arg(tm4Port.value()));
    config.tm4.apiUrl = m_tm4Url;
    config.syncInterval = std::chrono::minutes(0);
    m_server = std::make_unique<server::ServerComposition>(config);
    const auto port = m_server->start();
    QVERIFY(port.ok());
    m_port = port.value();
}

void ServerFixture::seedSyncedProject(qint64 id)
{
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (%1, 'org_devstack', 'Roads', "
         "'https://tasks.example/projects/%1', 120, 40, TRUE, '2026-01-01T00:00:00Z')"_s.arg(id));
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(%3, '%1', 'editor', '2026-01-01T00:00:00Z'), (%3, '%2', 'validator', "
         "'2026-01-01T00:00:00Z')"_s.arg(Mapper, Admin)
             .arg(id));
}

qint64 ServerFixture::createRoadQaChecklist()
{
    const auto created = post(Admin, "/api/checklist/create_checklist",
        R"({"checklistName":"Road QA","checklistDescription":"Check the roads of the ward",)"
        R"("checklistDifficulty":"Easy","completionRate":"2.50","validationRate":"0.50",)"
        R"("dueDate":"2026-12-31","listItems":[{"number":1,"action":"Check names"},)"
        R"({"number":2,"action":"Check bridges","link":"https://wiki.example/bridges"}]})");
    if (created.status != 200)
        qFatal("create_checklist answered %d", created.status);
    return json(created).value(u"checklist_id"_s).toInteger();
}

qint64 ServerFixture::createRoadsTraining()
{
    const auto created = post(Admin, "/api/training/create_training",
        R"({"title":"Roads 101","training_url":"https://learn.example/roads",)"
        R"("training_type":"Mapping","point_value":15,"difficulty":"Easy","pass_percent":100,)"
        R"("questions":[{"question":"Paved?","correct":"Yes","incorrect":["No","Maybe"]},)"
        R"({"question":"Tag?","correct":"highway","incorrect":["road"]}]})");
    if (created.status != 200)
        qFatal("create_training answered %d", created.status);
    return json(created).value(u"training_id"_s).toInteger();
}

void ServerFixture::syncAsAdmin(qint64 id)
{
    const qint64 before = scalar(u"SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'"_s);
    QCOMPARE(
        post(Admin, "/api/task/sync_project", u"{\"project_id\":%1}"_s.arg(id).toUtf8()).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'"_s), before + 1, 20000);
}

} // namespace mikro::testing
