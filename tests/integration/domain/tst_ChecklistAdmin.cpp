#include "services/domain/checklists/ChecklistAdmin.h"
#include "services/domain/checklists/ChecklistItems.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "services/store/SqlValues.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::ChecklistEdit;
using domain::ChecklistItemsEdit;
using domain::Role;

namespace {

const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller Owner { u"owner"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
const Caller NoOrg { u"no-org"_s, QString(), Role::User, true };

constexpr qint64 RoadQa = 301;
constexpr qint64 Archived = 302;
constexpr qint64 OtherOrgList = 401;

template <typename T>
QByteArray codeOf(const core::Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().code;
}

template <typename T>
QByteArray why(const core::Result<T> &result)
{
    return result.ok() ? QByteArray()
                       : result.error().code + ": " + result.error().diagnostic.toUtf8();
}

template <typename Set>
ChecklistEdit edited(Set set)
{
    ChecklistEdit edit;
    set(edit);
    return edit;
}

} // namespace

/// ChecklistAdmin and ChecklistItems called directly on both engines (API.md §10): editing and
/// archiving a template, the assignment listing, taking a checklist away, and item edits carried
/// to the instances that are not fully confirmed.
class tst_ChecklistAdmin : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void templateEditsAreWrittenTrimmedAndAudited();
    void anEmptyEditChangesNothing();
    void newRatesFollowTheInstancesNotYetConfirmed();
    void templateEditRefusals();
    void archivingEndsTheTemplateButKeepsItsInstances();
    void peopleShowEachActivePersonsState();
    void unassignTakesAnOpenChecklistAwayWithItsItemsAndComments();
    void unassignNeverTakesAConfirmedChecklist();
    void itemEditsReachOpenInstancesAndSpareConfirmedItems();
    void removingAnItemByIdRenumbersTemplateAndInstances();
    void itemEditRefusalsChangeNothing();
    void aTemplateKeepsAtLeastOneItem();

private:
    void exec(const QString &sql);
    qint64 scalar(const QString &sql) { return testing::scalarSql(*m_db, sql); }
    /// Each row of `sql` as its columns joined by '|'.
    QStringList rows(const QString &sql);
    QVariant value(const QString &sql);
    QStringList templateItems(qint64 checklistId);
    /// "action|link|completed|confirmed" per item, in order.
    QStringList instanceItems(qint64 userChecklistId);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::ChecklistAdmin> m_admin;
    std::unique_ptr<domain::ChecklistItems> m_items;
};

void tst_ChecklistAdmin::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 4);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_admin = std::make_unique<domain::ChecklistAdmin>(*m_db, m_clock);
    m_items = std::make_unique<domain::ChecklistItems>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO users (id, org_id, role, first_name, last_name, created_at, "
         "deactivated_at) VALUES "
         "('admin', 'org-a', 'admin', 'Ada', 'Admin', '2026-01-01T00:00:00Z', NULL), "
         "('owner', 'org-a', 'user', 'Olga', 'Owner', '2026-01-02T00:00:00Z', NULL), "
         "('mapper-2', 'org-a', 'user', 'Max', NULL, '2026-01-03T00:00:00Z', NULL), "
         "('validator', 'org-a', 'validator', 'Val', 'Idator', '2026-01-04T00:00:00Z', NULL), "
         "('gone', 'org-a', 'user', 'Gus', 'Gone', '2026-01-01T00:00:00Z', "
         "'2026-01-05T00:00:00Z'), "
         "('no-org', NULL, 'user', NULL, NULL, '2026-01-01T00:00:00Z', NULL), "
         "('admin-b', 'org-b', 'admin', 'Bo', 'Boss', '2026-01-01T00:00:00Z', NULL), "
         "('person-b', 'org-b', 'user', 'Bea', 'B', '2026-01-01T00:00:00Z', NULL)"_s);
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, created_at) VALUES "
         "(101, 'org-a', 'Roads', 'https://tasks.example/projects/101', 150, 50, "
         "'2026-01-01T00:00:00Z'), "
         "(102, 'org-a', 'Rivers', 'https://tasks.example/projects/102', 150, 50, "
         "'2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO project_members (project_id, user_id, member_role, assigned_at) VALUES "
         "(101, 'owner', 'editor', '2026-01-02T00:00:00Z'), "
         "(102, 'owner', 'editor', '2026-01-02T00:00:00Z'), "
         "(101, 'validator', 'validator', '2026-01-02T00:00:00Z')"_s);
    exec(u"INSERT INTO checklists (id, org_id, name, description, author_id, due_date, "
         "completion_rate_cents, validation_rate_cents, difficulty, visible, active, created_at, "
         "archived_at) VALUES "
         "(301, 'org-a', 'Road QA', 'Check roads', 'admin', NULL, 500, 120, 'Easy', TRUE, TRUE, "
         "'2026-01-05T00:00:00Z', NULL), "
         "(302, 'org-a', 'Old list', NULL, 'admin', NULL, 100, 10, NULL, TRUE, FALSE, "
         "'2026-01-05T00:00:00Z', '2026-01-06T00:00:00Z'), "
         "(401, 'org-b', 'B list', NULL, 'admin-b', NULL, 100, 10, NULL, TRUE, TRUE, "
         "'2026-01-05T00:00:00Z', NULL)"_s);
    exec(u"INSERT INTO checklist_items (id, checklist_id, position, action, link) VALUES "
         "(3011, 301, 0, 'Check junctions', 'https://wiki.example/junctions'), "
         "(3012, 301, 1, 'Check names', NULL), "
         "(3013, 301, 2, 'Check speeds', NULL), "
         "(3021, 302, 0, 'Old item', NULL), "
         "(4011, 401, 0, 'B item', NULL)"_s);
    // 501 the owner's, started with its first item ticked; 502 mapper-2's, completed, its first
    // item confirmed; 503 the validator's, confirmed (and snapshotted at older rates); 504
    // org-b's.
    exec(u"INSERT INTO user_checklists (id, checklist_id, user_id, org_id, "
         "completion_rate_cents, validation_rate_cents, assigned_by, started_at, completed_at, "
         "confirmed_at, confirmed_by) VALUES "
         "(501, 301, 'owner', 'org-a', 500, 120, 'admin', '2026-01-06T00:00:00Z', NULL, NULL, "
         "NULL), "
         "(502, 301, 'mapper-2', 'org-a', 500, 120, NULL, '2026-01-06T00:00:00Z', "
         "'2026-01-07T00:00:00Z', NULL, NULL), "
         "(503, 301, 'validator', 'org-a', 400, 100, NULL, '2026-01-06T00:00:00Z', "
         "'2026-01-07T00:00:00Z', '2026-01-08T00:00:00Z', 'admin'), "
         "(504, 401, 'person-b', 'org-b', 100, 10, NULL, '2026-01-06T00:00:00Z', NULL, NULL, "
         "NULL)"_s);
    exec(u"INSERT INTO user_checklist_items (id, user_checklist_id, position, action, link, "
         "completed_at, confirmed_at, confirmed_by) VALUES "
         "(5011, 501, 0, 'Check junctions', 'https://wiki.example/junctions', "
         "'2026-01-06T01:00:00Z', NULL, NULL), "
         "(5012, 501, 1, 'Check names', NULL, NULL, NULL, NULL), "
         "(5013, 501, 2, 'Check speeds', NULL, NULL, NULL, NULL), "
         "(5021, 502, 0, 'Check junctions', 'https://wiki.example/junctions', "
         "'2026-01-06T01:00:00Z', '2026-01-07T12:00:00Z', 'validator'), "
         "(5022, 502, 1, 'Check names', NULL, '2026-01-06T02:00:00Z', NULL, NULL), "
         "(5023, 502, 2, 'Check speeds', NULL, '2026-01-06T03:00:00Z', NULL, NULL), "
         "(5031, 503, 0, 'Check junctions', 'https://wiki.example/junctions', "
         "'2026-01-06T01:00:00Z', '2026-01-08T00:00:00Z', 'admin'), "
         "(5032, 503, 1, 'Check names', NULL, '2026-01-06T02:00:00Z', '2026-01-08T00:00:00Z', "
         "'admin'), "
         "(5033, 503, 2, 'Check speeds', NULL, '2026-01-06T03:00:00Z', '2026-01-08T00:00:00Z', "
         "'admin'), "
         "(5041, 504, 0, 'B item', NULL, NULL, NULL, NULL)"_s);
    exec(u"INSERT INTO checklist_comments (id, user_checklist_id, author_id, author_role, body, "
         "created_at) VALUES (601, 501, 'owner', 'user', 'Started', '2026-01-06T02:00:00Z')"_s);
}

void tst_ChecklistAdmin::cleanup()
{
    m_items.reset();
    m_admin.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_ChecklistAdmin::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

QStringList tst_ChecklistAdmin::rows(const QString &sql)
{
    return testing::textRows(*m_db, sql);
}

QVariant tst_ChecklistAdmin::value(const QString &sql)
{
    auto tx = m_db->begin(store::Database::Access::ReadOnly);
    if (!tx.ok())
        return {};
    auto result = tx.value().exec(sql);
    return result.ok() && result.value().next() ? result.value().value(0) : QVariant();
}

QStringList tst_ChecklistAdmin::templateItems(qint64 checklistId)
{
    return rows(u"SELECT action, COALESCE(link, '') FROM checklist_items "
                "WHERE checklist_id = %1 ORDER BY position"_s.arg(checklistId));
}

QStringList tst_ChecklistAdmin::instanceItems(qint64 userChecklistId)
{
    return rows(u"SELECT action, COALESCE(link, ''), "
                "CASE WHEN completed_at IS NULL THEN 0 ELSE 1 END, "
                "CASE WHEN confirmed_at IS NULL THEN 0 ELSE 1 END "
                "FROM user_checklist_items WHERE user_checklist_id = %1 ORDER BY position"_s.arg(
                    userChecklistId));
}

void tst_ChecklistAdmin::templateEditsAreWrittenTrimmedAndAudited()
{
    ChecklistEdit edit;
    edit.name = u"  Road QA v2  "_s;
    edit.description = u"All roads "_s;
    edit.difficulty = u"Hard"_s;
    edit.visible = false;
    edit.active = false;
    edit.dueDate = QDate(2026, 2, 1);
    const auto updated = m_admin->update(Admin, RoadQa, edit);
    QVERIFY2(updated.ok(), why(updated).constData());
    QCOMPARE(rows(u"SELECT name, description, difficulty, "
                  "CASE WHEN visible THEN 1 ELSE 0 END, CASE WHEN active THEN 1 ELSE 0 END, "
                  "due_date, completion_rate_cents, validation_rate_cents "
                  "FROM checklists WHERE id = 301"_s),
        QStringList({ u"Road QA v2|All roads|Hard|0|0|2026-02-01|500|120"_s }));
    // The other templates are untouched.
    QCOMPARE(rows(u"SELECT name FROM checklists WHERE id <> 301 ORDER BY id"_s),
        QStringList({ u"Old list"_s, u"B list"_s }));

    QCOMPARE(rows(u"SELECT action, entity, entity_id, actor_id, org_id FROM audit_log"_s),
        QStringList({ u"update_checklist|checklist|301|admin|org-a"_s }));
    const QJsonObject details = QJsonDocument::fromJson(
        value(u"SELECT CAST(details AS TEXT) FROM audit_log"_s).toString().toUtf8())
                                    .object();
    QCOMPARE(details.keys(),
        QStringList({ u"active"_s, u"description"_s, u"difficulty"_s, u"due_date"_s, u"name"_s,
            u"visible"_s }));
    QCOMPARE(details.value(u"name"_s).toString(), u"Road QA v2"_s);
    QCOMPARE(details.value(u"due_date"_s).toString(), u"2026-02-01"_s);
    QCOMPARE(details.value(u"visible"_s).toBool(true), false);
}

void tst_ChecklistAdmin::anEmptyEditChangesNothing()
{
    QVERIFY(m_admin->update(Admin, RoadQa, ChecklistEdit {}).ok());
    QCOMPARE(rows(u"SELECT name, completion_rate_cents FROM checklists WHERE id = 301"_s),
        QStringList({ u"Road QA|500"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 0);
    // Even an empty edit needs a template of the caller's organisation that is not archived.
    QCOMPARE(codeOf(m_admin->update(Admin, Archived, ChecklistEdit {})), QByteArray("not_found"));
    QCOMPARE(
        codeOf(m_admin->update(Admin, OtherOrgList, ChecklistEdit {})), QByteArray("not_found"));
}

void tst_ChecklistAdmin::newRatesFollowTheInstancesNotYetConfirmed()
{
    ChecklistEdit completion;
    completion.completionRate = Money(800);
    QVERIFY(m_admin->update(Admin, RoadQa, completion).ok());
    const QString rates
        = u"SELECT id, completion_rate_cents, validation_rate_cents FROM user_checklists "
          "ORDER BY id"_s;
    // 501 started and 502 completed follow; 503 was credited at confirmation and keeps its
    // rates; org-b's 504 is another template's.
    QCOMPARE(rows(rates),
        QStringList({ u"501|800|120"_s, u"502|800|120"_s, u"503|400|100"_s, u"504|100|10"_s }));

    ChecklistEdit validation;
    validation.validationRate = Money(150);
    QVERIFY(m_admin->update(Admin, RoadQa, validation).ok());
    QCOMPARE(rows(rates),
        QStringList({ u"501|800|150"_s, u"502|800|150"_s, u"503|400|100"_s, u"504|100|10"_s }));
    QCOMPARE(rows(u"SELECT completion_rate_cents, validation_rate_cents FROM checklists "
                  "WHERE id = 301"_s),
        QStringList({ u"800|150"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'update_checklist'"_s), 2);
}

void tst_ChecklistAdmin::templateEditRefusals()
{
    const QString row = u"SELECT name, COALESCE(description, ''), COALESCE(difficulty, ''), "
                        "completion_rate_cents, validation_rate_cents FROM checklists "
                        "ORDER BY id"_s;
    const QStringList before = rows(row);
    struct Case
    {
        const char *what;
        Caller caller;
        qint64 checklist;
        ChecklistEdit edit;
        QByteArray code;
        QString field;
    };
    const ChecklistEdit renamed = edited([](ChecklistEdit &e) { e.name = u"New"_s; });
    const QList<Case> cases {
        { "a blank name", Admin, RoadQa, edited([](ChecklistEdit &e) { e.name = u"   "_s; }),
            "invalid_field", u"name"_s },
        { "a name of 256", Admin, RoadQa,
            edited([](ChecklistEdit &e) { e.name = QString(256, u'n'); }), "invalid_field",
            u"name"_s },
        { "a description of 5001", Admin, RoadQa,
            edited([](ChecklistEdit &e) { e.description = QString(5001, u'd'); }), "invalid_field",
            u"description"_s },
        { "an empty difficulty", Admin, RoadQa,
            edited([](ChecklistEdit &e) { e.difficulty = QString(); }), "invalid_field",
            u"difficulty"_s },
        { "a difficulty of 51", Admin, RoadQa,
            edited([](ChecklistEdit &e) { e.difficulty = QString(51, u'x'); }), "invalid_field",
            u"difficulty"_s },
        { "a negative completion rate", Admin, RoadQa,
            edited([](ChecklistEdit &e) { e.completionRate = Money(-1); }), "invalid_amount",
            u"completion_rate"_s },
        { "an archived template", Admin, Archived, renamed, "not_found", QString() },
        { "another org's template", Admin, OtherOrgList, renamed, "not_found", QString() },
        { "an unknown template", Admin, 9999, renamed, "not_found", QString() },
        { "the other org's admin", OtherOrgAdmin, RoadQa, renamed, "not_found", QString() },
        { "a validator", Validator, RoadQa, renamed, "forbidden", QString() },
        { "the owner", Owner, RoadQa, renamed, "forbidden", QString() },
        { "no organisation", NoOrg, RoadQa, renamed, "no_organisation", QString() },
    };
    for (const Case &c : cases) {
        const auto result = m_admin->update(c.caller, c.checklist, c.edit);
        QVERIFY2(!result.ok(), c.what);
        QCOMPARE(result.error().code + " for " + c.what, c.code + " for " + c.what);
        QCOMPARE(result.error().field, c.field);
    }
    // A negative validation rate is refused too, naming its own field.
    ChecklistEdit negativeValidation;
    negativeValidation.validationRate = Money(-1);
    const auto refused = m_admin->update(Admin, RoadQa, negativeValidation);
    QCOMPARE(codeOf(refused), QByteArray("invalid_amount"));
    QCOMPARE(refused.error().field, u"validation_rate"_s);

    QCOMPARE(rows(row), before);
    QCOMPARE(rows(u"SELECT validation_rate_cents FROM user_checklists WHERE id = 501"_s),
        QStringList({ u"120"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 0);
}

void tst_ChecklistAdmin::archivingEndsTheTemplateButKeepsItsInstances()
{
    QCOMPARE(codeOf(m_admin->archive(Validator, RoadQa)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_admin->archive(OtherOrgAdmin, RoadQa)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_admin->archive(Admin, OtherOrgList)), QByteArray("not_found"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklists WHERE archived_at IS NOT NULL"_s), 1);

    QVERIFY(m_admin->archive(Admin, RoadQa).ok());
    QCOMPARE(store::utcFromValue(value(u"SELECT archived_at FROM checklists WHERE id = 301"_s))
                 .value_or(QDateTime()),
        m_clock.nowUtc());
    QCOMPARE(
        scalar(u"SELECT CASE WHEN active THEN 1 ELSE 0 END FROM checklists WHERE id = 301"_s), 0);
    QCOMPARE(rows(u"SELECT action, entity, entity_id, actor_id FROM audit_log"_s),
        QStringList({ u"delete_checklist|checklist|301|admin"_s }));
    // Open instances stay, to be finished and confirmed.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE checklist_id = 301"_s), 3);
    QCOMPARE(instanceItems(501).size(), 3);

    // An archived template is gone for every admin action.
    QCOMPARE(codeOf(m_admin->archive(Admin, RoadQa)), QByteArray("not_found"));
    ChecklistEdit edit;
    edit.name = u"Back"_s;
    QCOMPARE(codeOf(m_admin->update(Admin, RoadQa, edit)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_admin->people(Admin, RoadQa)), QByteArray("not_found"));
    ChecklistItemsEdit items;
    items.written << ChecklistItemsEdit::Item { 1, u"Walk"_s, {} };
    QCOMPARE(codeOf(m_items->edit(Admin, RoadQa, items)), QByteArray("not_found"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 1);
}

void tst_ChecklistAdmin::peopleShowEachActivePersonsState()
{
    const auto people = m_admin->people(Admin, RoadQa);
    QVERIFY2(people.ok(), why(people).constData());
    QStringList shown;
    for (const auto &p : people.value())
        shown << u"%1|%2|%3|%4|%5|%6"_s.arg(p.userId, p.name, p.role,
            p.joined.toString(Qt::ISODate), QString::number(p.assignedProjects), p.state);
    // Active people of org-a by id (not the deactivated one, nobody of org-b): the admin never
    // started it, mapper-2 completed it, the owner started it, the validator's was confirmed.
    QCOMPARE(shown,
        QStringList({ u"admin|Ada Admin|admin|2026-01-01T00:00:00Z|0|none"_s,
            u"mapper-2|Max|user|2026-01-03T00:00:00Z|0|completed"_s,
            u"owner|Olga Owner|user|2026-01-02T00:00:00Z|2|started"_s,
            u"validator|Val Idator|validator|2026-01-04T00:00:00Z|1|confirmed"_s }));

    const auto b = m_admin->people(OtherOrgAdmin, OtherOrgList);
    QVERIFY2(b.ok(), why(b).constData());
    QCOMPARE(b.value().size(), 2);
    QCOMPARE(b.value().at(0).userId, u"admin-b"_s);
    QCOMPARE(b.value().at(0).state, u"none"_s);
    QCOMPARE(b.value().at(1).userId, u"person-b"_s);
    QCOMPARE(b.value().at(1).state, u"started"_s);

    QCOMPARE(codeOf(m_admin->people(OtherOrgAdmin, RoadQa)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_admin->people(Admin, Archived)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_admin->people(Validator, RoadQa)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_admin->people(Owner, RoadQa)), QByteArray("forbidden"));
}

void tst_ChecklistAdmin::unassignTakesAnOpenChecklistAwayWithItsItemsAndComments()
{
    QCOMPARE(codeOf(m_admin->unassign(Validator, RoadQa, u"owner"_s)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_admin->unassign(OtherOrgAdmin, RoadQa, u"owner"_s)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_admin->unassign(Admin, RoadQa, u"admin"_s)), QByteArray("not_found"));
    QCOMPARE(
        codeOf(m_admin->unassign(Admin, OtherOrgList, u"person-b"_s)), QByteArray("not_found"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists"_s), 4);

    QVERIFY(m_admin->unassign(Admin, RoadQa, u"owner"_s).ok());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE id = 501"_s), 0);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM user_checklist_items WHERE user_checklist_id = 501"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_comments WHERE user_checklist_id = 501"_s), 0);
    // The others' instances stay as they were.
    QCOMPARE(rows(u"SELECT id FROM user_checklists ORDER BY id"_s),
        QStringList({ u"502"_s, u"503"_s, u"504"_s }));
    QCOMPARE(instanceItems(502).size(), 3);
    QCOMPARE(rows(u"SELECT action, entity, entity_id, actor_id FROM audit_log"_s),
        QStringList({ u"unassign_user_checklist|checklist|301|admin"_s }));
    QCOMPARE(QJsonDocument::fromJson(
                 value(u"SELECT CAST(details AS TEXT) FROM audit_log"_s).toString().toUtf8())
                 .object()
                 .value(u"user_id"_s)
                 .toString(),
        u"owner"_s);

    const auto people = m_admin->people(Admin, RoadQa);
    QVERIFY2(people.ok(), why(people).constData());
    QCOMPARE(people.value().at(2).userId, u"owner"_s);
    QCOMPARE(people.value().at(2).state, u"none"_s);
    QCOMPARE(codeOf(m_admin->unassign(Admin, RoadQa, u"owner"_s)), QByteArray("not_found"));

    // A completed one that is not yet confirmed can be taken away as well.
    QVERIFY(m_admin->unassign(Admin, RoadQa, u"mapper-2"_s).ok());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE id = 502"_s), 0);
}

void tst_ChecklistAdmin::unassignNeverTakesAConfirmedChecklist()
{
    const auto refused = m_admin->unassign(Admin, RoadQa, u"validator"_s);
    QCOMPARE(codeOf(refused), QByteArray("checklist_confirmed"));
    QCOMPARE(refused.error().kind, core::ErrorKind::Refused);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE id = 503"_s), 1);
    QCOMPARE(instanceItems(503).size(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 0);
}

void tst_ChecklistAdmin::itemEditsReachOpenInstancesAndSpareConfirmedItems()
{
    // Remove #2, rewrite #1, add #4 (a number the template does not have).
    ChecklistItemsEdit edit;
    edit.removed << 2;
    edit.written << ChecklistItemsEdit::Item { 1, u" Check all junctions "_s,
        u"https://wiki.example/junctions2"_s };
    edit.written << ChecklistItemsEdit::Item { 4, u"Check signs"_s, QString() };
    const auto done = m_items->edit(Admin, RoadQa, edit);
    QVERIFY2(done.ok(), why(done).constData());

    QCOMPARE(templateItems(RoadQa),
        QStringList({ u"Check all junctions|https://wiki.example/junctions2"_s, u"Check speeds|"_s,
            u"Check signs|"_s }));
    // The owner's started instance follows: the rewritten item keeps the owner's tick (only
    // its action and link are the template's), the new one is open.
    QCOMPARE(instanceItems(501),
        QStringList({ u"Check all junctions|https://wiki.example/junctions2|1|0"_s,
            u"Check speeds||0|0"_s, u"Check signs||0|0"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE id = 501 "
                    "AND completed_at IS NULL"_s),
        1);
    // Mapper-2's completed instance: its confirmed #1 stays as it was, #2 goes, and the new
    // item reopens it.
    QCOMPARE(instanceItems(502),
        QStringList({ u"Check junctions|https://wiki.example/junctions|1|1"_s,
            u"Check speeds||1|0"_s, u"Check signs||0|0"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE id = 502 "
                    "AND completed_at IS NULL"_s),
        1);
    // The confirmed instance and the other organisation's never change.
    QCOMPARE(instanceItems(503),
        QStringList({ u"Check junctions|https://wiki.example/junctions|1|1"_s,
            u"Check names||1|1"_s, u"Check speeds||1|1"_s }));
    QCOMPARE(instanceItems(504), QStringList({ u"B item||0|0"_s }));
    QCOMPARE(templateItems(OtherOrgList), QStringList({ u"B item|"_s }));

    QCOMPARE(rows(u"SELECT action, entity, entity_id FROM audit_log"_s),
        QStringList({ u"update_list_items|checklist|301"_s }));
    const QJsonObject details = QJsonDocument::fromJson(
        value(u"SELECT CAST(details AS TEXT) FROM audit_log"_s).toString().toUtf8())
                                    .object();
    QCOMPARE(details.value(u"removed"_s).toInt(), 1);
    QCOMPARE(details.value(u"written"_s).toInt(), 2);
    QCOMPARE(details.value(u"instances"_s).toInt(), 2);
}

void tst_ChecklistAdmin::removingAnItemByIdRenumbersTemplateAndInstances()
{
    QCOMPARE(codeOf(m_items->remove(Admin, RoadQa, 4011)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_items->remove(Admin, RoadQa, 99999)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_items->remove(OtherOrgAdmin, RoadQa, 3012)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_items->remove(Validator, RoadQa, 3012)), QByteArray("forbidden"));

    QVERIFY(m_items->remove(Admin, RoadQa, 3012).ok()); // "Check names", #2
    QCOMPARE(templateItems(RoadQa),
        QStringList({ u"Check junctions|https://wiki.example/junctions"_s, u"Check speeds|"_s }));
    QCOMPARE(rows(u"SELECT position FROM checklist_items WHERE checklist_id = 301 "
                  "ORDER BY position"_s),
        QStringList({ u"0"_s, u"1"_s }));
    QCOMPARE(instanceItems(501),
        QStringList(
            { u"Check junctions|https://wiki.example/junctions|1|0"_s, u"Check speeds||0|0"_s }));
    QCOMPARE(rows(u"SELECT position FROM user_checklist_items WHERE user_checklist_id = 501 "
                  "ORDER BY position"_s),
        QStringList({ u"0"_s, u"1"_s }));
    // Nothing was added, so mapper-2's completed instance stays completed.
    QCOMPARE(instanceItems(502),
        QStringList(
            { u"Check junctions|https://wiki.example/junctions|1|1"_s, u"Check speeds||1|0"_s }));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists WHERE id = 502 "
                    "AND completed_at IS NOT NULL"_s),
        1);
    QCOMPARE(instanceItems(503).size(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'update_list_items'"_s), 1);
}

void tst_ChecklistAdmin::itemEditRefusalsChangeNothing()
{
    const auto written = [](int number, const QString &action, const QString &link = {}) {
        ChecklistItemsEdit e;
        e.written << ChecklistItemsEdit::Item { number, action, link };
        return e;
    };
    const auto removed = [](int number) {
        ChecklistItemsEdit e;
        e.removed << number;
        return e;
    };
    struct Case
    {
        const char *what;
        ChecklistItemsEdit edit;
    };
    const QList<Case> invalid {
        { "item number 0", written(0, u"Walk"_s) },
        { "item number 201", written(201, u"Walk"_s) },
        { "a blank action", written(1, u"   "_s) },
        { "an action of 1001", written(1, QString(1001, u'a')) },
        { "an ftp link", written(1, u"Walk"_s, u"ftp://wiki.example/walk"_s) },
        { "a link without a host", written(1, u"Walk"_s, u"not a link"_s) },
        { "removing number 0", removed(0) },
        { "removing number 201", removed(201) },
    };
    for (const Case &c : invalid) {
        const auto result = m_items->edit(Admin, RoadQa, c.edit);
        QVERIFY2(!result.ok(), c.what);
        QCOMPARE(result.error().code + " for " + c.what, QByteArray("invalid_field for ") + c.what);
        QCOMPARE(result.error().field, u"list_items"_s);
    }
    const auto walk = written(1, u"Walk"_s);
    QCOMPARE(codeOf(m_items->edit(Admin, Archived, walk)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_items->edit(Admin, OtherOrgList, walk)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_items->edit(OtherOrgAdmin, RoadQa, walk)), QByteArray("not_found"));
    QCOMPARE(codeOf(m_items->edit(Validator, RoadQa, walk)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_items->edit(Owner, RoadQa, walk)), QByteArray("forbidden"));

    QCOMPARE(templateItems(RoadQa),
        QStringList({ u"Check junctions|https://wiki.example/junctions"_s, u"Check names|"_s,
            u"Check speeds|"_s }));
    QCOMPARE(instanceItems(501).size(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 0);
}

void tst_ChecklistAdmin::aTemplateKeepsAtLeastOneItem()
{
    ChecklistItemsEdit all;
    all.removed << 1 << 2 << 3;
    const auto refused = m_items->edit(Admin, RoadQa, all);
    QCOMPARE(codeOf(refused), QByteArray("invalid_field"));
    QCOMPARE(refused.error().field, u"list_items"_s);
    // Rolled back: the template and its instances keep every item.
    QCOMPARE(templateItems(RoadQa).size(), 3);
    QCOMPARE(instanceItems(501).size(), 3);
    QCOMPARE(instanceItems(502).size(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), 0);

    // Removing all but one is fine.
    ChecklistItemsEdit twoOfThree;
    twoOfThree.removed << 1 << 3;
    QVERIFY(m_items->edit(Admin, RoadQa, twoOfThree).ok());
    QCOMPARE(templateItems(RoadQa), QStringList({ u"Check names|"_s }));
    QCOMPARE(instanceItems(501), QStringList({ u"Check names||0|0"_s }));
    // Mapper-2's confirmed #1 stays in their instance.
    QCOMPARE(instanceItems(502),
        QStringList(
            { u"Check junctions|https://wiki.example/junctions|1|1"_s, u"Check names||1|0"_s }));
}

QTEST_GUILESS_MAIN(tst_ChecklistAdmin)
#include "tst_ChecklistAdmin.moc"
