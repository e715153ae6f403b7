#include "services/client/http/HttpChecklistsClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/codec/ChecklistCodec.h"
#include "services/client/codec/JsonReader.h"
#include "services/client/http/ApiConnection.h"
#include "services/client/http/ChangeCall.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using Answer = core::Result<QJsonObject>;

} // namespace

HttpChecklistsClient::HttpChecklistsClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<domain::OwnChecklists>> HttpChecklistsClient::mine()
{
    return m_api.call(u"checklist/fetch_user_checklists"_s)
        .then([](const Answer &answer) -> core::Result<domain::OwnChecklists> {
            if (!answer.ok())
                return answer.error();
            return readOwnChecklists(answer.value());
        });
}

QFuture<core::Result<qint64>> HttpChecklistsClient::start(qint64 templateId)
{
    return change(u"checklist/start_checklist"_s, QJsonObject { { u"checklist_id"_s, templateId } },
        u"user_checklist_id"_s, checklistWorkAreas);
}

QFuture<core::Result<void>> HttpChecklistsClient::setItemDone(
    qint64 checklistId, int itemNumber, bool done)
{
    return change(done ? u"checklist/complete_list_item"_s : u"checklist/uncomplete_list_item"_s,
        QJsonObject { { u"checklist_id"_s, checklistId }, { u"item_number"_s, itemNumber } }, {},
        checklistWorkAreas)
        .then(withoutValue);
}

QFuture<core::Result<qint64>> HttpChecklistsClient::addComment(
    qint64 checklistId, const QString &text)
{
    return change(u"checklist/add_checklist_comment"_s,
        QJsonObject { { u"checklist_id"_s, checklistId }, { u"comment"_s, text } }, u"comment_id"_s,
        checklistWorkAreas);
}

QFuture<core::Result<void>> HttpChecklistsClient::deleteComment(qint64 commentId)
{
    return change(u"checklist/delete_checklist_comment"_s,
        QJsonObject { { u"comment_id"_s, commentId } }, {}, checklistWorkAreas)
        .then(withoutValue);
}

QFuture<core::Result<QList<domain::InstanceView>>> HttpChecklistsClient::toReview()
{
    return m_api.call(u"checklist/fetch_validator_checklists"_s)
        .then([](const Answer &answer) -> core::Result<QList<domain::InstanceView>> {
            if (!answer.ok())
                return answer.error();
            return readOthersChecklists(answer.value());
        });
}

QFuture<core::Result<void>> HttpChecklistsClient::confirmItem(qint64 checklistId, int itemNumber)
{
    return change(u"checklist/confirm_list_item"_s,
        QJsonObject { { u"checklist_id"_s, checklistId }, { u"item_number"_s, itemNumber } }, {},
        confirmationAreas)
        .then(withoutValue);
}

QFuture<core::Result<int>> HttpChecklistsClient::confirmAll(qint64 checklistId)
{
    return change(u"checklist/confirm_checklist"_s,
        QJsonObject { { u"checklist_id"_s, checklistId } }, u"confirmed_items"_s, confirmationAreas)
        .then([](const core::Result<qint64> &count) -> core::Result<int> {
            if (!count.ok())
                return count.error();
            return static_cast<int>(count.value());
        });
}

QFuture<core::Result<qint64>> HttpChecklistsClient::apply(
    const ChecklistChange &change, const QUuid &operation)
{
    return this->change(change.action(), change.requestBody(), change.answerIdKey(),
        areasOf(change), operation.toByteArray(QUuid::WithoutBraces));
}

QFuture<core::Result<qint64>> HttpChecklistsClient::change(const QString &action,
    const QJsonObject &body, const QString &key, const QList<ChangeFeed::Area> &areas,
    const QByteArray &idempotencyKey)
{
    return m_api.call(action, body, idempotencyKey)
        .then([feed = &m_feed, key, areas](const Answer &answer) -> core::Result<qint64> {
            if (!answer.ok())
                return answer.error();
            feed->announce(areas);
            if (key.isEmpty())
                return qint64(0);
            return readShape<qint64>(answer.value(), u"checklist change"_s,
                [&key](JsonReader &io, qint64 &id) { io.integer(key, id); });
        });
}

} // namespace mikro::client
