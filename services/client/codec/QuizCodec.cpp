#include "services/client/codec/QuizCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Question>
void describeQuestion(Io &io, Question &q)
{
    io.integer(u"question_id"_s, q.id);
    io.text(u"question"_s, q.text);
    io.array(u"answers"_s, q.answers, [](auto &a, auto &answer) {
        a.integer(u"answer_id"_s, answer.id);
        a.text(u"answer"_s, answer.text);
    });
}

template <typename Io, typename Quiz>
void describeQuiz(Io &io, Quiz &quiz)
{
    io.nullableObject(u"training"_s, quiz, true, [](auto &t, auto &q) {
        t.integer(u"id"_s, q.id);
        t.text(u"title"_s, q.title);
        t.integer(u"pass_percent"_s, q.passPercent);
    });
    io.array(u"questions"_s, quiz.questions,
        [](auto &nested, auto &question) { describeQuestion(nested, question); });
    io.integer(u"attempts_left"_s, quiz.attemptsLeft);
    io.derived(u"attempts_per_day"_s, qint64(domain::QuizAttemptsPerDay));
    io.time(u"next_attempt_at"_s, quiz.nextAttemptAt);
}

template <typename Io, typename Result>
void describeResult(Io &io, Result &r)
{
    io.integer(u"score"_s, r.scorePercent);
    io.boolean(u"passed"_s, r.passed);
    io.integer(u"points_awarded"_s, r.pointsAwarded);
    io.integer(u"attempts_left"_s, r.attemptsLeft);
}

} // namespace

void writeQuiz(JsonWriter &envelope, const domain::Quiz &quiz)
{
    writeShape(envelope, quiz, [](auto &io, auto &q) { describeQuiz(io, q); });
}

core::Result<domain::Quiz> readQuiz(const QJsonObject &answer)
{
    return readShape<domain::Quiz>(
        answer, u"Quiz"_s, [](auto &io, auto &q) { describeQuiz(io, q); });
}

void writeQuizResult(JsonWriter &envelope, const domain::QuizResult &result)
{
    writeShape(envelope, result, [](auto &io, auto &r) { describeResult(io, r); });
}

core::Result<domain::QuizResult> readQuizResult(const QJsonObject &answer)
{
    return readShape<domain::QuizResult>(
        answer, u"QuizResult"_s, [](auto &io, auto &r) { describeResult(io, r); });
}

} // namespace mikro::client
