#include "app/server/api/TrainingRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/QuizCodec.h"
#include "services/domain/projects/ProjectRequirements.h"
#include "services/domain/training/TrainingService.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

constexpr qsizetype MaxQuestions = 200;
constexpr qsizetype MaxAnswers = 20;
constexpr qsizetype MaxText = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::TrainingRoutes", text);
}

core::Error invalid(const QString &field, const QString &message)
{
    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field", message)
        .withField(field);
}

/// The array `name` of the body (JsonBody keeps nested values out of its fields).
core::Result<QJsonArray> arrayOf(const QByteArray &body, const QString &name, qsizetype limit)
{
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(name);
    if (!value.isArray())
        return core::Error::make(core::ErrorKind::InvalidInput, "missing_field",
            tr("%1 is required, as a list.").arg(name))
            .withField(name);
    if (value.toArray().size() > limit)
        return invalid(name, tr("At most %1 entries.").arg(limit));
    return value.toArray();
}

QString boundedText(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    return text.size() <= MaxText ? text : QString();
}

/// API.md §9's two question formats: {question, correct, incorrect[str|{answer}]} or
/// {question, answers[{answer, correct}]}. The service checks one correct answer per question.
core::Result<QList<domain::TrainingDraft::Question>> questionsOf(const QJsonArray &items)
{
    QList<domain::TrainingDraft::Question> out;
    for (const auto &item : items) {
        const QJsonObject q = item.toObject();
        domain::TrainingDraft::Question question;
        question.text = boundedText(q.value(u"question"_s));
        if (question.text.isEmpty())
            return invalid(u"questions"_s, tr("Every question needs its text."));
        // An empty answer slot is ignored (the web form always sends its empty slots, API.md
        // §1.9); a text too long is refused, never shortened or dropped.
        bool tooLong = false;
        const auto add = [&question, &tooLong](const QJsonValue &value, bool correct) {
            const QString text = value.toString().trimmed();
            tooLong = tooLong || text.size() > MaxText;
            if (!text.isEmpty())
                question.answers << domain::TrainingDraft::Answer { text, correct };
        };
        if (q.contains(u"answers"_s)) {
            for (const auto &a : q.value(u"answers"_s).toArray())
                add(a.toObject().value(u"answer"_s), a.toObject().value(u"correct"_s).toBool());
        } else {
            add(q.value(u"correct"_s), true);
            for (const auto &a : q.value(u"incorrect"_s).toArray())
                add(a.isObject() ? a.toObject().value(u"answer"_s) : a, false);
        }
        if (tooLong)
            return invalid(u"questions"_s, tr("An answer has at most %1 characters.").arg(MaxText));
        if (question.answers.size() > MaxAnswers)
            return invalid(u"questions"_s, tr("At most %1 answers per question.").arg(MaxAnswers));
        out << question;
    }
    return out;
}

/// The fields of `create_training` (all `required`) and `modify_training` (all optional;
/// `questions`, when given, replaces every question).
core::Result<domain::TrainingChange> changeOf(
    const JsonBody &body, const QByteArray &raw, Need need)
{
    const auto title = body.text(u"title"_s, need, 255);
    const auto url = body.text(u"training_url"_s, need, 500);
    const auto type = body.text(u"training_type"_s, need, 20);
    const auto points = body.integer(u"point_value"_s, need);
    const auto difficulty = body.text(u"difficulty"_s, need, 50);
    const auto pass = body.integer(u"pass_percent"_s, Need::Optional);
    const bool withQuestions
        = need == Need::Required || QJsonDocument::fromJson(raw).object().contains(u"questions"_s);
    const auto items = withQuestions ? arrayOf(raw, u"questions"_s, MaxQuestions)
                                     : core::Result<QJsonArray>(QJsonArray());
    if (auto e = fieldProblems({ errorOf(title), errorOf(url), errorOf(type), errorOf(points),
            errorOf(difficulty), errorOf(pass), errorOf(items) }))
        return *e;
    domain::TrainingChange c;
    c.title = title.value();
    c.url = url.value();
    if (type.value()) { // any case: "mapping" is Mapping
        const auto parsed = domain::parseTrainingType(*type.value());
        if (!parsed.ok())
            return parsed.error();
        c.type = parsed.value();
    }
    if (points.value())
        c.pointValue = static_cast<int>(std::clamp<qint64>(*points.value(), -1, 1000000));
    c.difficulty = difficulty.value();
    if (pass.value())
        c.passPercent = static_cast<int>(std::clamp<qint64>(*pass.value(), 0, 101));
    if (withQuestions) {
        const auto questions = questionsOf(items.value());
        if (!questions.ok())
            return questions.error();
        c.questions = questions.value();
    }
    return c;
}

/// `training_ids`: integers, as JSON numbers or strings of digits.
core::Result<QList<qint64>> trainingIdsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const auto &item : items) {
        bool ok = item.isString() || item.isDouble();
        const qint64 id
            = item.isString() ? item.toString().toLongLong(&ok) : item.toVariant().toLongLong();
        if (!ok || (item.isDouble() && item.toDouble() != double(id)))
            return invalid(u"training_ids"_s, tr("Give training ids as whole numbers."));
        ids << id;
    }
    return ids;
}

} // namespace

void addTrainingRoutes(http::Router &router, const AuthGate &gate,
    const domain::TrainingService &trainings, const domain::ProjectRequirements &requirements)
{
    addAction(router, gate, u"project"_s, u"set_required_trainings"_s,
        [&requirements](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto project = body.integer(u"project_id"_s, Need::Required);
            if (!project.ok())
                return project.error();
            const auto items = arrayOf(
                request.body, u"training_ids"_s, domain::ProjectRequirements::MaxTrainings);
            if (!items.ok())
                return items.error();
            const auto ids = trainingIdsOf(items.value());
            if (!ids.ok())
                return ids.error();
            const auto set
                = requirements.setRequiredTrainings(caller, *project.value(), ids.value());
            if (!set.ok())
                return set.error();
            QJsonArray out;
            for (qint64 id : set.value())
                out << id;
            return client::JsonWriter::success(tr("Required trainings set"))
                .field(u"required_trainings"_s, QJsonValue(out));
        });

    addAction(router, gate, u"training"_s, u"create_training"_s,
        [&trainings](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto change = changeOf(body, request.body, Need::Required);
            if (!change.ok())
                return change.error();
            const domain::TrainingChange &c = change.value();
            domain::TrainingDraft draft;
            draft.title = c.title.value_or(QString());
            draft.url = c.url.value_or(QString());
            draft.type = c.type.value_or(domain::TrainingType::Mapping);
            draft.pointValue = c.pointValue.value_or(0);
            draft.difficulty = c.difficulty.value_or(QString());
            draft.passPercent = c.passPercent.value_or(70);
            draft.questions = c.questions.value_or(QList<domain::TrainingDraft::Question>());
            const auto id = trainings.create(caller, draft);
            if (!id.ok())
                return id.error();
            return client::JsonWriter::success(tr("New Training Created"))
                .field(u"training_id"_s, id.value());
        });

    addAction(router, gate, u"training"_s, u"modify_training"_s,
        [&trainings](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"training_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto change = changeOf(body, request.body, Need::Optional);
            if (!change.ok())
                return change.error();
            if (auto done = trainings.modify(caller, *id.value(), change.value()); !done.ok())
                return done.error();
            return client::JsonWriter::success(tr("Training %1 has been updated").arg(*id.value()));
        });

    addAction(router, gate, u"training"_s, u"fetch_training_quiz"_s,
        [&trainings](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"training_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto quiz = trainings.quiz(caller, *id.value());
            if (!quiz.ok())
                return quiz.error();
            client::JsonWriter answer = client::JsonWriter::success(tr("Training quiz"));
            client::writeQuiz(answer, quiz.value());
            return answer;
        });

    addAction(router, gate, u"training"_s, u"submit_quiz"_s,
        [&trainings](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"training_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto items = arrayOf(request.body, u"answers"_s, MaxQuestions);
            if (!items.ok())
                return items.error();
            QMap<qint64, qint64> answers;
            for (const auto &item : items.value()) {
                const qint64 question = item.toObject().value(u"question_id"_s).toInteger();
                const qint64 answer = item.toObject().value(u"answer_id"_s).toInteger();
                if (question <= 0 || answer <= 0 || answers.contains(question))
                    return invalid(u"answers"_s,
                        tr("Answer each question once, by its "
                           "question_id and answer_id."));
                answers.insert(question, answer);
            }
            const auto result = trainings.submit(caller, *id.value(), answers);
            if (!result.ok())
                return result.error();
            client::JsonWriter answer = client::JsonWriter::success(
                result.value().passed ? tr("Quiz passed") : tr("Quiz not passed"));
            client::writeQuizResult(answer, result.value());
            return answer;
        });

    addAction(router, gate, u"training"_s, u"delete_training"_s,
        [&trainings](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"training_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            if (auto archived = trainings.archive(caller, *id.value()); !archived.ok())
                return archived.error();
            return client::JsonWriter::success(tr("Training %1 deleted").arg(*id.value()));
        });

    // An addition: an archived training back in the lists (its project requirements stay gone).
    addAction(router, gate, u"training"_s, u"restore_training"_s,
        [&trainings](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"training_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            if (auto restored = trainings.restore(caller, *id.value()); !restored.ok())
                return restored.error();
            return client::JsonWriter::success(tr("Training %1 restored").arg(*id.value()));
        });

    addAction(router, gate, u"training"_s, u"complete_training"_s,
        [&trainings](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"training_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto done = trainings.complete(caller, *id.value());
            if (!done.ok())
                return done.error();
            return client::JsonWriter::success(done.value().alreadyCompleted
                    ? tr("Training already completed")
                    : tr("Training completed"))
                .field(u"training_type"_s, domain::trainingTypeText(done.value().type))
                .field(u"earned_points"_s, qint64(done.value().earnedPoints))
                .field(u"points_awarded"_s, qint64(done.value().pointsAwarded));
        });
}

} // namespace mikro::server
