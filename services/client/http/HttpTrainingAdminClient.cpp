#include "services/client/http/HttpTrainingAdminClient.h"

#include "services/client/codec/JsonReader.h"
#include "services/client/codec/TrainingCodec.h"
#include "services/client/http/ApiConnection.h"
#include "services/client/http/ChangeCall.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

using Answer = core::Result<QJsonObject>;

/// Questions in API.md's second format: `{question, answers [{answer, correct}]}`.
QJsonArray questionsOf(const QList<domain::TrainingDraft::Question> &questions)
{
    QJsonArray out;
    for (const domain::TrainingDraft::Question &q : questions) {
        QJsonArray answers;
        for (const domain::TrainingDraft::Answer &a : q.answers)
            answers << QJsonObject { { u"answer"_s, a.text }, { u"correct"_s, a.correct } };
        out << QJsonObject { { u"question"_s, q.text }, { u"answers"_s, answers } };
    }
    return out;
}

} // namespace

HttpTrainingAdminClient::HttpTrainingAdminClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<QList<domain::TrainingView>>> HttpTrainingAdminClient::catalog()
{
    return m_api.call(u"training/fetch_org_trainings"_s)
        .then([](const Answer &answer) -> core::Result<QList<domain::TrainingView>> {
            if (!answer.ok())
                return answer.error();
            auto trainings = readTrainingLists(answer.value(), true);
            if (trainings.ok())
                std::ranges::sort(trainings.value(), {}, &domain::TrainingView::id);
            return trainings;
        });
}

QFuture<core::Result<qint64>> HttpTrainingAdminClient::create(const domain::TrainingDraft &draft)
{
    return change(u"training/create_training"_s,
        { { u"title"_s, draft.title }, { u"training_url"_s, draft.url },
            { u"training_type"_s, domain::trainingTypeText(draft.type) },
            { u"point_value"_s, draft.pointValue }, { u"difficulty"_s, draft.difficulty },
            { u"pass_percent"_s, draft.passPercent },
            { u"questions"_s, questionsOf(draft.questions) } },
        u"training_id"_s);
}

QFuture<core::Result<void>> HttpTrainingAdminClient::modify(
    qint64 trainingId, const domain::TrainingChange &c)
{
    QJsonObject body { { u"training_id"_s, trainingId } };
    if (c.title)
        body.insert(u"title"_s, *c.title);
    if (c.url)
        body.insert(u"training_url"_s, *c.url);
    if (c.type)
        body.insert(u"training_type"_s, domain::trainingTypeText(*c.type));
    if (c.pointValue)
        body.insert(u"point_value"_s, *c.pointValue);
    if (c.difficulty)
        body.insert(u"difficulty"_s, *c.difficulty);
    if (c.passPercent)
        body.insert(u"pass_percent"_s, *c.passPercent);
    if (c.questions)
        body.insert(u"questions"_s, questionsOf(*c.questions));
    return change(u"training/modify_training"_s, body).then(withoutValue);
}

QFuture<core::Result<void>> HttpTrainingAdminClient::archive(qint64 trainingId)
{
    return change(u"training/delete_training"_s, { { u"training_id"_s, trainingId } })
        .then(withoutValue);
}

QFuture<core::Result<void>> HttpTrainingAdminClient::restore(qint64 trainingId)
{
    return change(u"training/restore_training"_s, { { u"training_id"_s, trainingId } })
        .then(withoutValue);
}

QFuture<core::Result<QList<domain::TrainingResult>>> HttpTrainingAdminClient::results(
    qint64 trainingId)
{
    return m_api.call(u"training/fetch_training_results"_s, { { u"training_id"_s, trainingId } })
        .then([](const Answer &answer) -> core::Result<QList<domain::TrainingResult>> {
            if (!answer.ok())
                return answer.error();
            return readTrainingResults(answer.value());
        });
}

QFuture<core::Result<qint64>> HttpTrainingAdminClient::change(
    const QString &action, const QJsonObject &body, const QString &key)
{
    return callChange(m_api, m_feed, action, body, trainingAdminAreas, key);
}

} // namespace mikro::client
