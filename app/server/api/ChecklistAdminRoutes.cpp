#include "app/server/api/ChecklistAdminRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/ChecklistFields.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/ChecklistCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/domain/checklists/ChecklistAdmin.h"
#include "services/domain/checklists/ChecklistItems.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::ChecklistAdminRoutes", text);
}

/// `list_items` [{number, action, link}] and `delete_list_items` [{number}]; numbers may be
/// strings of digits.
core::Result<domain::ChecklistItemsEdit> itemsEditOf(const QByteArray &raw)
{
    const QJsonObject body = QJsonDocument::fromJson(raw).object();
    const auto numberOf = [](const QJsonValue &v) {
        bool ok = false;
        const int n = v.isString() ? v.toString().toInt(&ok) : v.toInt(-1);
        return ok || v.isDouble() ? n : -1;
    };
    domain::ChecklistItemsEdit edit;
    const QJsonValue written = body.value(u"list_items"_s);
    const QJsonValue removed = body.value(u"delete_list_items"_s);
    if (!written.isArray())
        return core::Error::make(core::ErrorKind::InvalidInput, "missing_field",
            tr("list_items is required, as a list."))
            .withField(u"list_items"_s);
    if (written.toArray().size() > domain::ChecklistItems::MaxItems
        || removed.toArray().size() > domain::ChecklistItems::MaxItems)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            tr("At most %1 items.").arg(domain::ChecklistItems::MaxItems))
            .withField(u"list_items"_s);
    for (const auto &v : written.toArray())
        edit.written << domain::ChecklistItemsEdit::Item { numberOf(v[u"number"_s]),
            v[u"action"_s].toString(), v[u"link"_s].toString() };
    for (const auto &v : removed.toArray())
        edit.removed << numberOf(v[u"number"_s]);
    return edit;
}

} // namespace

void addChecklistAdminRoutes(http::Router &router, const AuthGate &gate,
    const domain::ChecklistAdmin &admin, const domain::ChecklistItems &items)
{
    addAction(router, gate, u"checklist"_s, u"update_checklist"_s,
        [&admin](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto text = [&](const QStringList &names, qsizetype max) {
                return either(
                    names, [&](const QString &n) { return body.text(n, Need::Optional, max); });
            };
            const auto money = [&](const QStringList &names) {
                return either(names, [&](const QString &n) {
                    return body.money(n, Need::Optional, core::SignPolicy::NonNegative);
                });
            };
            const auto flag = [&](const QStringList &names) {
                return either(names, [&](const QString &n) { return body.boolean(n); });
            };
            const auto id = either({ u"checklistSelected"_s, u"checklist_id"_s },
                [&](const QString &n) { return body.integer(n, Need::Optional); });
            const auto name = text({ u"checklistName"_s, u"name"_s }, 255);
            const auto description = text({ u"checklistDescription"_s, u"description"_s }, 5000);
            const auto difficulty = text({ u"difficulty"_s, u"checklistDifficulty"_s }, 50);
            const auto completion = money({ u"completionRate"_s, u"completion_rate"_s });
            const auto validation = money({ u"validationRate"_s, u"validation_rate"_s });
            const auto visible = flag({ u"visibility"_s });
            const auto active = flag({ u"checklistStatus"_s, u"active_status"_s });
            const auto due = dueDateOf(body);
            if (auto e = fieldProblems({ errorOf(id), errorOf(name), errorOf(description),
                    errorOf(difficulty), errorOf(completion), errorOf(validation), errorOf(visible),
                    errorOf(active), errorOf(due) }))
                return *e;
            if (!id.value())
                return core::Error::make(core::ErrorKind::InvalidInput, "missing_field",
                    tr("Choose the checklist to change."))
                    .withField(u"checklistSelected"_s);
            const domain::ChecklistEdit edit { name.value(), description.value(),
                difficulty.value(), completion.value(), validation.value(), visible.value(),
                active.value(), due.value() };
            if (auto updated = admin.update(caller, *id.value(), edit); !updated.ok())
                return updated.error();
            return client::JsonWriter::success(tr("Checklist Updated")).field(u"updated"_s, true);
        });

    addAction(router, gate, u"checklist"_s, u"fetch_checklist_users"_s,
        [&admin](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto people = admin.people(caller, *id.value());
            if (!people.ok())
                return people.error();
            QList<client::JsonWriter> users;
            for (const domain::ChecklistPerson &p : people.value())
                users << client::writeChecklistPerson(p);
            return client::JsonWriter::success(tr("Checklist users")).array(u"users"_s, users);
        });

    addAction(router, gate, u"checklist"_s, u"update_list_items"_s,
        [&items](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto edit = itemsEditOf(request.body);
            if (!edit.ok())
                return edit.error();
            if (auto done = items.edit(caller, *id.value(), edit.value()); !done.ok())
                return done.error();
            return client::JsonWriter::success(tr("Checklist Items Updated"))
                .field(u"created"_s, true);
        });

    addAction(router, gate, u"checklist"_s, u"delete_checklist_item"_s,
        [&items](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            const auto item = body.integer(u"item_id"_s, Need::Required);
            if (auto e = fieldProblems({ errorOf(id), errorOf(item) }))
                return *e;
            if (auto done = items.remove(caller, *id.value(), *item.value()); !done.ok())
                return done.error();
            return client::JsonWriter::success(tr("Checklist item deleted"))
                .field(u"item_deleted"_s, true);
        });

    addAction(router, gate, u"checklist"_s, u"delete_checklist"_s,
        [&admin](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            if (auto archived = admin.archive(caller, *id.value()); !archived.ok())
                return archived.error();
            return client::JsonWriter::success(tr("Checklist deleted")).field(u"deleted"_s, true);
        });

    addAction(router, gate, u"checklist"_s, u"unassign_user_checklist"_s,
        [&admin](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            const auto user = body.text(u"user_id"_s, Need::Required, 255);
            if (auto e = fieldProblems({ errorOf(id), errorOf(user) }))
                return *e;
            if (auto removed = admin.unassign(caller, *id.value(), *user.value()); !removed.ok())
                return removed.error();
            return client::JsonWriter::success(tr("Checklist unassigned"))
                .field(u"unassigned"_s, true);
        });
}

} // namespace mikro::server
