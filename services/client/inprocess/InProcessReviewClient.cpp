#include "services/client/inprocess/InProcessReviewClient.h"

#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessReviewClient::InProcessReviewClient(InProcessContext &context)
    : m_context(context)
    , m_crediting(context.database(), context.clock())
{
}

QFuture<core::Result<QList<domain::ReviewItem>>> InProcessReviewClient::queue()
{
    return m_context.run<QList<domain::ReviewItem>>(
        [this](const domain::Caller &caller) { return m_crediting.reviewQueue(caller); });
}

QFuture<core::Result<core::Money>> InProcessReviewClient::decide(
    qint64 projectId, qint64 taskId, bool validate)
{
    return m_context.run<core::Money>(
        [this, projectId, taskId, validate](const domain::Caller &caller) {
            auto credited = m_crediting.decideReview(caller, projectId, taskId, validate);
            if (credited.ok())
                m_context.feed().announce(reviewAreas);
            return credited;
        });
}

} // namespace mikro::client
