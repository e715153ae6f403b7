#include "services/client/ChecklistChange.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

struct KindName
{
    ChecklistChange::Kind kind = ChecklistChange::Kind::Start;
    QStringView name;
};

constexpr KindName KindNames[] { { ChecklistChange::Kind::Start, u"start" },
    { ChecklistChange::Kind::SetDone, u"set_done" }, { ChecklistChange::Kind::Confirm, u"confirm" },
    { ChecklistChange::Kind::AddComment, u"add_comment" },
    { ChecklistChange::Kind::DeleteComment, u"delete_comment" } };

} // namespace

QString ChecklistChange::action() const
{
    switch (kind) {
    case Kind::Start:
        return u"checklist/start_checklist"_s;
    case Kind::SetDone:
        return done ? u"checklist/complete_list_item"_s : u"checklist/uncomplete_list_item"_s;
    case Kind::Confirm:
        return u"checklist/confirm_list_item"_s;
    case Kind::AddComment:
        return u"checklist/add_checklist_comment"_s;
    case Kind::DeleteComment:
        return u"checklist/delete_checklist_comment"_s;
    }
    return {};
}

QJsonObject ChecklistChange::requestBody() const
{
    switch (kind) {
    case Kind::Start:
        return { { u"checklist_id"_s, templateId } };
    case Kind::SetDone:
    case Kind::Confirm:
        return { { u"checklist_id"_s, checklistId }, { u"item_number"_s, itemNumber } };
    case Kind::AddComment:
        return { { u"checklist_id"_s, checklistId }, { u"comment"_s, text } };
    case Kind::DeleteComment:
        return { { u"comment_id"_s, commentId } };
    }
    return {};
}

QString ChecklistChange::answerIdKey() const
{
    switch (kind) {
    case Kind::Start:
        return u"user_checklist_id"_s;
    case Kind::AddComment:
        return u"comment_id"_s;
    default:
        return {};
    }
}

bool ChecklistChange::createsId() const
{
    return kind == Kind::Start || kind == Kind::AddComment;
}

QJsonObject ChecklistChange::toJson() const
{
    QString name;
    for (const KindName &k : KindNames)
        if (k.kind == kind)
            name = k.name.toString();
    return { { u"kind"_s, name }, { u"template_id"_s, templateId },
        { u"checklist_id"_s, checklistId }, { u"item_number"_s, itemNumber }, { u"done"_s, done },
        { u"text"_s, text }, { u"comment_id"_s, commentId }, { u"checklist_name"_s, checklistName },
        { u"owner_name"_s, ownerName } };
}

std::optional<ChecklistChange> ChecklistChange::fromJson(const QJsonObject &object)
{
    ChecklistChange c;
    const QString name = object.value(u"kind"_s).toString();
    bool known = false;
    for (const KindName &k : KindNames)
        if (k.name == name) {
            c.kind = k.kind;
            known = true;
        }
    if (!known)
        return std::nullopt;
    c.templateId = object.value(u"template_id"_s).toInteger();
    c.checklistId = object.value(u"checklist_id"_s).toInteger();
    c.itemNumber = object.value(u"item_number"_s).toInt();
    c.done = object.value(u"done"_s).toBool();
    c.text = object.value(u"text"_s).toString();
    c.commentId = object.value(u"comment_id"_s).toInteger();
    c.checklistName = object.value(u"checklist_name"_s).toString();
    c.ownerName = object.value(u"owner_name"_s).toString();
    return c;
}

} // namespace mikro::client
