#include "tests/integration/server/ServerFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// The payout request lifecycle and the payment records over real HTTP (API.md §7, §11.1): a
/// person's own records, the admin's view of the organisation, cancelling, rejecting with a
/// reason, paying, and adjustments with their reason and project; both engines.
class tst_ServerPayments : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopServer(); }
    void requestsAreCancelledRejectedPaidAndListed();
    void recordsAreOwnOrTheAdminsOrganisation();
    void adjustmentsCarryReasonAndProject();
    void aRequestSaysWhatItIsMadeOf();

private:
    qint64 submit();
    QJsonArray list(const QString &subject, const QByteArray &action, const QString &name,
        const QByteArray &body = "{}");
};

void tst_ServerPayments::init()
{
    startServer();
    onboard(Admin);
    onboard(Mapper);
}

qint64 tst_ServerPayments::submit()
{
    const auto r = post(Mapper, "/api/transaction/submit_payment_request", R"({"notes":"June"})");
    return r.status == 200 ? json(r).value(u"request_id"_s).toInteger() : -1;
}

QJsonArray tst_ServerPayments::list(
    const QString &subject, const QByteArray &action, const QString &name, const QByteArray &body)
{
    const auto r = post(subject, "/api/transaction/" + action, body);
    if (r.status != 200)
        QTest::qFail(qPrintable(u"%1 answered %2: %3"_s.arg(QString::fromUtf8(action))
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body))),
            __FILE__, __LINE__);
    return json(r).value(name).toArray();
}

void tst_ServerPayments::requestsAreCancelledRejectedPaidAndListed()
{
    const qint64 first = submit();
    QVERIFY(first > 0);
    const QJsonArray pending = list(Mapper, "fetch_user_transactions", u"requests"_s);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0][u"id"_s].toInteger(), first);
    QCOMPARE(pending[0][u"amount_requested_cents"_s].toInteger(), 1550);
    QCOMPARE(pending[0][u"request_status"_s].toString(), u"pending"_s);
    QCOMPARE(pending[0][u"notes"_s].toString(), u"June"_s);

    // The owner cancels; a second cancel, and a cancel of an unknown request, change nothing.
    const QByteArray id = R"({"request_id":)" + QByteArray::number(first) + "}";
    QCOMPARE(post(Admin, "/api/transaction/cancel_payment_request", id).status, 404);
    QCOMPARE(post(Mapper, "/api/transaction/cancel_payment_request", id).status, 200);
    const auto twice = post(Mapper, "/api/transaction/cancel_payment_request", id);
    QCOMPARE(twice.status, 409);
    QCOMPARE(json(twice).value(u"error"_s).toString(), u"already_decided"_s);
    QCOMPARE(
        post(Mapper, "/api/transaction/cancel_payment_request", R"({"request_id":999})").status,
        404);

    // The admin rejects the next one with a reason; the mapper cannot reject.
    const qint64 second = submit();
    QVERIFY(second > 0);
    const QByteArray reject
        = R"({"request_id":)" + QByteArray::number(second) + R"(,"reason":"Wrong email"})";
    QCOMPARE(post(Mapper, "/api/transaction/reject_payment_request", reject).status, 403);
    QCOMPARE(post(Admin, "/api/transaction/reject_payment_request",
                 R"({"request_id":)" + QByteArray::number(second) + "}")
                 .status,
        400);
    const auto rejected = post(Admin, "/api/transaction/reject_payment_request", reject);
    QCOMPARE(rejected.status, 200);
    QCOMPARE(json(rejected).value(u"request_id"_s).toInteger(), second);
    QCOMPARE(post(Admin, "/api/transaction/reject_payment_request", reject).status, 409);

    // The third is paid.
    const qint64 third = submit();
    QVERIFY(third > 0);
    QCOMPARE(post(Admin, "/api/transaction/process_payment_request",
                 R"({"request_id":)" + QByteArray::number(third) + R"(,"payoneer_id":"PX-9"})")
                 .status,
        200);

    const QJsonArray history = list(Mapper, "fetch_user_transactions", u"request_history"_s);
    QCOMPARE(history.size(), 3);
    QMap<qint64, QJsonObject> byId;
    for (const auto &r : history)
        byId.insert(r[u"id"_s].toInteger(), r.toObject());
    QCOMPARE(byId[first][u"request_status"_s].toString(), u"cancelled"_s);
    QCOMPARE(byId[second][u"request_status"_s].toString(), u"rejected"_s);
    QCOMPARE(byId[second][u"decision_note"_s].toString(), u"Wrong email"_s);
    QCOMPARE(byId[second][u"decided_by"_s].toString(), Admin);
    QCOMPARE(byId[third][u"request_status"_s].toString(), u"paid"_s);
    QVERIFY(byId[third][u"payment_id"_s].toInteger() > 0);
    QVERIFY(list(Mapper, "fetch_user_transactions", u"requests"_s).isEmpty());
    const QJsonArray payments = list(Mapper, "fetch_user_transactions", u"payments"_s);
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments[0][u"payoneer_id"_s].toString(), u"PX-9"_s);
    QCOMPARE(payments[0][u"amount_paid_cents"_s].toInteger(), 1550);
    QCOMPARE(payments[0][u"request_id"_s].toInteger(), third);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'payout'"_s), 1);
}

void tst_ServerPayments::recordsAreOwnOrTheAdminsOrganisation()
{
    const qint64 request = submit();
    QVERIFY(request > 0);
    const QJsonArray org = list(Admin, "fetch_org_transactions", u"requests"_s);
    QCOMPARE(org.size(), 1);
    QCOMPARE(org[0][u"user_id"_s].toString(), Mapper);
    QCOMPARE(org[0][u"payment_email"_s].toString(), u"mapper-1@pay.example"_s);
    const QByteArray mapperOnly = R"({"user_id":")" + Mapper.toUtf8() + R"("})";
    QCOMPARE(list(Admin, "fetch_org_transactions", u"requests"_s, mapperOnly).size(), 1);
    const QByteArray adminOnly = R"({"user_id":")" + Admin.toUtf8() + R"("})";
    QCOMPARE(list(Admin, "fetch_org_transactions", u"requests"_s, adminOnly).size(), 0);
    // Mappers read only their own; the org list is admins'.
    QCOMPARE(post(Mapper, "/api/transaction/fetch_org_transactions", "{}").status, 403);
    QCOMPARE(list(Admin, "fetch_user_transactions", u"requests"_s).size(), 0);
    QCOMPARE(
        post(Admin, "/api/transaction/fetch_org_transactions", R"({"user_id":7})").status, 400);
    // Another organisation's records (the person and their request moved there) are not shown.
    exec(
        u"INSERT INTO orgs (id, name, created_at) VALUES ('org-x', 'X', '2026-01-01T00:00:00Z')"_s);
    exec(u"UPDATE users SET org_id = 'org-x' WHERE id = '%1'"_s.arg(Mapper));
    exec(u"UPDATE payment_requests SET org_id = 'org-x'"_s);
    QCOMPARE(list(Admin, "fetch_org_transactions", u"requests"_s).size(), 0);
    QCOMPARE(list(Admin, "fetch_org_transactions", u"requests"_s, mapperOnly).size(), 0);
}

void tst_ServerPayments::adjustmentsCarryReasonAndProject()
{
    exec(
        u"INSERT INTO orgs (id, name, created_at) VALUES ('org-x', 'X', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
         "active, created_at) VALUES (41, 'org_devstack', 'Ours', 'https://t.example/projects/41', "
         "100, 50, TRUE, '2026-01-01T00:00:00Z'), (42, 'org-x', 'Theirs', "
         "'https://t.example/projects/42', 100, 50, TRUE, '2026-01-01T00:00:00Z')"_s);
    const QByteArray user = R"("user_id":")" + Mapper.toUtf8() + R"(")";
    const qint64 before = scalar(u"SELECT COUNT(*) FROM ledger_entries"_s);
    for (const QByteArray &bad :
        { "{" + user + R"(,"amount":"1.00"})", "{" + user + R"(,"amount":"0","reason":"x"})",
            "{" + user + R"(,"amount":"1.005","reason":"x"})",
            "{" + user + R"(,"amount":"1.00","reason":"x","project_id":42})",
            QByteArray(R"({"user_id":"nobody","amount":"1.00","reason":"x"})") }) {
        const auto r = post(Admin, "/api/transaction/create_adjustment", bad);
        QVERIFY2(r.status == 400 || r.status == 404, bad.constData());
    }
    QCOMPARE(post(Mapper, "/api/transaction/create_adjustment",
                 "{" + user + R"(,"amount":"5.00","reason":"Self-serve"})")
                 .status,
        403);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), before);

    const auto made = post(Admin, "/api/transaction/create_adjustment",
        "{" + user + R"(,"amount":"-2.25","reason":"Overpaid in May","project_id":41})");
    QCOMPARE(made.status, 200);
    QCOMPARE(json(made).value(u"payable_cents"_s).toInteger(), 1550 - 225);
    const QJsonArray adjustments = list(Mapper, "fetch_user_transactions", u"adjustments"_s);
    QCOMPARE(adjustments.size(), 1);
    QCOMPARE(adjustments[0][u"id"_s].toInteger(), json(made).value(u"entry_id"_s).toInteger());
    QCOMPARE(adjustments[0][u"amount_cents"_s].toInteger(), -225);
    QCOMPARE(adjustments[0][u"note"_s].toString(), u"Overpaid in May"_s);
    QCOMPARE(adjustments[0][u"project_id"_s].toInteger(), 41);
    QCOMPARE(adjustments[0][u"created_by"_s].toString(), Admin);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'adjustment'"_s), 1);
    // The admin's view of the organisation lists it too, naming whose it is and who made it.
    const QJsonArray orgAdjustments = list(Admin, "fetch_org_transactions", u"adjustments"_s);
    QCOMPARE(orgAdjustments.size(), 1);
    QCOMPARE(orgAdjustments[0][u"id"_s].toInteger(), json(made).value(u"entry_id"_s).toInteger());
    QCOMPARE(orgAdjustments[0][u"user_id"_s].toString(), Mapper);
    QCOMPARE(orgAdjustments[0][u"kind"_s].toString(), u"adjustment"_s);
    QVERIFY(!orgAdjustments[0][u"created_by_name"_s].toString().isEmpty());

    // API.md §1.8: a key that is not a UUID is refused; a key replays only the same change.
    const QByteArray body = "{" + user + R"(,"amount":"1.00","reason":"Bonus"})";
    const auto badKey
        = post(Admin, "/api/transaction/create_adjustment", body, "Idempotency-Key: 42\r\n");
    QCOMPARE(badKey.status, 400);
    QCOMPARE(json(badKey).value(u"field"_s).toString(), u"Idempotency-Key"_s);
    const QByteArray key = "Idempotency-Key: 0f8fad5b-d9cb-469f-a165-70867728950e\r\n";
    const auto first = post(Admin, "/api/transaction/create_adjustment", body, key);
    QCOMPARE(first.status, 200);
    const auto replay = post(Admin, "/api/transaction/create_adjustment", body, key);
    QCOMPARE(json(replay).value(u"entry_id"_s).toInteger(),
        json(first).value(u"entry_id"_s).toInteger());
    const auto otherProject = post(Admin, "/api/transaction/create_adjustment",
        "{" + user + R"(,"amount":"1.00","reason":"Bonus","project_id":41})", key);
    QCOMPARE(otherProject.status, 409);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjustment'"_s), 2);
}

void tst_ServerPayments::aRequestSaysWhatItIsMadeOf()
{
    // Besides the fixture's 15.00 mapping (no project) and 0.50 checklist: work on two projects,
    // a reversal, an adjustment, a payout before, and an entry after the request.
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (701, 'org_devstack', 'Roads', "
         "'https://tasks.example/projects/701', 120, 30, TRUE, '2026-01-01T00:00:00Z'), (702, "
         "'org_devstack', 'Bridges', 'https://tasks.example/projects/702', 200, 30, TRUE, "
         "'2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO payments (id, org_id, user_id, amount_cents, paid_by, paid_at) VALUES "
         "(90, 'org_devstack', '%1', 300, '%2', '2026-01-05T00:00:00Z')"_s.arg(Mapper, Admin));
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "project_id, task_id, payment_id, created_at) VALUES "
         "('org_devstack', '%1', 'mapping', 120, 'm1', 701, 1, NULL, '2026-01-02T00:00:00Z'), "
         "('org_devstack', '%1', 'validation', 30, 'v2', 701, 2, NULL, '2026-01-02T00:00:00Z'), "
         "('org_devstack', '%1', 'reversal', -120, 'r1', 701, 1, NULL, '2026-01-03T00:00:00Z'), "
         "('org_devstack', '%1', 'mapping', 200, 'm5', 702, 5, NULL, '2026-01-03T00:00:00Z'), "
         "('org_devstack', '%1', 'adjustment', 100, 'a1', NULL, NULL, NULL, "
         "'2026-01-04T00:00:00Z'), "
         "('org_devstack', '%1', 'payout', -300, 'p1', NULL, NULL, 90, '2026-01-05T00:00:00Z')"_s
             .arg(Mapper));
    const qint64 id = submit();
    QVERIFY(id > 0);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "project_id, task_id, created_at) VALUES ('org_devstack', '%1', 'mapping', 999, 'later', "
         "701, 9, '2099-01-01T00:00:00Z')"_s.arg(Mapper));
    const QByteArray body = u"{\"request_id\":%1}"_s.arg(id).toUtf8();

    const auto asAdmin = post(Admin, "/api/transaction/fetch_payment_request_details", body);
    QCOMPARE(asAdmin.status, 200);
    const QJsonObject d = json(asAdmin);
    const QJsonObject request = d.value(u"request"_s).toObject();
    QCOMPARE(request.value(u"id"_s).toInteger(), id);
    QCOMPARE(
        request.value(u"task_ids"_s).toArray(), QJsonArray({ u"701:1"_s, u"701:2"_s, u"702:5"_s }));
    // Once: a second, empty copy of the key made what a client read depend on its JSON parser.
    QCOMPARE(asAdmin.body.count("\"task_ids\""), 1);
    const QJsonArray projects = d.value(u"projects"_s).toArray();
    QCOMPARE(projects.size(), 3); // no project (the fixture's), 701, 702
    const QJsonObject roads = projects.at(1).toObject();
    QCOMPARE(roads.value(u"project_id"_s).toInteger(), 701);
    QCOMPARE(roads.value(u"name"_s).toString(), u"Roads"_s);
    QCOMPARE(roads.value(u"tasks"_s).toInteger(), 2);
    QCOMPARE(roads.value(u"mapping_cents"_s).toInteger(), 120);
    QCOMPARE(roads.value(u"validation_cents"_s).toInteger(), 30);
    QCOMPARE(roads.value(u"reversals_cents"_s).toInteger(), -120);
    QCOMPARE(roads.value(u"total_cents"_s).toInteger(), 30);
    QCOMPARE(projects.at(2).toObject().value(u"name"_s).toString(), u"Bridges"_s);
    QCOMPARE(projects.at(0).toObject().value(u"project_id"_s).toInteger(), 0); // no project
    QCOMPARE(projects.at(0).toObject().value(u"total_cents"_s).toInteger(), 1500);
    QCOMPARE(d.value(u"checklists_cents"_s).toInteger(), 50);
    QCOMPARE(d.value(u"adjustments_cents"_s).toInteger(), 100);
    QCOMPARE(d.value(u"paid_before_cents"_s).toInteger(), 300);
    QCOMPARE(d.value(u"currency"_s).toString(), u"USD"_s);
    // It adds up to the request: 15.00 + 0.30 + 2.00 + 0.50 + 1.00 − 3.00 = 15.80.
    QCOMPARE(request.value(u"amount_requested_cents"_s).toInteger(), 1580);

    // The person sees their own; nobody else's, and an unknown id says nothing more.
    QCOMPARE(post(Mapper, "/api/transaction/fetch_payment_request_details", body).status, 200);
    exec(u"INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, "
         "requested_at) VALUES ('org_devstack', '%1', 500, 'a@example.org', "
         "'2026-02-01T00:00:00Z')"_s.arg(Admin));
    const qint64 admins
        = scalar(u"SELECT id FROM payment_requests WHERE user_id = '%1'"_s.arg(Admin));
    const auto theirs = post(Mapper, "/api/transaction/fetch_payment_request_details",
        u"{\"request_id\":%1}"_s.arg(admins).toUtf8());
    QCOMPARE(theirs.status, 404);
    QCOMPARE(json(theirs).value(u"error"_s).toString(), u"not_found"_s);
    QCOMPARE(post(Admin, "/api/transaction/fetch_payment_request_details", R"({"request_id":4242})")
                 .status,
        404);
    QCOMPARE(post(Admin, "/api/transaction/fetch_payment_request_details", R"({})").status, 400);
}

QTEST_GUILESS_MAIN(tst_ServerPayments)
#include "tst_ServerPayments.moc"
