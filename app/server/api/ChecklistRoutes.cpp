#include "app/server/api/ChecklistRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/ChecklistFields.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/domain/checklists/ChecklistComments.h"
#include "services/domain/checklists/ChecklistService.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

constexpr qsizetype MaxItems = 200;
constexpr qsizetype MaxItemText = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::ChecklistRoutes", text);
}

/// `listItems` [{number, action, link}] in `number` order.
core::Result<QList<domain::ChecklistDraft::Item>> itemsOf(const QByteArray &body)
{
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(u"listItems"_s);
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > MaxItems)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            tr("A checklist needs between 1 and %1 items.").arg(MaxItems))
            .withField(u"listItems"_s);
    QList<std::pair<qint64, domain::ChecklistDraft::Item>> numbered;
    for (const auto &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QString action = o.value(u"action"_s).toString().trimmed();
        const QString link = o.value(u"link"_s).toString().trimmed();
        // Too long is refused, never cut: the admin sees what was stored.
        if (action.size() > MaxItemText || link.size() > MaxItemText)
            return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                tr("An item's action and link are at most %1 characters.").arg(MaxItemText))
                .withField(u"listItems"_s);
        numbered.append({ o.value(u"number"_s).toInteger(numbered.size() + 1), { action, link } });
    }
    std::stable_sort(numbered.begin(), numbered.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<domain::ChecklistDraft::Item> items;
    for (const auto &[number, item] : numbered)
        items << item;
    return items;
}

/// `item_number` (from 1) → the service's position (from 0).
core::Result<int> positionOf(const JsonBody &body)
{
    const auto number = body.integer(u"item_number"_s, Need::Required);
    if (!number.ok())
        return number.error();
    if (*number.value() < 1 || *number.value() > MaxItems)
        return core::Error::make(
            core::ErrorKind::InvalidInput, "invalid_field", tr("Item numbers start at 1."))
            .withField(u"item_number"_s);
    return static_cast<int>(*number.value()) - 1; // the service counts from 0
}

} // namespace

void addChecklistRoutes(http::Router &router, const AuthGate &gate,
    const domain::ChecklistService &checklists, const domain::ChecklistComments &comments)
{
    addAction(router, gate, u"checklist"_s, u"create_checklist"_s,
        [&checklists](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto name = body.text(u"checklistName"_s, Need::Required, 255);
            const auto description = body.text(u"checklistDescription"_s, Need::Optional, 2000);
            const auto difficulty = body.text(u"checklistDifficulty"_s, Need::Optional, 50);
            const auto completion
                = body.money(u"completionRate"_s, Need::Required, core::SignPolicy::NonNegative);
            const auto validation
                = body.money(u"validationRate"_s, Need::Required, core::SignPolicy::NonNegative);
            const auto visible = body.boolean(u"visibility"_s);
            const auto active = either({ u"checklistStatus"_s, u"active_status"_s },
                [&](const QString &n) { return body.boolean(n); });
            const auto due = dueDateOf(body);
            const auto items = itemsOf(request.body);
            if (auto e = fieldProblems({ errorOf(name), errorOf(description), errorOf(difficulty),
                    errorOf(completion), errorOf(validation), errorOf(visible), errorOf(active),
                    errorOf(due), errorOf(items) }))
                return *e;
            domain::ChecklistDraft draft;
            draft.name = *name.value();
            draft.description = description.value().value_or(QString());
            draft.difficulty = difficulty.value().value_or(u"Medium"_s);
            draft.completionRate = *completion.value();
            draft.validationRate = *validation.value();
            draft.visible = visible.value().value_or(true);
            draft.dueDate = due.value();
            draft.items = items.value();
            const auto id = checklists.createTemplate(caller, draft);
            if (!id.ok())
                return id.error();
            // A new checklist is live at once unless `checklistStatus` is false (DECISIONS.md:
            // the web front end has no activation step; the desktop's editor starts it off).
            if (active.value().value_or(true))
                if (auto live = checklists.setActive(caller, id.value(), true); !live.ok())
                    return live.error();
            return client::JsonWriter::success(tr("Checklist created"))
                .field(u"checklist_id"_s, id.value());
        });

    const auto start
        = [&checklists](const JsonBody &body, const http::Request &, const domain::Caller &caller,
              const std::optional<QString> &assignee) -> ActionResult {
        const auto id = body.integer(u"checklist_id"_s, Need::Required);
        if (!id.ok())
            return id.error();
        const auto started = assignee ? checklists.assign(caller, *id.value(), *assignee)
                                      : checklists.start(caller, *id.value(), caller.userId);
        if (!started.ok())
            return started.error();
        return client::JsonWriter::success(tr("Checklist Started"))
            .field(u"started"_s, true)
            .field(u"user_checklist_id"_s, started.value());
    };
    addAction(router, gate, u"checklist"_s, u"start_checklist"_s,
        [start](const JsonBody &body, const http::Request &request, const domain::Caller &caller)
            -> ActionResult { return start(body, request, caller, std::nullopt); });
    addAction(router, gate, u"checklist"_s, u"assign_user_checklist"_s,
        [start](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto user = body.text(u"user_id"_s, Need::Required, 255);
            if (!user.ok())
                return user.error();
            return start(body, request, caller, user.value());
        });

    // Item actions: the instance and the item number, then the service call; the answer says
    // what the change did to the checklist (API.md §10: the flag, and a message naming a
    // checklist that is done).
    struct ItemAnswer
    {
        QString flag; ///< checklist_completed or checklist_confirmed
        QString itemDone; ///< the message while the checklist is not done
        QString checklistDone; ///< the message when it is, with the checklist's name as %1
    };
    const auto onItem
        = [](const JsonBody &body,
              const std::function<core::Result<domain::ItemOutcome>(qint64, int)> &act,
              const ItemAnswer &answer) -> ActionResult {
        const auto id = body.integer(u"checklist_id"_s, Need::Required);
        const auto position = positionOf(body);
        if (auto e = fieldProblems({ errorOf(id), errorOf(position) }))
            return *e;
        const auto outcome = act(*id.value(), position.value());
        if (!outcome.ok())
            return outcome.error();
        const bool done = outcome.value().checklistDone;
        return client::JsonWriter::success(
            done ? answer.checklistDone.arg(outcome.value().checklistName) : answer.itemDone)
            .field(answer.flag, done);
    };
    addAction(router, gate, u"checklist"_s, u"complete_list_item"_s,
        [&checklists, onItem](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            // `user_id`, when sent, must be the caller: the owner comes from the token.
            const auto user = body.text(u"user_id"_s, Need::Optional, 255);
            if (!user.ok())
                return user.error();
            if (user.value() && *user.value() != caller.userId)
                return core::Error::make(core::ErrorKind::Forbidden, "not_owner",
                    tr("Only the checklist's owner ticks its items."))
                    .withField(u"user_id"_s);
            return onItem(body,
                [&](qint64 id, int position) {
                    return checklists.completeItem(caller, id, position, true);
                },
                { u"checklist_completed"_s, tr("Item completed"), tr("Checklist %1 complete!") });
        });
    addAction(router, gate, u"checklist"_s, u"confirm_list_item"_s,
        [&checklists, onItem](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            return onItem(body,
                [&](qint64 id, int position) {
                    return checklists.confirmItem(caller, id, position);
                },
                { u"checklist_confirmed"_s, tr("Item confirmed"), tr("Checklist %1 confirmed!") });
        });
    addAction(router, gate, u"checklist"_s, u"uncomplete_list_item"_s,
        [&checklists, onItem](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            // Reopening an item leaves the checklist not complete: the flag is false.
            return onItem(body,
                [&](qint64 id, int position) {
                    return checklists.completeItem(caller, id, position, false);
                },
                { u"checklist_completed"_s, tr("Item reopened"), tr("Item reopened") });
        });
    addAction(router, gate, u"checklist"_s, u"confirm_checklist"_s,
        [&checklists](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto confirmed = checklists.confirmAll(caller, *id.value());
            if (!confirmed.ok())
                return confirmed.error();
            return client::JsonWriter::success(tr("Checklist confirmed"))
                .field(u"checklist_confirmed"_s, true)
                .field(u"confirmed_items"_s, qint64(confirmed.value()));
        });
    addAction(router, gate, u"checklist"_s, u"submit_checklist"_s,
        [&checklists](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            if (auto submitted = checklists.submit(caller, *id.value()); !submitted.ok())
                return submitted.error();
            return client::JsonWriter::success(tr("Checklist submitted"))
                .field(u"checklist_completed"_s, true);
        });

    addAction(router, gate, u"checklist"_s, u"add_checklist_comment"_s,
        [&comments](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            const auto comment = body.text(u"comment"_s, Need::Required, 2000);
            if (auto e = fieldProblems({ errorOf(id), errorOf(comment) }))
                return *e;
            const auto added = comments.add(caller, *id.value(), *comment.value());
            if (!added.ok())
                return added.error();
            return client::JsonWriter::success(tr("Comment added"))
                .field(u"comment_added"_s, true)
                .field(u"comment_id"_s, added.value());
        });

    addAction(router, gate, u"checklist"_s, u"delete_checklist_comment"_s,
        [&comments](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"comment_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            if (auto done = comments.remove(caller, *id.value()); !done.ok())
                return done.error();
            return client::JsonWriter::success(tr("Comment deleted"))
                .field(u"comment_deleted"_s, true);
        });
}

} // namespace mikro::server
