#include "services/client/codec/ChecklistCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

/// A template has no comments (API.md §2): always `[]`.
const QJsonValue NoComments = QJsonArray();

/// The template's fields both shapes carry, in the order both write them.
template <typename Io, typename Row>
void describeTemplateFields(Io &io, Row &t)
{
    io.text(u"name"_s, t.name);
    io.text(u"author"_s, t.author);
    io.nullableText(u"author_id"_s, t.authorId);
    io.text(u"description"_s, t.description);
    io.date(u"due_date"_s, t.dueDate);
    io.nullableText(u"difficulty"_s, t.difficulty);
    io.boolean(u"visibility"_s, t.visible);
    io.boolean(u"active_status"_s, t.active);
    io.money(u"completion_rate"_s, t.completionRate);
    io.money(u"validation_rate"_s, t.validationRate);
}

template <typename Io, typename Row>
void describeTemplateItem(Io &io, Row &i)
{
    io.integer(u"id"_s, i.id);
    io.integer(u"number"_s, i.number);
    io.text(u"action"_s, i.action);
    io.nullableText(u"link"_s, i.link);
}

template <typename Io, typename Row>
void describeTemplate(Io &io, Row &t)
{
    io.integer(u"id"_s, t.id);
    describeTemplateFields(io, t);
    io.money(u"total_payout"_s, t.totalPayout);
    io.integer(u"assigned_count"_s, t.assignedCount);
    io.integer(u"confirmed_count"_s, t.confirmedCount);
    io.derived(u"completed"_s, false);
    io.derived(u"confirmed"_s, false);
    io.array(
        u"list_items"_s, t.items, [](auto &nested, auto &i) { describeTemplateItem(nested, i); });
    io.derived(u"comments"_s, NoComments);
}

template <typename Io, typename Row>
void describeChecklistPerson(Io &io, Row &p)
{
    io.text(u"id"_s, p.userId);
    io.text(u"name"_s, p.name);
    io.text(u"role"_s, p.role);
    io.time(u"joined"_s, p.joined);
    io.integer(u"assigned_projects"_s, p.assignedProjects);
    io.derived(u"assigned"_s, p.state == "none"_L1 ? u"No"_s : u"Yes"_s);
    io.text(u"checklist_state"_s, p.state);
}

template <typename Io, typename Row>
void describeInstanceItem(Io &io, Row &i)
{
    describeTemplateItem(io, i); // id, number, action, link: the same four first
    io.derived(u"completed"_s, i.completedAt.isValid());
    io.derived(u"confirmed"_s, i.confirmedAt.isValid());
    io.time(u"completion_date"_s, i.completedAt);
    io.time(u"confirmation_date"_s, i.confirmedAt);
    io.nullableText(u"confirmed_by"_s, i.confirmedBy);
}

template <typename Io, typename Row>
void describeComment(Io &io, Row &c)
{
    io.integer(u"id"_s, c.id);
    io.text(u"comment"_s, c.body);
    io.text(u"author"_s, c.author);
    io.text(u"author_id"_s, c.authorId);
    io.text(u"role"_s, c.role);
    io.time(u"date"_s, c.at);
}

template <typename Io, typename Row>
void describeInstance(Io &io, Row &v)
{
    io.integer(u"id"_s, v.id);
    io.integer(u"checklist_id"_s, v.checklistId);
    io.text(u"user_id"_s, v.userId);
    io.text(u"user_name"_s, v.userName);
    describeTemplateFields(io, v.checklist);
    io.boolean(u"completed"_s, v.completed);
    io.boolean(u"confirmed"_s, v.confirmed);
    io.boolean(u"stale"_s, v.stale);
    io.time(u"started_at"_s, v.startedAt);
    io.time(u"completed_at"_s, v.completedAt);
    io.time(u"confirmed_at"_s, v.confirmedAt);
    io.nullableText(u"confirmed_by"_s, v.confirmedBy);
    io.time(u"last_activity_at"_s, v.lastActivityAt);
    io.array(
        u"list_items"_s, v.items, [](auto &nested, auto &i) { describeInstanceItem(nested, i); });
    io.array(u"comments"_s, v.comments, [](auto &nested, auto &c) { describeComment(nested, c); });
    io.integer(u"comment_count"_s, v.commentCount);
}

template <typename Io, typename Page>
void describeCommentPage(Io &io, Page &p)
{
    io.array(u"comments"_s, p.comments, [](auto &nested, auto &c) { describeComment(nested, c); });
    io.boolean(u"more"_s, p.more);
}

} // namespace

JsonWriter writeTemplate(const domain::TemplateView &checklist)
{
    return writeShape(checklist, [](auto &io, auto &t) { describeTemplate(io, t); });
}

core::Result<domain::TemplateView> readTemplate(const QJsonObject &object)
{
    return readShape<domain::TemplateView>(
        object, u"Template"_s, [](auto &io, auto &t) { describeTemplate(io, t); });
}

JsonWriter writeChecklistPerson(const domain::ChecklistPerson &person)
{
    return writeShape(person, [](auto &io, auto &p) { describeChecklistPerson(io, p); });
}

core::Result<domain::ChecklistPerson> readChecklistPerson(const QJsonObject &object)
{
    return readShape<domain::ChecklistPerson>(
        object, u"checklist user"_s, [](auto &io, auto &p) { describeChecklistPerson(io, p); });
}

JsonWriter writeInstance(const domain::InstanceView &instance)
{
    return writeShape(instance, [](auto &io, auto &v) { describeInstance(io, v); });
}

core::Result<domain::InstanceView> readInstance(const QJsonObject &object)
{
    return readShape<domain::InstanceView>(
        object, u"Instance"_s, [](auto &io, auto &v) { describeInstance(io, v); });
}

JsonWriter writeComment(const domain::InstanceView::Comment &comment)
{
    return writeShape(comment, [](auto &io, auto &c) { describeComment(io, c); });
}

core::Result<domain::InstanceView::Comment> readComment(const QJsonObject &object)
{
    return readShape<domain::InstanceView::Comment>(
        object, u"Comment"_s, [](auto &io, auto &c) { describeComment(io, c); });
}

void writeCommentPage(JsonWriter &envelope, const domain::CommentPage &page)
{
    writeShape(envelope, page, [](auto &io, auto &p) { describeCommentPage(io, p); });
}

core::Result<domain::CommentPage> readCommentPage(const QJsonObject &answer)
{
    return readShape<domain::CommentPage>(
        answer, u"comments"_s, [](auto &io, auto &p) { describeCommentPage(io, p); });
}

namespace {

struct OwnLists
{
    QList<domain::InstanceView> started;
    QList<domain::InstanceView> completed;
    QList<domain::InstanceView> confirmed;
    QList<domain::TemplateView> available;
};

template <typename Io, typename Lists>
void describeOwnLists(Io &io, Lists &l)
{
    const auto instance = [](auto &nested, auto &v) { describeInstance(nested, v); };
    io.array(u"user_started_checklists"_s, l.started, instance);
    io.array(u"user_completed_checklists"_s, l.completed, instance);
    io.array(u"user_confirmed_checklists"_s, l.confirmed, instance);
    io.array(u"user_available_checklists"_s, l.available,
        [](auto &nested, auto &t) { describeTemplate(nested, t); });
}

struct OthersLists
{
    QList<domain::InstanceView> ready;
    QList<domain::InstanceView> confirmed;
    QList<domain::InstanceView> stale;
    QList<domain::InstanceView> started;
};

template <typename Io, typename Lists>
void describeOthersLists(Io &io, Lists &l)
{
    const auto instance = [](auto &nested, auto &v) { describeInstance(nested, v); };
    io.array(u"ready_for_confirmation"_s, l.ready, instance);
    io.array(u"confirmed_and_completed"_s, l.confirmed, instance);
    io.array(u"stale_started_checklists"_s, l.stale, instance);
    io.array(u"started_checklists"_s, l.started, instance);
}

} // namespace

void writeOthersChecklists(JsonWriter &envelope, const QList<domain::InstanceView> &others)
{
    OthersLists lists;
    for (const domain::InstanceView &v : others) {
        (v.confirmed                     ? lists.confirmed
                : v.awaitingConfirmation ? lists.ready
                : v.stale                ? lists.stale
                                         : lists.started)
            << v;
    }
    writeShape(envelope, lists, [](auto &io, auto &l) { describeOthersLists(io, l); });
}

core::Result<QList<domain::InstanceView>> readOthersChecklists(const QJsonObject &answer)
{
    const auto lists = readShape<OthersLists>(
        answer, u"checklists"_s, [](auto &io, auto &l) { describeOthersLists(io, l); });
    if (!lists.ok())
        return lists.error();
    OthersLists l = lists.value();
    // The Instance shape has no field for it: the list it comes in says it.
    for (domain::InstanceView &v : l.ready)
        v.awaitingConfirmation = true;
    QList<domain::InstanceView> all = l.ready + l.confirmed + l.stale + l.started;
    std::ranges::sort(all, {}, &domain::InstanceView::id);
    return all;
}

void writeOwnChecklists(JsonWriter &envelope, const domain::OwnChecklists &own)
{
    OwnLists lists;
    for (const domain::InstanceView &v : own.mine)
        (v.confirmed ? lists.confirmed : v.completed ? lists.completed : lists.started) << v;
    lists.available = own.available;
    writeShape(envelope, lists, [](auto &io, auto &l) { describeOwnLists(io, l); });
}

core::Result<domain::OwnChecklists> readOwnChecklists(const QJsonObject &answer)
{
    const auto lists = readShape<OwnLists>(
        answer, u"checklists"_s, [](auto &io, auto &l) { describeOwnLists(io, l); });
    if (!lists.ok())
        return lists.error();
    domain::OwnChecklists own { lists.value().started + lists.value().completed
            + lists.value().confirmed,
        lists.value().available };
    std::ranges::sort(own.mine, {}, &domain::InstanceView::id);
    std::ranges::sort(own.available, {}, &domain::TemplateView::id);
    return own;
}

} // namespace mikro::client
