#include "services/client/inprocess/InProcessTrainingAdminClient.h"

#include "services/client/inprocess/InProcessContext.h"
#include "services/core/Clock.h"

#include <algorithm>

namespace mikro::client {

InProcessTrainingAdminClient::InProcessTrainingAdminClient(InProcessContext &context)
    : m_context(context)
    , m_catalog(context.database())
    , m_trainings(context.database(), context.clock())
{
}

template <typename T>
core::Result<T> InProcessTrainingAdminClient::announced(core::Result<T> done)
{
    if (done.ok())
        m_context.feed().announce(trainingAdminAreas);
    return done;
}

QFuture<core::Result<QList<domain::TrainingView>>> InProcessTrainingAdminClient::catalog()
{
    return m_context.run<QList<domain::TrainingView>>([this](const domain::Caller &caller) {
        auto trainings = m_catalog.orgTrainings(caller, m_context.clock().nowUtc());
        if (trainings.ok())
            std::ranges::sort(trainings.value(), {}, &domain::TrainingView::id);
        return trainings;
    });
}

QFuture<core::Result<qint64>> InProcessTrainingAdminClient::create(
    const domain::TrainingDraft &draft)
{
    return m_context.run<qint64>([this, draft](const domain::Caller &caller) {
        return announced(m_trainings.create(caller, draft));
    });
}

QFuture<core::Result<void>> InProcessTrainingAdminClient::modify(
    qint64 trainingId, const domain::TrainingChange &change)
{
    return m_context.run<void>([this, trainingId, change](const domain::Caller &caller) {
        return announced(m_trainings.modify(caller, trainingId, change));
    });
}

QFuture<core::Result<void>> InProcessTrainingAdminClient::archive(qint64 trainingId)
{
    return m_context.run<void>([this, trainingId](const domain::Caller &caller) {
        return announced(m_trainings.archive(caller, trainingId));
    });
}

QFuture<core::Result<void>> InProcessTrainingAdminClient::restore(qint64 trainingId)
{
    return m_context.run<void>([this, trainingId](const domain::Caller &caller) {
        return announced(m_trainings.restore(caller, trainingId));
    });
}

QFuture<core::Result<QList<domain::TrainingResult>>> InProcessTrainingAdminClient::results(
    qint64 trainingId)
{
    return m_context.run<QList<domain::TrainingResult>>(
        [this, trainingId](
            const domain::Caller &caller) { return m_catalog.results(caller, trainingId); });
}

} // namespace mikro::client
