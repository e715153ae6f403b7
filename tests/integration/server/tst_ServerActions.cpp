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

/// The API actions over real HTTP (API.md §5 people, §7 money, §1.4–1.5), with tokens from
/// the devstack's identity provider; both engines.
class tst_ServerActions : public QObject, private testing::ServerFixture
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
    void payoutBatchRoundTripPaysOnce();
    void usersAreListedAndEditTheirOwnDetails();
    void orgSettingsAreReadByMembersAndEditedByAdmins();
};

void tst_ServerActions::initTestCase()
{
    startIdentityProvider();
}

void tst_ServerActions::init()
{
    startServer();
}

void tst_ServerActions::cleanup()
{
    stopServer();
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
    // `user_id` naming someone else (a stale screen): refused, nothing paid or rejected.
    const auto wrongPerson = post(Admin, "/api/transaction/process_payment_request",
        R"({"request_id": )" + QByteArray::number(requestId)
            + R"(, "payoneer_id": "PX-0", "user_id": ")" + Admin.toUtf8() + R"("})");
    QCOMPARE(wrongPerson.status, 400);
    QCOMPARE(json(wrongPerson).value(u"field"_s).toString(), u"user_id"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending'"_s), 1);
    // The id as a string of digits, the amount as a JSON number with one decimal: 15.5 is 1550
    // cents; `user_id` the request's person.
    const auto paid = post(Admin, "/api/transaction/process_payment_request",
        R"({"request_id": ")" + QByteArray::number(requestId)
            + R"(", "payoneer_id": "PX-1", "request_amount": 15.5, "user_id": ")" + Mapper.toUtf8()
            + R"("})");
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

/// API.md §5 `fetch_users` (UserRow with real figures) and `update_user_details` (partial, one
/// transaction, a taken OSM username refused and nothing changed).
void tst_ServerActions::usersAreListedAndEditTheirOwnDetails()
{
    onboard(Admin);
    QCOMPARE(post(Mapper, "/api/user/fetch_users", {}).status, 403);
    const auto listed = post(Admin, "/api/user/fetch_users", {});
    QCOMPARE(listed.status, 200);
    QJsonObject mapperRow;
    for (const auto &row : json(listed).value(u"users"_s).toArray())
        if (row.toObject().value(u"id"_s).toString() == Mapper)
            mapperRow = row.toObject();
    QCOMPARE(mapperRow.value(u"payable_cents"_s).toInteger(), 1550);
    QCOMPARE(mapperRow.value(u"validated_tasks_amounts_cents"_s).toInteger(), 1500);
    QCOMPARE(mapperRow.value(u"assigned_projects"_s).toInt(-1), 0);
    QCOMPARE(mapperRow.value(u"requesting_payment"_s).toBool(true), false);
    QVERIFY(mapperRow.value(u"osm_username"_s).isNull());

    const QByteArray change = R"({"city":"Quito","osm_username":"Mia_Two"})";
    QCOMPARE(
        json(post(Mapper, "/api/user/update_user_details", change)).value(u"error"_s).toString(),
        u"onboarding_required"_s);
    onboard(Mapper);
    QCOMPARE(post(Mapper, "/api/user/update_user_details", change).status, 200);
    // The city at once; the new OSM username waits for an admin (issue 10 #5).
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM users WHERE city = 'Quito' AND osm_username = 'mapper-1'"_s),
        1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM osm_username_changes WHERE osm_username = 'Mia_Two' "
                    "AND status = 'pending'"_s),
        1);
    exec(u"UPDATE users SET osm_username = 'ada_osm' WHERE id = '%1'"_s.arg(Admin));
    const auto taken = post(Mapper, "/api/user/update_user_details",
        R"({"city":"Lima","osm_username":"ADA_OSM"})"); // taken, in another case
    QCOMPARE(taken.status, 409);
    QCOMPARE(json(taken).value(u"error"_s).toString(), u"duplicate"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE city = 'Quito'"_s), 1); // nothing changed
    QCOMPARE(
        post(Mapper, "/api/user/update_user_details", R"({"payment_email":"not-an-email"})").status,
        400);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'request_osm_username_change'"_s),
        1);
}

/// API.md §11.5 org settings: members read them, admins edit them; the currency stays once the
/// ledger has entries (init() seeded some).
void tst_ServerActions::orgSettingsAreReadByMembersAndEditedByAdmins()
{
    onboard(Admin);
    onboard(Mapper);
    const auto read = post(Mapper, "/api/user/fetch_org_settings", {});
    QCOMPARE(read.status, 200);
    QCOMPARE(json(read).value(u"org"_s).toObject().value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(post(Mapper, "/api/user/update_org_settings", R"({"name":"Mine"})").status, 403);
    const auto updated = post(Admin, "/api/user/update_org_settings",
        R"({"name":"Kathmandu Mappers","min_payout":"25.00"})");
    QCOMPARE(updated.status, 200);
    const QJsonObject org = json(updated).value(u"org"_s).toObject();
    QCOMPARE(org.value(u"name"_s).toString(), u"Kathmandu Mappers"_s);
    QCOMPARE(org.value(u"min_payout_cents"_s).toInteger(), 2500);
    const auto currency
        = post(Admin, "/api/user/update_org_settings", R"({"currency":"EUR","name":"Other"})");
    QCOMPARE(currency.status, 422);
    QCOMPARE(json(currency).value(u"error"_s).toString(), u"currency_in_use"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM orgs WHERE name = 'Kathmandu Mappers' AND "
                    "currency = 'USD'"_s),
        1); // nothing changed
    QCOMPARE(post(Admin, "/api/user/update_org_settings", R"({"min_payout":"-1"})").status, 400);

    // The audit log shows the change, newest first, a page at a time.
    QCOMPARE(post(Admin, "/api/user/update_org_settings", R"({"name":"KM"})").status, 200);
    QCOMPARE(post(Mapper, "/api/user/fetch_audit_log", {}).status, 403);
    const auto first = post(Admin, "/api/user/fetch_audit_log", R"({"entity":"org","limit":1})");
    QCOMPARE(first.status, 200);
    const QJsonArray page = json(first).value(u"entries"_s).toArray();
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).toObject().value(u"action"_s).toString(), u"update_org"_s);
    QCOMPARE(
        page.at(0).toObject().value(u"details"_s).toObject().value(u"name"_s).toString(), u"KM"_s);
    const qint64 next = json(first).value(u"next_before_id"_s).toInteger();
    QVERIFY(next > 0);
    const auto second = post(Admin, "/api/user/fetch_audit_log",
        u"{\"entity\":\"org\",\"limit\":1,\"before_id\":%1}"_s.arg(next).toUtf8());
    QCOMPARE(json(second)
                 .value(u"entries"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
        u"Kathmandu Mappers"_s);
    QCOMPARE(post(Admin, "/api/user/fetch_audit_log", R"({"from":"yesterday"})").status, 400);
    QCOMPARE(post(Admin, "/api/user/fetch_audit_log", R"({"limit":501})").status, 400);
}

QTEST_GUILESS_MAIN(tst_ServerActions)
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
    QCOMPARE(json(batch).value(u"currency"_s).toString(), u"USD"_s); // the organisation's
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
    QVERIFY(json(dry).value(u"matched"_s).toArray().at(0)[u"payment_id"_s].isNull()); // none made
    QCOMPARE(json(dry).value(u"paid_count"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);

    const QByteArray real
        = QJsonDocument(QJsonObject { { u"csv"_s, result } }).toJson(QJsonDocument::Compact);
    const auto imported = post(Admin, "/api/transaction/import_payout_results", real);
    QCOMPARE(imported.status, 200);
    QCOMPARE(json(imported).value(u"paid_count"_s).toInt(), 1);
    QCOMPARE(json(imported).value(u"paid_total_cents"_s).toInteger(), 1550);
    QCOMPARE(json(imported).value(u"matched"_s).toArray().at(0)[u"payment_id"_s].toInteger(),
        scalar(u"SELECT id FROM payments WHERE external_ref = 'PAY-1'"_s));
    const auto again = post(Admin, "/api/transaction/import_payout_results", real);
    QCOMPARE(json(again).value(u"paid_count"_s).toInt(), 0);
    QCOMPARE(json(again).value(u"mismatched"_s).toArray().size(), 0);
    QCOMPARE(json(again).value(u"already_paid"_s).toArray().size(), 1); // API.md §11.1
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(
        scalar(u"SELECT SUM(amount_cents) FROM ledger_entries WHERE kind = 'payout'"_s), -1550);

    const auto broken = post(Admin, "/api/transaction/import_payout_results",
        R"({"csv":"request_id,email\n\"unterminated"})");
    QCOMPARE(broken.status, 400);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
}

#include "tst_ServerActions.moc"
