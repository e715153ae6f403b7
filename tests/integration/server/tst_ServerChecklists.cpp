#include "tests/integration/server/ServerFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// API.md §10 and §11.3 over real HTTP, beyond the item-by-item path of tst_ServerWork: the
/// owner reopens an item and submits, a validator confirms the whole checklist at once, and an
/// admin takes a checklist away and archives the template; both engines.
class tst_ServerChecklists : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopServer(); }
    void wholeChecklistIsSubmittedAndConfirmedOnce();
    void adminsUnassignAndArchive();
    void templateEditsReachUnconfirmedInstances();
    void itemEditsReachUnconfirmedInstances();
    void listsShowEachViewItsShare();

private:
    qint64 m_template = 0;
    QByteArray templateBody() const
    {
        return "{\"checklist_id\":" + QByteArray::number(m_template) + "}";
    }
};

void tst_ServerChecklists::init()
{
    startServer();
    onboard(Mapper);
    onboard(Admin);
    const auto created = post(Admin, "/api/checklist/create_checklist",
        R"({"checklistName":"Survey","completionRate":"2.00","validationRate":"0.50",)"
        R"("listItems":[{"number":1,"action":"Walk"},{"number":2,"action":"Upload"}]})");
    QCOMPARE(created.status, 200);
    m_template = json(created).value(u"checklist_id"_s).toInteger();
}

void tst_ServerChecklists::wholeChecklistIsSubmittedAndConfirmedOnce()
{
    const auto started = post(Mapper, "/api/checklist/start_checklist", templateBody());
    QCOMPARE(started.status, 200);
    const QByteArray instance = "{\"checklist_id\":"
        + QByteArray::number(json(started).value(u"user_checklist_id"_s).toInteger());
    const auto item
        = [&](int n) { return instance + ",\"item_number\":" + QByteArray::number(n) + "}"; };
    const QByteArray whole = instance + "}";

    const auto early = post(Mapper, "/api/checklist/submit_checklist", whole);
    QCOMPARE(early.status, 422);
    QCOMPARE(json(early).value(u"error"_s).toString(), u"items_incomplete"_s);
    // Each answer says what the change did to the checklist (API.md §10).
    const auto first = post(Mapper, "/api/checklist/complete_list_item", item(1));
    QCOMPARE(first.status, 200);
    QCOMPARE(json(first).value(u"checklist_completed"_s).toBool(true), false);
    QCOMPARE(json(first).value(u"message"_s).toString(), u"Item completed"_s);
    const auto last = post(Mapper, "/api/checklist/complete_list_item", item(2));
    QCOMPARE(last.status, 200);
    QCOMPARE(json(last).value(u"checklist_completed"_s).toBool(false), true);
    QCOMPARE(json(last).value(u"message"_s).toString(), u"Checklist Survey complete!"_s);
    const auto reopened = post(Mapper, "/api/checklist/uncomplete_list_item", item(2));
    QCOMPARE(reopened.status, 200);
    QCOMPARE(json(reopened).value(u"checklist_completed"_s).toBool(true), false);
    // `user_id` naming someone else: only the owner ticks (the token decides).
    const auto notMine = post(Mapper, "/api/checklist/complete_list_item",
        instance + ",\"item_number\":2,\"user_id\":\"" + Admin.toUtf8() + "\"}");
    QCOMPARE(notMine.status, 403);
    QCOMPARE(json(notMine).value(u"error"_s).toString(), u"not_owner"_s);
    QCOMPARE(post(Mapper, "/api/checklist/submit_checklist", whole).status, 422);
    QCOMPARE(post(Admin, "/api/checklist/confirm_checklist", whole).status, 422);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE confirmed_at IS NOT NULL"_s), 0);
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item", item(2)).status, 200);
    QCOMPARE(post(Mapper, "/api/checklist/submit_checklist", whole).status, 200);
    QCOMPARE(post(Admin, "/api/checklist/submit_checklist", whole).status, 404); // not theirs

    QCOMPARE(post(Mapper, "/api/checklist/confirm_checklist", whole).status, 403);
    const auto confirmed = post(Admin, "/api/checklist/confirm_checklist", whole);
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(json(confirmed).value(u"confirmed_items"_s).toInt(), 2);
    const auto again = post(Admin, "/api/checklist/confirm_checklist", whole);
    QCOMPARE(json(again).value(u"confirmed_items"_s).toInt(-1), 0);
    QCOMPARE(post(Mapper, "/api/checklist/uncomplete_list_item", item(1)).status, 409);
    // Credited once: the fixture's 0.50 plus the completion rate; the confirmer's rate once.
    QCOMPARE(scalar(u"SELECT SUM(amount_cents) FROM ledger_entries WHERE kind = 'checklist'"_s),
        50 + 200);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'checklist_validation' "
                    "AND amount_cents = 50"_s),
        1);
}

void tst_ServerChecklists::adminsUnassignAndArchive()
{
    const QByteArray mapperOnIt = "{\"checklist_id\":" + QByteArray::number(m_template)
        + ",\"user_id\":\"" + Mapper.toUtf8() + "\"}";
    QCOMPARE(post(Admin, "/api/checklist/unassign_user_checklist", mapperOnIt).status, 404);
    exec(u"UPDATE checklists SET active = FALSE"_s);
    QCOMPARE(post(Admin, "/api/checklist/assign_user_checklist", mapperOnIt).status, 422);
    exec(u"UPDATE checklists SET active = TRUE"_s);
    QCOMPARE(post(Admin, "/api/checklist/assign_user_checklist", mapperOnIt).status, 200);
    const qint64 instance = scalar(u"SELECT id FROM user_checklists"_s);
    QCOMPARE(post(Mapper, "/api/checklist/add_checklist_comment",
                 "{\"checklist_id\":" + QByteArray::number(instance) + ",\"comment\":\"On it\"}")
                 .status,
        200);
    const auto stateOf = [&](const QString &user) {
        const auto r = post(Admin, "/api/checklist/fetch_checklist_users", templateBody());
        for (const auto &u : json(r).value(u"users"_s).toArray())
            if (u[u"id"_s].toString() == user)
                return u[u"checklist_state"_s].toString() + u'/' + u[u"assigned"_s].toString();
        return QString();
    };
    QCOMPARE(stateOf(Mapper), u"started/Yes"_s);
    QCOMPARE(stateOf(Admin), u"none/No"_s);
    QCOMPARE(post(Mapper, "/api/checklist/fetch_checklist_users", templateBody()).status, 403);
    QCOMPARE(post(Mapper, "/api/checklist/unassign_user_checklist", mapperOnIt).status, 403);
    const auto removed = post(Admin, "/api/checklist/unassign_user_checklist", mapperOnIt);
    QCOMPARE(removed.status, 200);
    QCOMPARE(json(removed).value(u"unassigned"_s).toBool(), true);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments"_s), 0);

    // A confirmed, credited instance stays.
    QCOMPARE(post(Admin, "/api/checklist/assign_user_checklist", mapperOnIt).status, 200);
    exec(u"UPDATE user_checklist_items SET completed_at = '2026-01-01T00:00:00Z', "
         "confirmed_at = '2026-01-01T00:00:00Z'"_s);
    exec(u"UPDATE user_checklists SET completed_at = '2026-01-01T00:00:00Z', "
         "confirmed_at = '2026-01-01T00:00:00Z'"_s);
    QCOMPARE(stateOf(Mapper), u"confirmed/Yes"_s);
    const auto kept = post(Admin, "/api/checklist/unassign_user_checklist", mapperOnIt);
    QCOMPARE(kept.status, 422);
    QCOMPARE(json(kept).value(u"error"_s).toString(), u"checklist_confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists"_s), 1);

    // Archiving: the template can no longer be started; a second archive finds nothing.
    QCOMPARE(post(Mapper, "/api/checklist/delete_checklist", templateBody()).status, 403);
    const auto archived = post(Admin, "/api/checklist/delete_checklist", templateBody());
    QCOMPARE(archived.status, 200);
    QCOMPARE(json(archived).value(u"deleted"_s).toBool(), true);
    QCOMPARE(post(Admin, "/api/checklist/delete_checklist", templateBody()).status, 404);
    QVERIFY(post(Admin, "/api/checklist/start_checklist", templateBody()).status >= 400);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('delete_checklist', "
                    "'unassign_user_checklist')"_s),
        2);
}

void tst_ServerChecklists::templateEditsReachUnconfirmedInstances()
{
    QCOMPARE(post(Mapper, "/api/checklist/start_checklist", templateBody()).status, 200);
    const QByteArray id = QByteArray::number(m_template);
    QCOMPARE(post(Mapper, "/api/checklist/update_checklist",
                 "{\"checklistSelected\":" + id + ",\"checklistName\":\"Mine\"}")
                 .status,
        403);
    const auto badDate = post(Admin, "/api/checklist/update_checklist",
        "{\"checklistSelected\":" + id
            + ",\"checklistName\":\"Survey 2\",\"dueDate\":\"31/12/2026\"}");
    QCOMPARE(badDate.status, 400);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklists WHERE name = 'Survey'"_s), 1);
    const auto edited = post(Admin, "/api/checklist/update_checklist",
        "{\"checklistSelected\":" + id
            + ",\"checklistName\":\"Survey 2\",\"completionRate\":\"3.00\","
              "\"dueDate\":\"2026-12-31\",\"checklistStatus\":false}");
    QCOMPARE(edited.status, 200);
    QCOMPARE(json(edited).value(u"updated"_s).toBool(), true);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklists WHERE name = 'Survey 2' AND NOT active "
                    "AND completion_rate_cents = 300"_s),
        1);
    QCOMPARE(scalar(u"SELECT completion_rate_cents FROM user_checklists"_s), 300);
    QCOMPARE(post(Admin, "/api/checklist/start_checklist", templateBody()).status, 422);
    const auto snake = post(Admin, "/api/checklist/update_checklist",
        "{\"checklist_id\":" + id + ",\"validation_rate\":\"0.75\"}");
    QCOMPARE(snake.status, 200);
    QCOMPARE(scalar(u"SELECT validation_rate_cents FROM user_checklists"_s), 75);
    QCOMPARE(post(Admin, "/api/checklist/update_checklist",
                 R"({"checklistSelected":999,"checklistName":"X"})")
                 .status,
        404);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'update_checklist'"_s), 2);
}

/// API.md `update_list_items` steps and `delete_checklist_item`: the template changes, open
/// instances follow (a confirmed item stays, a new item reopens), confirmed instances never change.
void tst_ServerChecklists::itemEditsReachUnconfirmedInstances()
{
    const auto started = post(Mapper, "/api/checklist/start_checklist", templateBody());
    const QByteArray open
        = QByteArray::number(json(started).value(u"user_checklist_id"_s).toInteger());
    const auto item = [&](int n) {
        return "{\"checklist_id\":" + open + ",\"item_number\":" + QByteArray::number(n) + "}";
    };
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item", item(1)).status, 200);
    const auto confirmedOne = post(Admin, "/api/checklist/confirm_list_item", item(1));
    QCOMPARE(confirmedOne.status, 200);
    QCOMPARE(json(confirmedOne).value(u"checklist_confirmed"_s).toBool(true), false);
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item", item(2)).status, 200);
    // The admin's own instance, fully confirmed, must not change.
    QCOMPARE(post(Admin, "/api/checklist/assign_user_checklist",
                 "{\"checklist_id\":" + QByteArray::number(m_template) + ",\"user_id\":\""
                     + Admin.toUtf8() + "\"}")
                 .status,
        200);
    exec(u"UPDATE user_checklist_items SET completed_at = '2026-01-01T00:00:00Z', "
         "confirmed_at = '2026-01-01T00:00:00Z' WHERE user_checklist_id = "
         "(SELECT id FROM user_checklists WHERE user_id = '%1')"_s.arg(Admin));
    exec(u"UPDATE user_checklists SET completed_at = '2026-01-01T00:00:00Z', confirmed_at = "
         "'2026-01-01T00:00:00Z' WHERE user_id = '%1'"_s.arg(Admin));

    const QByteArray edit = "{\"checklist_id\":\"" + QByteArray::number(m_template)
        + R"(","list_items":[{"number":2,"action":"Upload photos"},)"
          R"({"number":3,"action":"Report","link":"https://report.example/form"}],)"
          R"("delete_list_items":[{"number":1}]})";
    QCOMPARE(post(Mapper, "/api/checklist/update_list_items", edit).status, 403);
    const QByteArray noItems = "{\"checklist_id\":" + QByteArray::number(m_template)
        + R"(,"list_items":[],"delete_list_items":[{"number":1},{"number":2}]})";
    QCOMPARE(post(Admin, "/api/checklist/update_list_items", noItems).status, 400);
    const QByteArray badNumber = "{\"checklist_id\":" + QByteArray::number(m_template)
        + R"(,"list_items":[{"number":0,"action":"X"}]})";
    QCOMPARE(post(Admin, "/api/checklist/update_list_items", badNumber).status, 400);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_items"_s), 2);

    const auto updated = post(Admin, "/api/checklist/update_list_items", edit);
    QCOMPARE(updated.status, 200);
    QCOMPARE(json(updated).value(u"created"_s).toBool(), true);
    // The template: Upload photos, Report — renumbered 1..2.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_items WHERE (position = 0 AND action = "
                    "'Upload photos') OR (position = 1 AND action = 'Report')"_s),
        2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_items"_s), 2);
    // The open instance: the confirmed Walk stays, Upload is renamed and keeps its tick, Report
    // is added unticked, and the instance is open again.
    const QString mine = u"user_checklist_id = "_s + QString::fromUtf8(open);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE "_s + mine), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE "_s + mine
                 + u" AND ((position = 0 AND action = 'Walk' AND confirmed_at IS NOT NULL) OR "
                   "(position = 1 AND action = 'Upload photos' AND completed_at IS NOT NULL) OR "
                   "(position = 2 AND action = 'Report' AND completed_at IS NULL))"_s),
        3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE id = "_s + QString::fromUtf8(open)
                 + u" AND completed_at IS NULL"_s),
        1);
    // The confirmed instance is as it was.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items i JOIN user_checklists c ON "
                    "c.id = i.user_checklist_id WHERE c.user_id = '%1' AND i.action IN ('Walk', "
                    "'Upload')"_s.arg(Admin)),
        2);

    // delete_checklist_item: by the template item's id, carried the same way.
    const qint64 report = scalar(u"SELECT id FROM checklist_items WHERE action = 'Report'"_s);
    const QByteArray removal = "{\"checklist_id\":" + QByteArray::number(m_template)
        + ",\"item_id\":" + QByteArray::number(report) + "}";
    QCOMPARE(post(Mapper, "/api/checklist/delete_checklist_item", removal).status, 403);
    const auto deleted = post(Admin, "/api/checklist/delete_checklist_item", removal);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(json(deleted).value(u"item_deleted"_s).toBool(), true);
    QCOMPARE(post(Admin, "/api/checklist/delete_checklist_item", removal).status, 404);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_items"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE "_s + mine), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'update_list_items'"_s), 2);
}

/// The person's, the validator's and the admin's lists (API.md §10) in the Template and
/// Instance shapes, each with its share.
void tst_ServerChecklists::listsShowEachViewItsShare()
{
    const auto started = post(Mapper, "/api/checklist/start_checklist", templateBody());
    const QByteArray instance
        = QByteArray::number(json(started).value(u"user_checklist_id"_s).toInteger());
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item",
                 "{\"checklist_id\":" + instance + ",\"item_number\":1}")
                 .status,
        200);
    QCOMPARE(post(Mapper, "/api/checklist/add_checklist_comment",
                 "{\"checklist_id\":" + instance + ",\"comment\":\"Walked\"}")
                 .status,
        200);

    const QJsonObject own = json(post(Mapper, "/api/checklist/fetch_user_checklists", {}));
    const QJsonArray startedList = own.value(u"user_started_checklists"_s).toArray();
    QCOMPARE(startedList.size(), 1);
    const QJsonObject mine = startedList.at(0).toObject();
    QCOMPARE(mine.value(u"checklist_id"_s).toInteger(), m_template);
    QCOMPARE(mine.value(u"name"_s).toString(), u"Survey"_s);
    QCOMPARE(mine.value(u"completion_rate_cents"_s).toInteger(), 200);
    QCOMPARE(mine.value(u"list_items"_s).toArray().size(), 2);
    QCOMPARE(mine.value(u"list_items"_s).toArray().at(0)[u"completed"_s].toBool(), true);
    QCOMPARE(mine.value(u"list_items"_s).toArray().at(1)[u"completed"_s].toBool(true), false);
    QCOMPARE(mine.value(u"comments"_s).toArray().at(0)[u"comment"_s].toString(), u"Walked"_s);
    QCOMPARE(own.value(u"user_available_checklists"_s).toArray().size(), 0); // started already
    const QJsonObject adminOwn = json(post(Admin, "/api/checklist/fetch_user_checklists", {}));
    QCOMPARE(adminOwn.value(u"user_available_checklists"_s).toArray().size(), 1);

    QCOMPARE(post(Mapper, "/api/checklist/fetch_validator_checklists", {}).status, 403);
    QCOMPARE(post(Mapper, "/api/checklist/fetch_admin_checklists", {}).status, 403);
    const QJsonObject validator
        = json(post(Admin, "/api/checklist/fetch_validator_checklists", {}));
    QCOMPARE(validator.value(u"ready_for_confirmation"_s).toArray().size(), 1);
    QCOMPARE(validator.value(u"ready_for_confirmation"_s).toArray().at(0)[u"user_id"_s].toString(),
        Mapper);
    const QJsonObject board = json(post(Admin, "/api/checklist/fetch_admin_checklists", {}));
    const QJsonArray active = board.value(u"active_checklists"_s).toArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0)[u"assigned_count"_s].toInt(), 1);
    QCOMPARE(active.at(0)[u"list_items"_s].toArray().size(), 2);
    QCOMPARE(board.value(u"ready_for_confirmation"_s).toArray().size(), 1);
    QCOMPARE(board.value(u"started_checklists"_s).toArray().size(), 0);

    // Confirmed: it moves to the confirmed lists, and the template shows what it paid.
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item",
                 "{\"checklist_id\":" + instance + ",\"item_number\":2}")
                 .status,
        200);
    // Item by item (confirm_checklist is the first test's): the last one confirms the checklist.
    const auto confirmItem = [&](int n) {
        return post(Admin, "/api/checklist/confirm_list_item",
            "{\"checklist_id\":" + instance + ",\"item_number\":" + QByteArray::number(n) + "}");
    };
    QCOMPARE(json(confirmItem(1)).value(u"checklist_confirmed"_s).toBool(true), false);
    const auto closing = confirmItem(2);
    QCOMPARE(closing.status, 200);
    QCOMPARE(json(closing).value(u"checklist_confirmed"_s).toBool(false), true);
    QCOMPARE(json(closing).value(u"message"_s).toString(), u"Checklist Survey confirmed!"_s);
    const QJsonObject after = json(post(Admin, "/api/checklist/fetch_admin_checklists", {}));
    QCOMPARE(after.value(u"confirmed_and_completed"_s).toArray().size(), 1);
    QCOMPARE(after.value(u"ready_for_confirmation"_s).toArray().size(), 0);
    QCOMPARE(
        after.value(u"active_checklists"_s).toArray().at(0)[u"total_payout_cents"_s].toInteger(),
        250);
    const QJsonObject ownAfter = json(post(Mapper, "/api/checklist/fetch_user_checklists", {}));
    QCOMPARE(ownAfter.value(u"user_confirmed_checklists"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(tst_ServerChecklists)
#include "tst_ServerChecklists.moc"
