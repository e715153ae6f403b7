#include "services/client/http/HttpReviewClient.h"

#include "services/client/codec/JsonReader.h"
#include "services/client/codec/ReviewCodec.h"
#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpReviewClient::HttpReviewClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<QList<domain::ReviewItem>>> HttpReviewClient::queue()
{
    return m_api.call(u"task/fetch_external_validations"_s)
        .then(
            [](const core::Result<QJsonObject> &answer) -> core::Result<QList<domain::ReviewItem>> {
                if (!answer.ok())
                    return answer.error();
                return readReviewQueue(answer.value());
            });
}

QFuture<core::Result<core::Money>> HttpReviewClient::decide(
    qint64 projectId, qint64 taskId, bool validate)
{
    const QJsonObject body { { u"project_id"_s, projectId }, { u"task_id"_s, taskId },
        { u"task_action"_s, validate ? u"Validate"_s : u"Invalidate"_s } };
    return m_api.call(u"task/update_task"_s, body, ApiConnection::newOperationKey())
        .then(
            [feed = &m_feed](const core::Result<QJsonObject> &answer) -> core::Result<core::Money> {
                if (!answer.ok())
                    return answer.error();
                struct Credited
                {
                    core::Money amount;
                };
                auto read = readShape<Credited>(answer.value(), u"update_task"_s,
                    [](auto &io, Credited &c) { io.money(u"mapper_credited"_s, c.amount); });
                if (!read.ok())
                    return read.error();
                feed->announce(reviewAreas);
                return read.value().amount;
            });
}

} // namespace mikro::client
