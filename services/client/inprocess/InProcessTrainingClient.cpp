#include "services/client/inprocess/InProcessTrainingClient.h"

#include "services/client/inprocess/InProcessContext.h"

#include <algorithm>

namespace mikro::client {

InProcessTrainingClient::InProcessTrainingClient(InProcessContext &context)
    : m_context(context)
    , m_catalog(context.database())
    , m_trainings(context.database(), context.clock())
{
}

QFuture<core::Result<QList<domain::TrainingView>>> InProcessTrainingClient::mine()
{
    return m_context.run<QList<domain::TrainingView>>([this](const domain::Caller &caller) {
        auto trainings = m_catalog.personTrainings(caller);
        if (trainings.ok())
            std::ranges::sort(trainings.value(), {}, &domain::TrainingView::id);
        return trainings;
    });
}

QFuture<core::Result<domain::Quiz>> InProcessTrainingClient::quiz(qint64 trainingId)
{
    return m_context.run<domain::Quiz>([this, trainingId](const domain::Caller &caller) {
        return m_trainings.quiz(caller, trainingId);
    });
}

QFuture<core::Result<domain::QuizResult>> InProcessTrainingClient::submit(
    qint64 trainingId, const QMap<qint64, qint64> &answers)
{
    return m_context.run<domain::QuizResult>(
        [this, trainingId, answers](const domain::Caller &caller) {
            auto result = m_trainings.submit(caller, trainingId, answers);
            if (result.ok())
                m_context.feed().announce(quizAreas(result.value().passed));
            return result;
        });
}

} // namespace mikro::client
