#include "services/client/ChecklistAdminClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;
using testing::Validator;

namespace {

template <typename T>
QString problem(const core::Result<T> &result)
{
    return result.ok() ? QString() : testing::describeError(result.error());
}

domain::ChecklistDraft bridgesDraft()
{
    domain::ChecklistDraft draft;
    draft.name = u"Bridge survey"_s;
    draft.description = u"Every bridge of the district"_s;
    draft.difficulty = u"Hard"_s;
    draft.completionRate = core::Money(400);
    draft.validationRate = core::Money(75);
    draft.visible = false;
    draft.dueDate = QDate(2027, 3, 31);
    draft.items = { { u"Trace the bridges"_s, {} },
        { u"Tag their names"_s, u"https://wiki.example/bridges"_s } };
    return draft;
}

const domain::TemplateView *findTemplate(const client::OrgChecklists &board, qint64 id)
{
    const auto it = std::ranges::find(board.templates, id, &domain::TemplateView::id);
    return it == board.templates.end() ? nullptr : &*it;
}

} // namespace

/// An admin's checklists (UI.md §5.7) through both backends on one database, both engines: the
/// organisation's board alike; a template written, edited, its items changed, archived through
/// either and read back the same through the other; people, assignment and unassignment; and
/// every refusal alike, changing nothing.
class tst_ChecklistAdminContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void theBoardIsTheSameThroughBoth();
    void aTemplateWrittenThroughEitherReadsTheSame_data();
    void aTemplateWrittenThroughEitherReadsTheSame();
    void peopleAreAssignedThroughEither_data();
    void peopleAreAssignedThroughEither();
    void refusalsAreTheSameThroughBoth();

private:
    [[nodiscard]] client::OrgChecklists boardThrough(const QString &name);
    qint64 m_template = 0;
};

void tst_ChecklistAdminContract::init()
{
    startBackends(Admin);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    QCOMPARE(post(Validator, "/api/login", "{}").status, 200); // the person's first sign-in
    onboard(Validator, u"validator_osm"_s);
    m_template = createRoadQaChecklist(); // Road QA, 2 items, live at once
}

client::OrgChecklists tst_ChecklistAdminContract::boardThrough(const QString &name)
{
    const auto board = testing::awaitClient(backend(name).checklistAdmin().board());
    if (!board.ok()) {
        qWarning("%s: %s", qPrintable(name), qPrintable(problem(board)));
        return {};
    }
    return board.value();
}

void tst_ChecklistAdminContract::theBoardIsTheSameThroughBoth()
{
    // The mapper has done one of two items; the admin's own checklist is not on the board.
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(m_template).toUtf8());
    QCOMPARE(started.status, 200);
    const qint64 instance = json(started).value(u"user_checklist_id"_s).toInteger();
    QCOMPARE(post(Mapper, "/api/checklist/complete_list_item",
                 u"{\"checklist_id\":%1,\"item_number\":1}"_s.arg(instance).toUtf8())
                 .status,
        200);
    QCOMPARE(post(Admin, "/api/checklist/start_checklist",
                 u"{\"checklist_id\":%1}"_s.arg(m_template).toUtf8())
                 .status,
        200);

    const client::OrgChecklists h = boardThrough(u"http"_s);
    const client::OrgChecklists l = boardThrough(u"inprocess"_s);
    QCOMPARE(h.templates.size(), 1);
    QCOMPARE(l.templates, h.templates);
    const domain::TemplateView &t = h.templates[0];
    QCOMPARE(t.id, m_template);
    QCOMPARE(t.name, u"Road QA"_s);
    QVERIFY(t.active);
    QCOMPARE(t.assignedCount, 2);
    QCOMPARE(t.completionRate.cents(), 250);
    QCOMPARE(t.items.size(), 2);
    QCOMPARE(t.items[1].link, u"https://wiki.example/bridges"_s);

    QCOMPARE(h.assignments.size(), 1);
    QCOMPARE(l.assignments.size(), 1);
    const domain::InstanceView &a = h.assignments[0];
    QCOMPARE(a.id, instance);
    QCOMPARE(a.checklistId, m_template);
    QCOMPARE(a.userId, Mapper);
    QVERIFY(!a.completed);
    QCOMPARE(l.assignments[0].id, a.id);
    QCOMPARE(l.assignments[0].userName, a.userName);
    // Times travel to the second over HTTP.
    QCOMPARE(l.assignments[0].startedAt.toSecsSinceEpoch(), a.startedAt.toSecsSinceEpoch());
    QCOMPARE(
        l.assignments[0].lastActivityAt.toSecsSinceEpoch(), a.lastActivityAt.toSecsSinceEpoch());
    QCOMPARE(l.assignments[0].items.size(), 2);
    QVERIFY(l.assignments[0].items[0].completedAt.isValid());
    QCOMPARE(a.items[0].completedAt.toSecsSinceEpoch(),
        l.assignments[0].items[0].completedAt.toSecsSinceEpoch());
    QVERIFY(!a.items[1].completedAt.isValid());
}

void tst_ChecklistAdminContract::aTemplateWrittenThroughEitherReadsTheSame_data()
{
    QTest::addColumn<QString>("writeWith");
    QTest::addColumn<QString>("readWith");
    QTest::newRow("write over http, read in process") << u"http"_s << u"inprocess"_s;
    QTest::newRow("write in process, read over http") << u"inprocess"_s << u"http"_s;
}

void tst_ChecklistAdminContract::aTemplateWrittenThroughEitherReadsTheSame()
{
    QFETCH(QString, writeWith);
    QFETCH(QString, readWith);
    client::ChecklistAdminClient &writer = backend(writeWith).checklistAdmin();
    QSignalSpy announced(&backend(writeWith).feed(), &client::ChangeFeed::changed);

    const auto made = testing::awaitClient(writer.create(bridgesDraft(), false));
    QVERIFY2(made.ok(), qPrintable(problem(made)));
    QTRY_COMPARE(announced.size(), 1);
    QVERIFY(announced[0][0].value<QList<client::ChangeFeed::Area>>().contains(
        client::ChangeFeed::Area::Checklists));
    client::OrgChecklists board = boardThrough(readWith);
    const domain::TemplateView *t = findTemplate(board, made.value());
    QVERIFY(t);
    QCOMPARE(t->name, u"Bridge survey"_s);
    QVERIFY(!t->active); // the editor starts new templates off
    QVERIFY(!t->visible);
    QCOMPARE(t->difficulty, u"Hard"_s);
    QCOMPARE(t->dueDate, QDate(2027, 3, 31));
    QCOMPARE(t->completionRate.cents(), 400);
    QCOMPARE(t->validationRate.cents(), 75);
    QCOMPARE(t->items.size(), 2);
    QCOMPARE(t->items[0].number, 1);
    QCOMPARE(t->items[1].action, u"Tag their names"_s);
    QCOMPARE(t->items[1].link, u"https://wiki.example/bridges"_s);

    // The fields, with the due date taken away, and the template made live.
    domain::ChecklistEdit edit;
    edit.name = u"Bridge and ford survey"_s;
    edit.completionRate = core::Money(500);
    edit.active = true;
    edit.dueDate = QDate();
    const auto updated = testing::awaitClient(writer.update(made.value(), edit));
    QVERIFY2(updated.ok(), qPrintable(problem(updated)));
    // The items: the first removed, the second rewritten, a new one after it.
    domain::ChecklistItemsEdit items;
    items.removed = { 1 };
    items.written = { { 2, u"Tag bridge names"_s, {} }, { 3, u"Add fords"_s, {} } };
    const auto edited = testing::awaitClient(writer.editItems(made.value(), items));
    QVERIFY2(edited.ok(), qPrintable(problem(edited)));
    board = boardThrough(readWith);
    t = findTemplate(board, made.value());
    QVERIFY(t);
    QCOMPARE(t->name, u"Bridge and ford survey"_s);
    QVERIFY(t->active);
    QVERIFY(!t->dueDate.isValid());
    QCOMPARE(t->completionRate.cents(), 500);
    QCOMPARE(t->validationRate.cents(), 75); // not given, so kept
    QCOMPARE(t->items.size(), 2);
    QCOMPARE(t->items[0].number, 1);
    QCOMPARE(t->items[0].action, u"Tag bridge names"_s);
    QCOMPARE(t->items[1].action, u"Add fords"_s);
    QVERIFY(scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'checklist' AND "
                   "entity_id = '%1'"_s.arg(made.value()))
        >= 3);

    const auto archived = testing::awaitClient(writer.archive(made.value()));
    QVERIFY2(archived.ok(), qPrintable(problem(archived)));
    board = boardThrough(readWith);
    QVERIFY(!findTemplate(board, made.value()));
    QVERIFY(findTemplate(board, m_template)); // the other stays
}

void tst_ChecklistAdminContract::peopleAreAssignedThroughEither_data()
{
    QTest::addColumn<QString>("assignWith");
    QTest::addColumn<QString>("readWith");
    QTest::newRow("assign over http, read in process") << u"http"_s << u"inprocess"_s;
    QTest::newRow("assign in process, read over http") << u"inprocess"_s << u"http"_s;
}

void tst_ChecklistAdminContract::peopleAreAssignedThroughEither()
{
    QFETCH(QString, assignWith);
    QFETCH(QString, readWith);
    const auto stateOf = [&](const QString &userId) {
        const auto people
            = testing::awaitClient(backend(readWith).checklistAdmin().people(m_template));
        if (!people.ok())
            return problem(people);
        const auto it = std::ranges::find(people.value(), userId, &domain::ChecklistPerson::userId);
        return it == people.value().end() ? u"absent"_s : it->state;
    };
    QCOMPARE(stateOf(Mapper), u"none"_s);
    QCOMPARE(stateOf(Validator), u"none"_s);

    client::ChecklistAdminClient &admin = backend(assignWith).checklistAdmin();
    const auto assigned = testing::awaitClient(admin.assign(m_template, Mapper));
    QVERIFY2(assigned.ok(), qPrintable(problem(assigned)));
    QVERIFY(assigned.value() > 0);
    QCOMPARE(stateOf(Mapper), u"started"_s);
    QCOMPARE(stateOf(Validator), u"none"_s);
    const client::OrgChecklists board = boardThrough(readWith);
    QCOMPARE(board.assignments.size(), 1);
    QCOMPARE(board.assignments[0].id, assigned.value());

    const auto again = testing::awaitClient(admin.assign(m_template, Mapper));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, core::ErrorKind::Conflict);
    QCOMPARE(again.error().code, "already_started");

    const auto removed = testing::awaitClient(admin.unassign(m_template, Mapper));
    QVERIFY2(removed.ok(), qPrintable(problem(removed)));
    QCOMPARE(stateOf(Mapper), u"none"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists"_s), 0);
}

void tst_ChecklistAdminContract::refusalsAreTheSameThroughBoth()
{
    // Bridge survey, inactive, for the refusals of a template that cannot be assigned.
    const auto made = testing::awaitClient(m_local->checklistAdmin().create(bridgesDraft(), false));
    QVERIFY2(made.ok(), qPrintable(problem(made)));
    const qint64 inactive = made.value();
    const auto started = post(Mapper, "/api/checklist/start_checklist",
        u"{\"checklist_id\":%1}"_s.arg(m_template).toUtf8());
    QCOMPARE(started.status, 200);
    const qint64 instance = json(started).value(u"user_checklist_id"_s).toInteger();
    for (const int number : { 1, 2 })
        QCOMPARE(
            post(Mapper, "/api/checklist/complete_list_item",
                u"{\"checklist_id\":%1,\"item_number\":%2}"_s.arg(instance).arg(number).toUtf8())
                .status,
            200);
    QCOMPARE(post(Validator, "/api/checklist/confirm_checklist",
                 u"{\"checklist_id\":%1}"_s.arg(instance).toUtf8())
                 .status,
        200);
    const qint64 templatesBefore = scalar(u"SELECT COUNT(*) FROM checklists"_s);
    const qint64 itemsBefore = scalar(u"SELECT COUNT(*) FROM checklist_items"_s);
    const qint64 instancesBefore = scalar(u"SELECT COUNT(*) FROM user_checklists"_s);
    const qint64 auditBefore = scalar(u"SELECT COUNT(*) FROM audit_log"_s);

    expectRefusedAlike<void>({
        { "another organisation's template",
            [](auto &b) { return b.checklistAdmin().update(4242, domain::ChecklistEdit {}); },
            core::ErrorKind::NotFound, "not_found" },
        { "a negative rate",
            [inactive](auto &b) {
                domain::ChecklistEdit edit;
                edit.validationRate = core::Money(-1);
                return b.checklistAdmin().update(inactive, edit);
            },
            core::ErrorKind::InvalidInput, "invalid_amount" },
        { "no items left",
            [inactive](auto &b) {
                domain::ChecklistItemsEdit edit;
                edit.removed = { 1, 2 };
                return b.checklistAdmin().editItems(inactive, edit);
            },
            core::ErrorKind::InvalidInput, "invalid_field" },
        { "a confirmed checklist taken back",
            [this](auto &b) { return b.checklistAdmin().unassign(m_template, Mapper); },
            core::ErrorKind::Refused, "checklist_confirmed" },
    });
    expectRefusedAlike<qint64>({
        { "an inactive template",
            [inactive](auto &b) { return b.checklistAdmin().assign(inactive, Validator); },
            core::ErrorKind::Refused, "checklist_inactive" },
        { "an unknown template", [](auto &b) { return b.checklistAdmin().assign(4242, Validator); },
            core::ErrorKind::NotFound, "not_found" },
    });
    expectRefusedAlike<QList<domain::ChecklistPerson>>({
        { "people of an unknown template", [](auto &b) { return b.checklistAdmin().people(4242); },
            core::ErrorKind::NotFound, "not_found" },
    });
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklists"_s), templatesBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM checklist_items"_s), itemsBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM user_checklists"_s), instancesBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), auditBefore);

    // A validator is refused the admin's board.
    const auto validator = httpBackendFor(Validator);
    const auto forbidden = testing::awaitClient(validator->checklistAdmin().board());
    QVERIFY(!forbidden.ok());
    QCOMPARE(forbidden.error().kind, core::ErrorKind::Forbidden);
}

QTEST_GUILESS_MAIN(tst_ChecklistAdminContract)
#include "tst_ChecklistAdminContract.moc"
