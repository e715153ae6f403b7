#include "services/client/codec/TrainingCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

template <typename Io, typename Row>
void describeAnswer(Io &io, Row &a, bool adminView)
{
    io.integer(u"id"_s, a.id);
    io.text(u"answer"_s, a.text);
    if (adminView)
        io.boolean(u"correct"_s, a.correct);
}

/// The admin view's `correct` (the correct answer's text) and `incorrect` (the others' texts),
/// both written from the answers and, read back, following from them again.
QString correctText(const domain::TrainingView::Question &q)
{
    QString correct;
    for (const domain::TrainingView::Answer &a : q.answers)
        if (a.correct)
            correct = a.text;
    return correct;
}

QJsonValue incorrectTexts(const domain::TrainingView::Question &q)
{
    QJsonArray incorrect;
    for (const domain::TrainingView::Answer &a : q.answers)
        if (!a.correct)
            incorrect << a.text;
    return incorrect;
}

template <typename Io, typename Row>
void describeQuestion(Io &io, Row &q, bool adminView)
{
    io.integer(u"id"_s, q.id);
    io.text(u"question"_s, q.text);
    if (adminView) {
        io.derived(u"correct"_s, correctText(q));
        io.derived(u"incorrect"_s, incorrectTexts(q));
    }
    io.array(u"answers"_s, q.answers,
        [adminView](auto &nested, auto &a) { describeAnswer(nested, a, adminView); });
}

template <typename Io, typename Row>
void describeTraining(Io &io, Row &t, bool adminView)
{
    io.integer(u"id"_s, t.id);
    io.text(u"title"_s, t.title);
    io.word(u"training_type"_s, t.type, &domain::trainingTypeText, &domain::trainingTypeFromText);
    io.integer(u"point_value"_s, t.pointValue);
    io.nullableText(u"difficulty"_s, t.difficulty);
    io.nullableText(u"training_url"_s, t.url);
    io.integer(u"pass_percent"_s, t.passPercent);
    io.array(u"questions"_s, t.questions,
        [adminView](auto &nested, auto &q) { describeQuestion(nested, q, adminView); });
    if (adminView) {
        io.integer(u"completed_count"_s, t.completedCount);
        io.time(u"archived_at"_s, t.archivedAt);
        io.time(u"created_at"_s, t.createdAt);
        io.integer(u"attempt_count"_s, t.attemptCount);
        io.integer(u"attempts_30_days"_s, t.recentAttempts);
        io.integer(u"passes_30_days"_s, t.recentPasses);
        return;
    }
    io.derived(u"question_count"_s, qint64(t.questions.size()));
    io.boolean(u"completed"_s, t.completed);
    io.time(u"completed_at"_s, t.completedAt);
    io.nullableInteger(u"best_score"_s, t.bestScore, -1);
    io.integer(u"attempts"_s, t.attempts);
    io.integer(u"points_awarded"_s, t.pointsAwarded);
}

/// The lists of the answer, as the server splits them.
struct TrainingLists
{
    QList<domain::TrainingView> mapping;
    QList<domain::TrainingView> validation;
    QList<domain::TrainingView> project;
    QList<domain::TrainingView> completed; ///< the person's view only
    QList<domain::TrainingView> archived; ///< the admin view only
};

template <typename Io, typename Lists>
void describeLists(Io &io, Lists &l, bool adminView)
{
    const auto training
        = [adminView](auto &nested, auto &t) { describeTraining(nested, t, adminView); };
    io.array(u"org_mapping_trainings"_s, l.mapping, training);
    io.array(u"org_validation_trainings"_s, l.validation, training);
    io.array(u"org_project_trainings"_s, l.project, training);
    if (adminView)
        io.array(u"org_archived_trainings"_s, l.archived, training);
    else
        io.array(u"user_completed_trainings"_s, l.completed,
            [](auto &nested, auto &t) { describeTraining(nested, t, false); });
}

template <typename Io, typename Row>
void describeResult(Io &io, Row &r)
{
    io.text(u"user_id"_s, r.userId);
    io.text(u"user"_s, r.name);
    io.nullableText(u"osm_username"_s, r.osmUsername);
    io.integer(u"attempts"_s, r.attempts);
    io.nullableInteger(u"best_score"_s, r.bestScore, -1);
    io.time(u"passed_at"_s, r.passedAt);
}

struct TrainingResults
{
    QList<domain::TrainingResult> results;
};

} // namespace

JsonWriter writeTraining(const domain::TrainingView &training, bool adminView)
{
    return writeShape(
        training, [adminView](auto &io, auto &t) { describeTraining(io, t, adminView); });
}

core::Result<domain::TrainingView> readTraining(const QJsonObject &object, bool adminView)
{
    return readShape<domain::TrainingView>(object, u"Training"_s,
        [adminView](auto &io, auto &t) { describeTraining(io, t, adminView); });
}

void writeTrainingLists(
    JsonWriter &envelope, const QList<domain::TrainingView> &trainings, bool adminView)
{
    TrainingLists lists;
    for (const domain::TrainingView &t : trainings) {
        if (!adminView && t.completed) {
            lists.completed << t;
            continue;
        }
        if (adminView && t.archivedAt.isValid()) {
            lists.archived << t;
            continue;
        }
        (t.type == domain::TrainingType::Mapping             ? lists.mapping
                : t.type == domain::TrainingType::Validation ? lists.validation
                                                             : lists.project)
            << t;
    }
    writeShape(
        envelope, lists, [adminView](auto &io, auto &l) { describeLists(io, l, adminView); });
    if (adminView)
        return;
    // API.md §1.9: copies under the names the web front end reads (never read back).
    writeShape(envelope, lists, [](auto &io, auto &l) {
        const auto training = [](auto &nested, auto &t) { describeTraining(nested, t, false); };
        io.array(u"mapping_trainings"_s, l.mapping, training);
        io.array(u"validation_trainings"_s, l.validation, training);
        io.array(u"project_trainings"_s, l.project, training);
    });
}

core::Result<QList<domain::TrainingView>> readTrainingLists(
    const QJsonObject &answer, bool adminView)
{
    const auto lists = readShape<TrainingLists>(answer, u"trainings"_s,
        [adminView](auto &io, auto &l) { describeLists(io, l, adminView); });
    if (!lists.ok())
        return lists.error();
    const TrainingLists &l = lists.value();
    return l.mapping + l.validation + l.project + l.completed + l.archived;
}

void writeTrainingResults(JsonWriter &envelope, const QList<domain::TrainingResult> &results)
{
    writeShape(envelope, TrainingResults { results }, [](auto &io, auto &r) {
        io.array(
            u"results"_s, r.results, [](auto &nested, auto &row) { describeResult(nested, row); });
    });
}

core::Result<QList<domain::TrainingResult>> readTrainingResults(const QJsonObject &answer)
{
    auto read
        = readShape<TrainingResults>(answer, u"fetch_training_results"_s, [](auto &io, auto &r) {
              io.array(u"results"_s, r.results,
                  [](auto &nested, auto &row) { describeResult(nested, row); });
          });
    if (!read.ok())
        return read.error();
    return read.value().results;
}

} // namespace mikro::client
