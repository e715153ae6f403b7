#include "services/client/http/HttpTrainingClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/codec/QuizCodec.h"
#include "services/client/codec/TrainingCodec.h"
#include "services/client/http/ApiConnection.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using Answer = core::Result<QJsonObject>;

} // namespace

HttpTrainingClient::HttpTrainingClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<QList<domain::TrainingView>>> HttpTrainingClient::mine()
{
    return m_api.call(u"training/fetch_user_trainings"_s)
        .then([](const Answer &answer) -> core::Result<QList<domain::TrainingView>> {
            if (!answer.ok())
                return answer.error();
            auto trainings = readTrainingLists(answer.value(), false);
            if (trainings.ok())
                std::ranges::sort(trainings.value(), {}, &domain::TrainingView::id);
            return trainings;
        });
}

QFuture<core::Result<domain::Quiz>> HttpTrainingClient::quiz(qint64 trainingId)
{
    return m_api
        .call(u"training/fetch_training_quiz"_s, QJsonObject { { u"training_id"_s, trainingId } })
        .then([](const Answer &answer) -> core::Result<domain::Quiz> {
            if (!answer.ok())
                return answer.error();
            return readQuiz(answer.value());
        });
}

QFuture<core::Result<domain::QuizResult>> HttpTrainingClient::submit(
    qint64 trainingId, const QMap<qint64, qint64> &answers)
{
    QJsonArray chosen;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        chosen.append(
            QJsonObject { { u"question_id"_s, it.key() }, { u"answer_id"_s, it.value() } });
    return m_api
        .call(u"training/submit_quiz"_s,
            QJsonObject { { u"training_id"_s, trainingId }, { u"answers"_s, chosen } })
        .then([feed = &m_feed](const Answer &answer) -> core::Result<domain::QuizResult> {
            if (!answer.ok())
                return answer.error();
            auto result = readQuizResult(answer.value());
            feed->announce(quizAreas(result.ok() && result.value().passed));
            return result;
        });
}

} // namespace mikro::client
