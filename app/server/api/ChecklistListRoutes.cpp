#include "app/server/api/ChecklistListRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/domain/checklists/ChecklistBoard.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::ChecklistListRoutes", text);
}

/// Comments as API.md §2 Instance lists them.
QList<client::JsonWriter> commentsJson(const QList<domain::InstanceView::Comment> &list)
{
    QList<client::JsonWriter> comments;
    for (const auto &c : list) {
        client::JsonWriter comment = client::JsonWriter::object();
        comment.field(u"id"_s, c.id)
            .field(u"comment"_s, c.body)
            .field(u"author"_s, c.author)
            .field(u"author_id"_s, c.authorId)
            .field(u"role"_s, c.role)
            .time(u"date"_s, c.at);
        comments << comment;
    }
    return comments;
}

/// The template fields both shapes carry.
void templateFields(client::JsonWriter &out, const domain::TemplateView &t)
{
    out.field(u"name"_s, t.name)
        .field(u"author"_s, t.author)
        .nullableText(u"author_id"_s, t.authorId)
        .field(u"description"_s, t.description)
        .field(u"due_date"_s,
            t.dueDate.isValid() ? QJsonValue(t.dueDate.toString(Qt::ISODate)) : QJsonValue())
        .nullableText(u"difficulty"_s, t.difficulty)
        .field(u"visibility"_s, t.visible)
        .field(u"active_status"_s, t.active)
        .money(u"completion_rate"_s, t.completionRate)
        .money(u"validation_rate"_s, t.validationRate);
}

client::JsonWriter templateJson(const domain::TemplateView &t)
{
    client::JsonWriter out = client::JsonWriter::object();
    out.field(u"id"_s, t.id);
    templateFields(out, t);
    QList<client::JsonWriter> items;
    for (const auto &i : t.items) {
        client::JsonWriter item = client::JsonWriter::object();
        item.field(u"id"_s, i.id)
            .field(u"number"_s, qint64(i.number))
            .field(u"action"_s, i.action)
            .nullableText(u"link"_s, i.link);
        items << item;
    }
    out.money(u"total_payout"_s, t.totalPayout)
        .field(u"assigned_count"_s, qint64(t.assignedCount))
        .field(u"completed"_s, false)
        .field(u"confirmed"_s, false)
        .array(u"list_items"_s, items)
        .field(u"comments"_s, QJsonValue(QJsonArray()));
    return out;
}

client::JsonWriter instanceJson(const domain::InstanceView &v)
{
    client::JsonWriter out = client::JsonWriter::object();
    out.field(u"id"_s, v.id)
        .field(u"checklist_id"_s, v.checklistId)
        .field(u"user_id"_s, v.userId)
        .field(u"user_name"_s, v.userName);
    templateFields(out, v.checklist);
    QList<client::JsonWriter> items;
    for (const auto &i : v.items) {
        client::JsonWriter item = client::JsonWriter::object();
        item.field(u"id"_s, i.id)
            .field(u"number"_s, qint64(i.number))
            .field(u"action"_s, i.action)
            .nullableText(u"link"_s, i.link)
            .field(u"completed"_s, i.completedAt.isValid())
            .field(u"confirmed"_s, i.confirmedAt.isValid())
            .time(u"completion_date"_s, i.completedAt)
            .time(u"confirmation_date"_s, i.confirmedAt)
            .nullableText(u"confirmed_by"_s, i.confirmedBy);
        items << item;
    }
    out.field(u"completed"_s, v.completed)
        .field(u"confirmed"_s, v.confirmed)
        .field(u"stale"_s, v.stale)
        .time(u"started_at"_s, v.startedAt)
        .time(u"completed_at"_s, v.completedAt)
        .time(u"confirmed_at"_s, v.confirmedAt)
        .nullableText(u"confirmed_by"_s, v.confirmedBy)
        .time(u"last_activity_at"_s, v.lastActivityAt)
        .array(u"list_items"_s, items)
        .array(u"comments"_s, commentsJson(v.comments))
        .field(u"comment_count"_s, qint64(v.commentCount));
    return out;
}

/// The caller's own lists (API.md `fetch_user_checklists`).
core::Result<client::JsonWriter> ownLists(
    const domain::ChecklistBoard &board, const domain::Caller &caller, const QString &message)
{
    const auto mine = board.mine(caller);
    if (!mine.ok())
        return mine.error();
    const auto startable = board.available(caller);
    if (!startable.ok())
        return startable.error();
    QList<client::JsonWriter> started;
    QList<client::JsonWriter> completed;
    QList<client::JsonWriter> confirmed;
    for (const domain::InstanceView &v : mine.value())
        (v.confirmed ? confirmed : v.completed ? completed : started) << instanceJson(v);
    QList<client::JsonWriter> available;
    for (const domain::TemplateView &t : startable.value())
        available << templateJson(t);
    client::JsonWriter out = client::JsonWriter::success(message);
    out.array(u"user_started_checklists"_s, started)
        .array(u"user_completed_checklists"_s, completed)
        .array(u"user_confirmed_checklists"_s, confirmed)
        .array(u"user_available_checklists"_s, available);
    return out;
}

/// Other people's instances waiting for a validator and those confirmed; with `byState`, the
/// stale and the other started ones too (the admin's board).
void othersLists(client::JsonWriter &out, const QList<domain::InstanceView> &others, bool byState)
{
    QList<client::JsonWriter> ready;
    QList<client::JsonWriter> confirmed;
    QList<client::JsonWriter> stale;
    QList<client::JsonWriter> started;
    for (const domain::InstanceView &v : others) {
        if (v.confirmed)
            confirmed << instanceJson(v);
        else if (v.awaitingConfirmation)
            ready << instanceJson(v);
        else if (v.stale)
            stale << instanceJson(v);
        else
            started << instanceJson(v);
    }
    out.array(u"ready_for_confirmation"_s, ready).array(u"confirmed_and_completed"_s, confirmed);
    if (byState)
        out.array(u"stale_started_checklists"_s, stale).array(u"started_checklists"_s, started);
}

} // namespace

void addChecklistListRoutes(
    http::Router &router, const AuthGate &gate, const domain::ChecklistBoard &board)
{
    addAction(router, gate, u"checklist"_s, u"fetch_user_checklists"_s,
        [&board](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto out = ownLists(board, caller, tr("Your checklists"));
            if (!out.ok())
                return out.error();
            return out.value();
        });

    addAction(router, gate, u"checklist"_s, u"fetch_validator_checklists"_s,
        [&board](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto others = board.others(caller);
            if (!others.ok())
                return others.error();
            auto out = ownLists(board, caller, tr("Validator checklists"));
            if (!out.ok())
                return out.error();
            othersLists(out.value(), others.value(), false);
            return out.value();
        });

    // Issue 10 #13: the lists carry an instance's newest comments; older ones page from here.
    addAction(router, gate, u"checklist"_s, u"fetch_checklist_comments"_s,
        [&board](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            const auto before = body.integer(u"before_id"_s, Need::Optional);
            const auto limit = body.integer(u"limit"_s, Need::Optional);
            for (const auto *field : { &id, &before, &limit })
                if (!field->ok())
                    return field->error();
            const auto page = board.commentPage(caller, *id.value(), before.value().value_or(0),
                static_cast<int>(
                    qBound(qint64(1), limit.value().value_or(qint64(50)), qint64(100))));
            if (!page.ok())
                return page.error();
            return client::JsonWriter::success(tr("Comments"))
                .array(u"comments"_s, commentsJson(page.value().comments))
                .field(u"more"_s, page.value().more);
        });

    addAction(router, gate, u"checklist"_s, u"fetch_admin_checklists"_s,
        [&board](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto templates = board.templates(caller);
            if (!templates.ok())
                return templates.error();
            const auto others = board.others(caller);
            if (!others.ok())
                return others.error();
            QList<client::JsonWriter> active;
            QList<client::JsonWriter> inactive;
            for (const domain::TemplateView &t : templates.value())
                (t.active ? active : inactive) << templateJson(t);
            client::JsonWriter out = client::JsonWriter::success(tr("Checklists"));
            out.array(u"active_checklists"_s, active).array(u"inactive_checklists"_s, inactive);
            othersLists(out, others.value(), true);
            return out;
        });
}

} // namespace mikro::server
