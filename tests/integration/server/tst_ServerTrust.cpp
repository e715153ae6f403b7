#include "services/store/AppliedOperations.h"
#include "services/store/Database.h"
#include "services/store/Transaction.h"
#include "services/sync/SyncScheduler.h"
#include "tests/integration/server/ServerFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

namespace {

QByteArray keyHeader(const QByteArray &key)
{
    return "Idempotency-Key: " + key + "\r\n";
}

const QByteArray PayMapper
    = R"({"user_id":"auth0|devstack-mapper-1","transaction_type":"payment","amount":"5.00","payoneer_id":"PX-1"})";

} // namespace

/// Issue 10 over real HTTP, both engines: API.md §1.8 idempotency for every mutating action,
/// money to oneself refused, GET query parameters read.
class tst_ServerTrust : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopServer(); }
    void aKeyReplaysTheFirstAnswerAndRefusesOtherUses();
    void aKeyMustBeAUuid();
    void aKeyIsKeptThirtyDaysThenRunsAnew();
    void sixConcurrentDuplicatesApplyOnce();
    void refusalsAreRememberedButBadInputIsNot();
    void moneyToOneselfIsRefused();
    void getReadsQueryParameters();
    void aBodyIsNotReadWithoutAValidToken();
    void onlyAdminsAssignChecklists();
    void syncStatusShowsOnlyTheCallersProjects();
    void aNewOsmUsernameWaitsForAnAdmin();

private:
    testing::RawResponse get(const QString &subject, const QByteArray &pathAndQuery);
};

void tst_ServerTrust::init()
{
    startServer();
    onboard(Admin);
    onboard(Mapper);
}

testing::RawResponse tst_ServerTrust::get(const QString &subject, const QByteArray &pathAndQuery)
{
    return testing::fetchOnce(m_port,
        "GET " + pathAndQuery + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer "
            + m_idp->provider().mintAccessToken(subject) + "\r\n\r\n")
        .value_or(testing::RawResponse {});
}

void tst_ServerTrust::aKeyReplaysTheFirstAnswerAndRefusesOtherUses()
{
    const QByteArray key = "3f0f6f3e-4b7a-4c1e-9a55-0c1d2e3f4a5b";
    const auto first
        = post(Admin, "/api/transaction/create_transaction", PayMapper, keyHeader(key));
    QCOMPARE(first.status, 200);
    QVERIFY(!first.headers.contains("idempotent-replayed"));
    // The same request again: the first answer, marked as a replay, and nothing applied twice.
    const auto again
        = post(Admin, "/api/transaction/create_transaction", PayMapper, keyHeader(key));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(json(again).value(u"payment_id"_s), json(first).value(u"payment_id"_s));
    // Field order does not make another request.
    const auto reordered = post(Admin, "/api/transaction/create_transaction",
        R"({"payoneer_id":"PX-1","amount":"5.00","transaction_type":"payment","user_id":"auth0|devstack-mapper-1"})",
        keyHeader(key.toUpper()));
    QCOMPARE(reordered.status, 200);
    QCOMPARE(reordered.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);

    // Another body, another action, another caller: 409, and nothing changes.
    const auto otherBody = post(Admin, "/api/transaction/create_transaction",
        R"({"user_id":"auth0|devstack-mapper-1","transaction_type":"payment","amount":"6.00","payoneer_id":"PX-2"})",
        keyHeader(key));
    QCOMPARE(otherBody.status, 409);
    QCOMPARE(json(otherBody).value(u"error"_s).toString(), u"idempotency_conflict"_s);
    const auto otherAction = post(Admin, "/api/transaction/create_adjustment",
        R"({"user_id":"auth0|devstack-mapper-1","amount":"1.00","reason":"x"})", keyHeader(key));
    QCOMPARE(otherAction.status, 409);
    QCOMPARE(json(otherAction).value(u"error"_s).toString(), u"idempotency_conflict"_s);
    const auto otherCaller
        = post(Mapper, "/api/transaction/submit_payment_request", "{}", keyHeader(key));
    QCOMPARE(otherCaller.status, 409);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjustment'"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM applied_operations"_s), 1);
}

void tst_ServerTrust::aKeyIsKeptThirtyDaysThenRunsAnew()
{
    // Two comments on the mapper's checklist, each sent with its key.
    const qint64 checklist = createRoadQaChecklist();
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(checklist).toUtf8());
    QCOMPARE(started.status, 200);
    const QByteArray mine = u"{\"checklist_id\":%1,\"comment\":\"%2\"}"_s
                                .arg(json(started).value(u"user_checklist_id"_s).toInteger())
                                .toUtf8();
    const QByteArray oldBody = QByteArray(mine).replace("%2", "old");
    const QByteArray recentBody = QByteArray(mine).replace("%2", "recent");
    const QByteArray old = "11111111-4b7a-4c1e-9a55-0c1d2e3f4a5b";
    const QByteArray recent = "22222222-4b7a-4c1e-9a55-0c1d2e3f4a5b";
    const QByteArray action = "/api/checklist/add_checklist_comment";
    QCOMPARE(post(Mapper, action, oldBody, keyHeader(old)).status, 200);
    QCOMPARE(post(Mapper, action, recentBody, keyHeader(recent)).status, 200);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto age = [&](const QByteArray &key, int days) {
        exec(u"UPDATE applied_operations SET applied_at = '%1' WHERE op_id = '%2'"_s.arg(
            now.addDays(-days).toString(Qt::ISODateWithMs), QString::fromLatin1(key)));
    };
    age(old, 32);
    age(recent, 30);
    store::Database db(m_temp->config(), 1);
    const auto pruned = db.inTransaction(
        [&](store::Transaction &tx) { return store::AppliedOperations::prune(tx, now); });
    QVERIFY(pruned.ok());
    QCOMPARE(pruned.value(), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM applied_operations"_s), 1);
    // The recent key still answers its first result; the pruned one is a new request.
    const auto replayed = post(Mapper, action, recentBody, keyHeader(recent));
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.headers.value("idempotent-replayed"), QByteArray("true"));
    const auto anew = post(Mapper, action, oldBody, keyHeader(old));
    QCOMPARE(anew.status, 200);
    QVERIFY(!anew.headers.contains("idempotent-replayed"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 3);
}

void tst_ServerTrust::aKeyMustBeAUuid()
{
    for (const QByteArray &bad :
        { QByteArray("abc"), QByteArray("{3f0f6f3e-4b7a-4c1e-9a55-0c1d2e3f4a5b}"),
            QByteArray("3f0f6f3e4b7a4c1e9a550c1d2e3f4a5b"), QByteArray(40, 'a') }) {
        const auto refused
            = post(Admin, "/api/transaction/create_transaction", PayMapper, keyHeader(bad));
        QCOMPARE(refused.status, 400);
        QCOMPARE(json(refused).value(u"field"_s).toString(), u"Idempotency-Key"_s);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
    // fetch_* ignores a key, whatever it is.
    QCOMPARE(
        post(Admin, "/api/transaction/fetch_org_transactions", "{}", keyHeader("abc")).status, 200);
}

void tst_ServerTrust::sixConcurrentDuplicatesApplyOnce()
{
    const QByteArray key = "8b6b1f7a-2d44-4f0e-8f1e-6a7b8c9d0e1f";
    const QByteArray token = m_idp->provider().mintAccessToken(Admin);
    const QByteArray request = "POST /api/transaction/create_transaction HTTP/1.1\r\nHost: t\r\n"
                               "Content-Type: application/json\r\nAuthorization: Bearer "
        + token + "\r\n" + keyHeader(key)
        + "Content-Length: " + QByteArray::number(PayMapper.size()) + "\r\n\r\n" + PayMapper;
    std::vector<std::unique_ptr<testing::RawHttpClient>> clients;
    for (int i = 0; i < 6; ++i) {
        clients.push_back(std::make_unique<testing::RawHttpClient>());
        QVERIFY(clients.back()->connectTo(m_port));
    }
    for (auto &client : clients)
        client->send(request); // all six in flight before any answer is read
    int replays = 0;
    QSet<qint64> paymentIds;
    for (auto &client : clients) {
        const auto response = client->read(15000);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        replays += response->headers.value("idempotent-replayed") == "true";
        paymentIds.insert(json(*response).value(u"payment_id"_s).toInteger());
    }
    QCOMPARE(replays, 5);
    QCOMPARE(paymentIds.size(), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
}

void tst_ServerTrust::refusalsAreRememberedButBadInputIsNot()
{
    // A decided refusal (422) is the operation's answer for good.
    const QByteArray key = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    const QByteArray tooMuch
        = R"({"user_id":"auth0|devstack-mapper-1","transaction_type":"payment","amount":"99.00","payoneer_id":"PX-9"})";
    QCOMPARE(
        post(Admin, "/api/transaction/create_transaction", tooMuch, keyHeader(key)).status, 422);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES ('org_devstack', 'auth0|devstack-mapper-1', 'mapping', 10000, 'k9', "
         "'2026-01-01T00:00:00Z')"_s);
    const auto replayed
        = post(Admin, "/api/transaction/create_transaction", tooMuch, keyHeader(key));
    QCOMPARE(replayed.status, 422);
    QCOMPARE(replayed.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
    // A 400 is not stored: the corrected request with the same key runs.
    const QByteArray key2 = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e";
    QCOMPARE(
        post(Admin, "/api/transaction/create_transaction",
            R"({"user_id":"auth0|devstack-mapper-1","transaction_type":"gift"})", keyHeader(key2))
            .status,
        400);
    QCOMPARE(
        post(Admin, "/api/transaction/create_transaction", PayMapper, keyHeader(key2)).status, 200);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
}

void tst_ServerTrust::moneyToOneselfIsRefused()
{
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES ('org_devstack', 'auth0|devstack-admin', 'mapping', 1000, 'ka', "
         "'2026-01-01T00:00:00Z')"_s);
    const QByteArray self = R"("user_id":"auth0|devstack-admin")";
    for (const QByteArray &body :
        { "{" + self + R"(,"transaction_type":"payment","amount":"10.00","payoneer_id":"SELF-1"})",
            "{" + self + R"(,"transaction_type":"request","amount":"10.00"})",
            "{" + self
                + R"(,"transaction_type":"adjustment","amount":"1000000.00","notes":"me"})" }) {
        const auto refused = post(Admin, "/api/transaction/create_transaction", body);
        QCOMPARE(refused.status, 403);
        QCOMPARE(json(refused).value(u"error"_s).toString(), u"own_account"_s);
    }
    const auto adjustment = post(Admin, "/api/transaction/create_adjustment",
        "{" + self + R"(,"amount":"1000000.00","reason":"bonus"})");
    QCOMPARE(adjustment.status, 403);
    QCOMPARE(json(adjustment).value(u"error"_s).toString(), u"own_account"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE user_id = "
                    "'auth0|devstack-admin'"_s),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests"_s), 0);
}

void tst_ServerTrust::getReadsQueryParameters()
{
    QCOMPARE(post(Mapper, "/api/transaction/submit_payment_request", "{}").status, 200);
    const auto all = get(Admin, "/api/transaction/fetch_org_transactions");
    QCOMPARE(all.status, 200);
    QCOMPARE(json(all).value(u"requests"_s).toArray().size(), 1);
    const auto theirs
        = get(Admin, "/api/transaction/fetch_org_transactions?user_id=auth0%7Cdevstack-mapper-1");
    QCOMPARE(theirs.status, 200);
    QCOMPARE(json(theirs).value(u"requests"_s).toArray().size(), 1);
    const auto nobody = get(Admin, "/api/transaction/fetch_org_transactions?user_id=nobody");
    QVERIFY2(nobody.status == 200 || nobody.status == 404, nobody.body.constData());
    if (nobody.status == 200)
        QCOMPARE(json(nobody).value(u"requests"_s).toArray().size(), 0);
    const auto twice = get(Admin, "/api/transaction/fetch_org_transactions?user_id=a&user_id=b");
    QCOMPARE(twice.status, 400);
}

void tst_ServerTrust::aBodyIsNotReadWithoutAValidToken()
{
    // Issue 10 #12: the answer comes on the headers; the 900 kB body is never sent.
    QCOMPARE(post(Admin, "/api/user/fetch_user_details", "{}").status, 200); // the key is cached
    QByteArray forged = m_idp->provider().mintAccessToken(Admin);
    forged[forged.size() - 5] = forged[forged.size() - 5] == 'A' ? 'B' : 'A';
    for (const QByteArray &authorization :
        { QByteArray(), QByteArray("Authorization: Basic abc\r\n"),
            "Authorization: Bearer " + forged + "\r\n" }) {
        testing::RawHttpClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("POST /api/transaction/create_adjustment HTTP/1.1\r\nHost: t\r\n"
            + authorization + "Content-Type: application/json\r\nContent-Length: 900000\r\n\r\n");
        const auto refused = client.read();
        QVERIFY(refused);
        QCOMPARE(refused->status, 401);
        QVERIFY(client.waitClosed());
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjustment'"_s), 0);
}

void tst_ServerTrust::onlyAdminsAssignChecklists()
{
    // Issue 10 #7: assign_user_checklist is admin-only, also for one's own id.
    const auto created = post(Admin, "/api/checklist/create_checklist",
        R"({"checklistName":"Roads","completionRate":"1.00","validationRate":"0.50",)"
        R"("listItems":[{"number":1,"action":"Check roads"}]})");
    QCOMPARE(created.status, 200);
    const qint64 id = json(created).value(u"checklist_id"_s).toInteger();
    const auto refused = post(Mapper, "/api/checklist/assign_user_checklist",
        R"({"checklist_id":)" + QByteArray::number(id)
            + R"(,"user_id":"auth0|devstack-mapper-1"})");
    QCOMPARE(refused.status, 403);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists"_s), 0);
    const auto assigned = post(Admin, "/api/checklist/assign_user_checklist",
        R"({"checklist_id":)" + QByteArray::number(id)
            + R"(,"user_id":"auth0|devstack-mapper-1"})");
    QCOMPARE(assigned.status, 200);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists"_s), 1);
}

void tst_ServerTrust::syncStatusShowsOnlyTheCallersProjects()
{
    // Issue 10 #8: the scheduler runs every organisation's syncs; each caller sees their part.
    sync::SyncScheduler::Status all;
    all.running = true;
    all.queued = 3;
    all.progress = { 4, 9, 1001, 40, 100 };
    const QList<qint64> queued { 1001, 2002, 2003 };
    const auto mine = sync::SyncScheduler::visiblePart(all, false, queued, { 1001, 1002 });
    QVERIFY(mine.running);
    QCOMPARE(mine.queued, 1);
    QCOMPARE(mine.progress.projectId, 1001);
    QCOMPARE(mine.progress.tasksFetched, 40);
    const auto theirs = sync::SyncScheduler::visiblePart(all, false, queued, { 2002, 2003 });
    QVERIFY(!theirs.running);
    QCOMPARE(theirs.queued, 2);
    QCOMPARE(theirs.progress.projectId, 0);
    QCOMPARE(theirs.progress.tasksFetched, 0);
    QCOMPARE(theirs.progress.projectsTotal, 0);
    // A scheduled run over every organisation's projects shows no cross-organisation totals.
    const auto batch = sync::SyncScheduler::visiblePart(all, true, {}, { 1001 });
    QVERIFY(batch.running);
    QCOMPARE(batch.progress.projectsTotal, 0);
    QCOMPARE(batch.progress.projectsDone, 0);
    QCOMPARE(batch.queued, 0);
    // And over HTTP: nothing runs, nothing is queued for this organisation.
    const auto status = post(Admin, "/api/task/fetch_sync_status", "{}");
    QCOMPARE(status.status, 200);
    QCOMPARE(json(status).value(u"scheduler"_s).toObject().value(u"running"_s).toBool(), false);
}

void tst_ServerTrust::aNewOsmUsernameWaitsForAnAdmin()
{
    // Issue 10 #5 over HTTP: the person sees the change pending; an admin approves it.
    const auto asked = post(Mapper, "/api/user/update_user_details",
        R"({"osm_username":"someone_else","city":"Cusco"})");
    QCOMPARE(asked.status, 200);
    QCOMPARE(json(asked).value(u"osm_username_pending"_s).toString(), u"someone_else"_s);
    const auto mine = json(post(Mapper, "/api/user/fetch_user_details", "{}"));
    QCOMPARE(mine.value(u"osm_username"_s).toString(), u"mapper-1"_s); // unchanged
    QCOMPARE(mine.value(u"osm_username_pending"_s).toString(), u"someone_else"_s);
    QCOMPARE(mine.value(u"city"_s).toString(), u"Cusco"_s); // the rest applies at once
    QCOMPARE(post(Mapper, "/api/user/fetch_osm_username_changes", "{}").status, 403);
    const auto list = post(Admin, "/api/user/fetch_osm_username_changes", "{}");
    QCOMPARE(list.status, 200);
    QCOMPARE(json(list).value(u"changes"_s).toArray().size(), 1);
    const auto approved = post(Admin, "/api/user/decide_osm_username_change",
        R"({"user_id":"auth0|devstack-mapper-1","approve":true})");
    QCOMPARE(approved.status, 200);
    const auto after = json(post(Mapper, "/api/user/fetch_user_details", "{}"));
    QCOMPARE(after.value(u"osm_username"_s).toString(), u"someone_else"_s);
    QVERIFY(after.value(u"osm_username_pending"_s).isNull());
}

QTEST_GUILESS_MAIN(tst_ServerTrust)
#include "tst_ServerTrust.moc"
