#include "app/server/api/TrainingListRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/domain/training/TrainingCatalog.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::TrainingListRoutes", text);
}

/// API.md §2 Training: the admin view carries the answer key, the person's view never does.
client::JsonWriter trainingJson(const domain::TrainingView &t, bool adminView)
{
    QList<client::JsonWriter> questions;
    for (const domain::TrainingView::Question &q : t.questions) {
        QList<client::JsonWriter> answers;
        QString correct;
        QJsonArray incorrect;
        for (const domain::TrainingView::Answer &a : q.answers) {
            client::JsonWriter answer = client::JsonWriter::object();
            answer.field(u"id"_s, a.id).field(u"answer"_s, a.text);
            if (adminView) {
                answer.field(u"correct"_s, a.correct);
                if (a.correct)
                    correct = a.text;
                else
                    incorrect << a.text;
            }
            answers << answer;
        }
        client::JsonWriter question = client::JsonWriter::object();
        question.field(u"id"_s, q.id).field(u"question"_s, q.text);
        if (adminView)
            question.field(u"correct"_s, correct).field(u"incorrect"_s, QJsonValue(incorrect));
        question.array(u"answers"_s, answers);
        questions << question;
    }
    client::JsonWriter out = client::JsonWriter::object();
    out.field(u"id"_s, t.id)
        .field(u"title"_s, t.title)
        .field(u"training_type"_s, domain::trainingTypeText(t.type))
        .field(u"point_value"_s, qint64(t.pointValue))
        .nullableText(u"difficulty"_s, t.difficulty)
        .nullableText(u"training_url"_s, t.url)
        .field(u"pass_percent"_s, qint64(t.passPercent))
        .array(u"questions"_s, questions);
    if (adminView) {
        out.field(u"completed_count"_s, qint64(t.completedCount));
    } else {
        out.field(u"question_count"_s, t.questions.size())
            .field(u"completed"_s, t.completed)
            .time(u"completed_at"_s, t.completedAt)
            .field(u"best_score"_s, t.bestScore < 0 ? QJsonValue() : QJsonValue(t.bestScore))
            .field(u"attempts"_s, qint64(t.attempts))
            .field(u"points_awarded"_s, qint64(t.pointsAwarded));
    }
    return out;
}

/// The three lists by type; in the person's view only the trainings not yet completed, the
/// completed ones in `user_completed_trainings`.
client::JsonWriter listsAnswer(const QList<domain::TrainingView> &all, bool adminView)
{
    QList<client::JsonWriter> mapping;
    QList<client::JsonWriter> validation;
    QList<client::JsonWriter> project;
    QList<client::JsonWriter> completed;
    for (const domain::TrainingView &t : all) {
        if (!adminView && t.completed) {
            completed << trainingJson(t, false);
            continue;
        }
        (t.type == domain::TrainingType::Mapping             ? mapping
                : t.type == domain::TrainingType::Validation ? validation
                                                             : project)
            << trainingJson(t, adminView);
    }
    client::JsonWriter out = client::JsonWriter::success(tr("Trainings"));
    out.array(u"org_mapping_trainings"_s, mapping)
        .array(u"org_validation_trainings"_s, validation)
        .array(u"org_project_trainings"_s, project);
    if (!adminView)
        out.array(u"user_completed_trainings"_s, completed);
    return out;
}

} // namespace

void addTrainingListRoutes(
    http::Router &router, const AuthGate &gate, const domain::TrainingCatalog &catalog)
{
    addAction(router, gate, u"training"_s, u"fetch_org_trainings"_s,
        [&catalog](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto all = catalog.orgTrainings(caller);
            if (!all.ok())
                return all.error();
            return listsAnswer(all.value(), true);
        });

    addAction(router, gate, u"training"_s, u"fetch_user_trainings"_s,
        [&catalog](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto all = catalog.personTrainings(caller);
            if (!all.ok())
                return all.error();
            return listsAnswer(all.value(), false);
        });
}

} // namespace mikro::server
