#include "services/client/http/HttpChecklistAdminClient.h"

#include "services/client/codec/ChecklistCodec.h"
#include "services/client/codec/JsonReader.h"
#include "services/client/http/ApiConnection.h"
#include "services/client/http/ChangeCall.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using Answer = core::Result<QJsonObject>;

QJsonObject itemObject(int number, const QString &action, const QString &link)
{
    return { { u"number"_s, number }, { u"action"_s, action }, { u"link"_s, link } };
}

/// `dueDate` as the routes read it: a date, or "" for none.
QString dueDateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

HttpChecklistAdminClient::HttpChecklistAdminClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<OrgChecklists>> HttpChecklistAdminClient::board()
{
    return m_api.call(u"checklist/fetch_admin_checklists"_s)
        .then([](const Answer &answer) -> core::Result<OrgChecklists> {
            if (!answer.ok())
                return answer.error();
            OrgChecklists board;
            for (const QString &list : { u"active_checklists"_s, u"inactive_checklists"_s }) {
                auto templates
                    = readObjectArray<domain::TemplateView>(answer.value(), list, readTemplate);
                if (!templates.ok())
                    return templates.error();
                board.templates << templates.value();
            }
            std::ranges::sort(board.templates, {}, &domain::TemplateView::id);
            auto others = readOthersChecklists(answer.value());
            if (!others.ok())
                return others.error();
            board.assignments = others.value();
            return board;
        });
}

QFuture<core::Result<qint64>> HttpChecklistAdminClient::create(
    const domain::ChecklistDraft &draft, bool active)
{
    QJsonArray items;
    for (int i = 0; i < draft.items.size(); ++i)
        items << itemObject(i + 1, draft.items[i].action, draft.items[i].link);
    QJsonObject body { { u"checklistName"_s, draft.name },
        { u"checklistDescription"_s, draft.description },
        { u"checklistDifficulty"_s, draft.difficulty },
        { u"completionRate"_s, core::toDecimalString(draft.completionRate) },
        { u"validationRate"_s, core::toDecimalString(draft.validationRate) },
        { u"visibility"_s, draft.visible }, { u"checklistStatus"_s, active },
        { u"listItems"_s, items } };
    if (draft.dueDate && draft.dueDate->isValid())
        body.insert(u"dueDate"_s, dueDateText(*draft.dueDate));
    return change(u"checklist/create_checklist"_s, body, u"checklist_id"_s);
}

QFuture<core::Result<void>> HttpChecklistAdminClient::update(
    qint64 templateId, const domain::ChecklistEdit &edit)
{
    QJsonObject body { { u"checklistSelected"_s, templateId } };
    const auto text = [&body](const QString &name, const std::optional<QString> &value) {
        if (value)
            body.insert(name, *value);
    };
    const auto money = [&body](const QString &name, const std::optional<core::Money> &value) {
        if (value)
            body.insert(name, core::toDecimalString(*value));
    };
    text(u"checklistName"_s, edit.name);
    text(u"checklistDescription"_s, edit.description);
    text(u"difficulty"_s, edit.difficulty);
    money(u"completionRate"_s, edit.completionRate);
    money(u"validationRate"_s, edit.validationRate);
    if (edit.visible)
        body.insert(u"visibility"_s, *edit.visible);
    if (edit.active)
        body.insert(u"checklistStatus"_s, *edit.active);
    if (edit.dueDate)
        body.insert(u"dueDate"_s, dueDateText(*edit.dueDate));
    return change(u"checklist/update_checklist"_s, body).then(withoutValue);
}

QFuture<core::Result<void>> HttpChecklistAdminClient::editItems(
    qint64 templateId, const domain::ChecklistItemsEdit &edit)
{
    QJsonArray written;
    for (const auto &item : edit.written)
        written << itemObject(item.number, item.action, item.link);
    QJsonArray removed;
    for (const int number : edit.removed)
        removed << QJsonObject { { u"number"_s, number } };
    return change(u"checklist/update_list_items"_s,
        { { u"checklist_id"_s, templateId }, { u"list_items"_s, written },
            { u"delete_list_items"_s, removed } })
        .then(withoutValue);
}

QFuture<core::Result<void>> HttpChecklistAdminClient::archive(qint64 templateId)
{
    return change(u"checklist/delete_checklist"_s, { { u"checklist_id"_s, templateId } })
        .then(withoutValue);
}

QFuture<core::Result<QList<domain::ChecklistPerson>>> HttpChecklistAdminClient::people(
    qint64 templateId)
{
    return m_api.call(u"checklist/fetch_checklist_users"_s, { { u"checklist_id"_s, templateId } })
        .then([](const Answer &answer) -> core::Result<QList<domain::ChecklistPerson>> {
            if (!answer.ok())
                return answer.error();
            return readObjectArray<domain::ChecklistPerson>(
                answer.value(), u"users"_s, readChecklistPerson);
        });
}

QFuture<core::Result<qint64>> HttpChecklistAdminClient::assign(
    qint64 templateId, const QString &userId)
{
    return change(u"checklist/assign_user_checklist"_s,
        { { u"checklist_id"_s, templateId }, { u"user_id"_s, userId } }, u"user_checklist_id"_s);
}

QFuture<core::Result<void>> HttpChecklistAdminClient::unassign(
    qint64 templateId, const QString &userId)
{
    return change(u"checklist/unassign_user_checklist"_s,
        { { u"checklist_id"_s, templateId }, { u"user_id"_s, userId } })
        .then(withoutValue);
}

QFuture<core::Result<qint64>> HttpChecklistAdminClient::change(
    const QString &action, const QJsonObject &body, const QString &key)
{
    return callChange(m_api, m_feed, action, body, checklistAdminAreas, key);
}

} // namespace mikro::client
