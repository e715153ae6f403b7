#include "services/domain/training/TrainingService.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error invalid(QByteArray code, const QString &field, const char *message)
{
    return core::Error::make(core::ErrorKind::InvalidInput, std::move(code),
        QCoreApplication::translate("mikro::domain::TrainingService", message))
        .withField(field);
}

core::Error notFound()
{
    return core::Error::make(core::ErrorKind::NotFound, "not_found",
        QCoreApplication::translate(
            "mikro::domain::TrainingService", "That training does not exist."));
}

core::Result<void> validateFields(const TrainingDraft &d)
{
    const QString title = d.title.trimmed();
    if (title.isEmpty())
        return invalid("missing_field", u"title"_s,
            QT_TRANSLATE_NOOP("mikro::domain::TrainingService", "This field is required."));
    if (title.size() > 255)
        return invalid("invalid_field", u"title"_s,
            QT_TRANSLATE_NOOP("mikro::domain::TrainingService", "This text is too long."));
    if (d.pointValue < 0 || d.passPercent < 0 || d.passPercent > 100)
        return invalid("invalid_field", u"pass_percent"_s,
            QT_TRANSLATE_NOOP("mikro::domain::TrainingService", "The pass mark is a percentage."));
    if (!d.url.isEmpty()) {
        const QUrl url(d.url, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
            || d.url.size() > 500)
            return invalid("invalid_field", u"training_url"_s,
                QT_TRANSLATE_NOOP(
                    "mikro::domain::TrainingService", "Links must be http or https addresses."));
    }
    return {};
}

core::Result<void> validateQuestions(const QList<TrainingDraft::Question> &questions)
{
    if (questions.isEmpty())
        return invalid("missing_field", u"questions"_s,
            QT_TRANSLATE_NOOP(
                "mikro::domain::TrainingService", "A training needs at least one question."));
    for (const auto &q : questions) {
        const qsizetype correct = std::count_if(
            q.answers.cbegin(), q.answers.cend(), [](const auto &a) { return a.correct; });
        const bool blank = q.text.trimmed().isEmpty()
            || std::any_of(q.answers.cbegin(), q.answers.cend(),
                [](const auto &a) { return a.text.trimmed().isEmpty(); });
        if (blank || q.answers.size() < 2 || correct != 1)
            return invalid("invalid_field", u"questions"_s,
                QT_TRANSLATE_NOOP("mikro::domain::TrainingService",
                    "Each question needs one correct answer and at least one wrong one."));
    }
    return {};
}

QString pointsColumn(TrainingType type)
{
    switch (type) {
    case TrainingType::Validation:
        return u"validator_points"_s;
    case TrainingType::Project:
        return u"special_project_points"_s;
    case TrainingType::Mapping:
        break;
    }
    return u"mapper_points"_s;
}

/// The questions and answers of a training; answers in a random order, so that neither an
/// answer's id nor its position tells which one is correct (the simple format always lists the
/// correct answer first).
core::Result<void> insertQuestions(
    store::Transaction &tx, qint64 trainingId, const QList<TrainingDraft::Question> &questions)
{
    for (qsizetype qi = 0; qi < questions.size(); ++qi) {
        auto question = tx.exec(u"INSERT INTO training_questions (training_id, position, question) "
                                "VALUES (:t, :pos, :text) RETURNING id"_s,
            { { u"t"_s, trainingId }, { u"pos"_s, int(qi) },
                { u"text"_s, questions[qi].text.trimmed() } });
        if (!question.ok())
            return question.error();
        question.value().next();
        const qint64 questionId = question.value().value(0).toLongLong();
        QList<TrainingDraft::Answer> answers = questions[qi].answers;
        std::shuffle(answers.begin(), answers.end(), *QRandomGenerator::system());
        for (qsizetype ai = 0; ai < answers.size(); ++ai) {
            auto answer = tx.exec(
                u"INSERT INTO training_answers (question_id, position, answer, is_correct) "
                "VALUES (:q, :pos, :text, :correct)"_s,
                { { u"q"_s, questionId }, { u"pos"_s, int(ai) },
                    { u"text"_s, answers[ai].text.trimmed() },
                    { u"correct"_s, answers[ai].correct } });
            if (!answer.ok())
                return answer.error();
        }
    }
    return {};
}

} // namespace

TrainingService::TrainingService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<qint64> TrainingService::create(const Caller &caller, const TrainingDraft &draft) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageTrainings); !allowed.ok())
        return allowed.error();
    if (auto valid = validateFields(draft); !valid.ok())
        return valid.error();
    if (auto valid = validateQuestions(draft.questions); !valid.ok())
        return valid.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<qint64> {
        const QDateTime now = m_clock.nowUtc();
        auto training = tx.exec(
            u"INSERT INTO trainings (org_id, title, training_type, point_value, training_url, "
            "difficulty, pass_percent, created_by, created_at) VALUES (:org, :title, :type, "
            ":points, :url, :difficulty, :pass, :me, :now) RETURNING id"_s,
            { { u"org"_s, caller.orgId }, { u"title"_s, draft.title.trimmed() },
                { u"type"_s, trainingTypeText(draft.type) }, { u"points"_s, draft.pointValue },
                { u"url"_s,
                    draft.url.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(draft.url) },
                { u"difficulty"_s, draft.difficulty }, { u"pass"_s, draft.passPercent },
                { u"me"_s, caller.userId }, { u"now"_s, store::utcValue(now) } });
        if (!training.ok())
            return training.error();
        training.value().next();
        const qint64 trainingId = training.value().value(0).toLongLong();
        if (auto written = insertQuestions(tx, trainingId, draft.questions); !written.ok())
            return written.error();
        auto audited = AuditLog::record(tx, caller, u"create_training"_s, u"training"_s,
            QString::number(trainingId), { { u"questions"_s, draft.questions.size() } }, now);
        if (!audited.ok())
            return audited.error();
        return trainingId;
    });
}

core::Result<void> TrainingService::modify(
    const Caller &caller, qint64 trainingId, const TrainingChange &change) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageTrainings); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto current
            = tx.exec(u"SELECT title, training_type, point_value, COALESCE(training_url, ''), "
                      "COALESCE(difficulty, ''), pass_percent FROM trainings WHERE id = :id "
                      "AND org_id = :org AND archived_at IS NULL"_s,
                { { u"id"_s, trainingId }, { u"org"_s, caller.orgId } });
        if (!current.ok())
            return current.error();
        if (!current.value().next())
            return notFound();
        // The training as it will be, checked as a whole by the creation rules.
        const store::Rows &q = current.value();
        TrainingDraft d;
        d.title = change.title.value_or(q.value(0).toString());
        d.type = change.type.value_or(
            trainingTypeFromText(q.value(1).toString()).value_or(TrainingType::Mapping));
        d.pointValue = change.pointValue.value_or(q.value(2).toInt());
        d.url = change.url.value_or(q.value(3).toString());
        d.difficulty = change.difficulty.value_or(q.value(4).toString());
        d.passPercent = change.passPercent.value_or(q.value(5).toInt());
        if (auto valid = validateFields(d); !valid.ok())
            return valid.error();
        if (change.questions) {
            if (auto valid = validateQuestions(*change.questions); !valid.ok())
                return valid.error();
        }
        auto updated = tx.exec(
            u"UPDATE trainings SET title = :title, training_type = :type, point_value = :points, "
            "training_url = :url, difficulty = :difficulty, pass_percent = :pass WHERE id = :id"_s,
            { { u"title"_s, d.title.trimmed() }, { u"type"_s, trainingTypeText(d.type) },
                { u"points"_s, d.pointValue },
                { u"url"_s,
                    d.url.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(d.url) },
                { u"difficulty"_s, d.difficulty }, { u"pass"_s, d.passPercent },
                { u"id"_s, trainingId } });
        if (!updated.ok())
            return updated.error();
        if (change.questions) {
            // Attempts and completions refer to the training, not its questions: they stay.
            auto cleared = tx.exec(u"DELETE FROM training_questions WHERE training_id = :id"_s,
                { { u"id"_s, trainingId } });
            if (!cleared.ok())
                return cleared.error();
            if (auto written = insertQuestions(tx, trainingId, *change.questions); !written.ok())
                return written.error();
        }
        return AuditLog::record(tx, caller, u"modify_training"_s, u"training"_s,
            QString::number(trainingId),
            { { u"questions_replaced"_s, change.questions.has_value() } }, m_clock.nowUtc());
    });
}

namespace {

struct AttemptWindow
{
    int left = 0;
    QDateTime nextAt; ///< invalid while attempts are left
};

/// The caller's attempts at `trainingId` in the 24 hours before `now`.
core::Result<AttemptWindow> attemptWindow(
    store::Transaction &tx, const QString &userId, qint64 trainingId, const QDateTime &now)
{
    auto rows = tx.exec(u"SELECT at FROM training_attempts WHERE training_id = :t AND user_id = :u "
                        "AND at > :since ORDER BY at"_s,
        { { u"t"_s, trainingId }, { u"u"_s, userId },
            { u"since"_s, store::utcValue(now.addDays(-1)) } });
    if (!rows.ok())
        return rows.error();
    QList<QDateTime> recent;
    while (rows.value().next())
        recent << store::utcFromValue(rows.value().value(0)).value_or(now);
    AttemptWindow window;
    window.left = qMax(0, QuizAttemptsPerDay - int(recent.size()));
    if (window.left == 0)
        window.nextAt = recent[recent.size() - QuizAttemptsPerDay].addDays(1);
    return window;
}

} // namespace

core::Result<Quiz> TrainingService::quiz(const Caller &caller, qint64 trainingId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::TakeTrainings); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<Quiz> {
        auto head
            = tx.exec(u"SELECT title, pass_percent FROM trainings WHERE id = :id AND org_id = :org "
                      "AND archived_at IS NULL"_s,
                { { u"id"_s, trainingId }, { u"org"_s, caller.orgId } });
        if (!head.ok())
            return head.error();
        if (!head.value().next())
            return notFound();
        Quiz quiz { trainingId, head.value().value(0).toString(), head.value().value(1).toInt(), {},
            0, {} };
        auto window = attemptWindow(tx, caller.userId, trainingId, m_clock.nowUtc());
        if (!window.ok())
            return window.error();
        quiz.attemptsLeft = window.value().left;
        quiz.nextAttemptAt = window.value().nextAt;
        // is_correct is not selected: what a person can see is decided here, not by the caller.
        auto rows
            = tx.exec(u"SELECT q.id, q.question, a.id, a.answer FROM training_questions q "
                      "JOIN training_answers a ON a.question_id = q.id WHERE q.training_id = :id "
                      "ORDER BY q.position, a.position"_s,
                { { u"id"_s, trainingId } });
        if (!rows.ok())
            return rows.error();
        while (rows.value().next()) {
            const qint64 questionId = rows.value().value(0).toLongLong();
            if (quiz.questions.isEmpty() || quiz.questions.constLast().id != questionId)
                quiz.questions.append({ questionId, rows.value().value(1).toString(), {} });
            quiz.questions.last().answers.append(
                { rows.value().value(2).toLongLong(), rows.value().value(3).toString() });
        }
        for (Quiz::Question &q : quiz.questions) // API.md §11.2: shuffled on each call
            std::shuffle(q.answers.begin(), q.answers.end(), *QRandomGenerator::system());
        return quiz;
    });
}

core::Result<QuizResult> TrainingService::submit(
    const Caller &caller, qint64 trainingId, const QMap<qint64, qint64> &answers) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::TakeTrainings); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<QuizResult> {
        auto head = tx.exec(
            u"SELECT training_type, point_value, pass_percent FROM trainings WHERE id = :id "
            "AND org_id = :org AND archived_at IS NULL"_s,
            { { u"id"_s, trainingId }, { u"org"_s, caller.orgId } });
        if (!head.ok())
            return head.error();
        if (!head.value().next())
            return notFound();
        const TrainingType type = trainingTypeFromText(head.value().value(0).toString())
                                      .value_or(TrainingType::Mapping);
        const int points = head.value().value(1).toInt();
        const int passPercent = head.value().value(2).toInt();
        // The person's row lock: simultaneous submissions are counted one after the other.
        auto me = Ledger::lockPerson(tx, caller.userId, caller.orgId);
        if (!me.ok())
            return me.error();
        const QDateTime now = m_clock.nowUtc();
        auto window = attemptWindow(tx, caller.userId, trainingId, now);
        if (!window.ok())
            return window.error();
        if (window.value().left == 0) {
            core::Error e = core::Error::make(core::ErrorKind::Refused, "attempt_limit",
                QCoreApplication::translate("mikro::domain::TrainingService",
                    "You have used today's %n quiz attempt(s) for this training. Review the "
                    "material and try again later.",
                    nullptr, QuizAttemptsPerDay));
            e.details.insert(u"attempts_per_day"_s, QuizAttemptsPerDay);
            e.details.insert(u"next_attempt_at"_s, window.value().nextAt.toString(Qt::ISODate));
            return e;
        }
        auto key = tx.exec(
            u"SELECT q.id, a.id, a.is_correct FROM training_questions q JOIN training_answers a "
            "ON a.question_id = q.id WHERE q.training_id = :id"_s,
            { { u"id"_s, trainingId } });
        if (!key.ok())
            return key.error();
        QMap<qint64, QMap<qint64, bool>> byQuestion;
        while (key.value().next())
            byQuestion[key.value().value(0).toLongLong()].insert(
                key.value().value(1).toLongLong(), key.value().value(2).toBool());
        int correct = 0;
        for (auto it = byQuestion.cbegin(); it != byQuestion.cend(); ++it) {
            if (!answers.contains(it.key()))
                return invalid("incomplete_answers", u"answers"_s,
                    QT_TRANSLATE_NOOP("mikro::domain::TrainingService", "Answer every question."));
            const qint64 chosen = answers.value(it.key());
            if (!it.value().contains(chosen))
                return invalid("invalid_field", u"answers"_s,
                    QT_TRANSLATE_NOOP("mikro::domain::TrainingService",
                        "An answer does not belong to its question."));
            correct += it.value().value(chosen) ? 1 : 0;
        }
        QuizResult result;
        result.scorePercent = quizScorePercent(correct, int(byQuestion.size()));
        result.passed = quizPassed(result.scorePercent, passPercent);
        result.attemptsLeft = window.value().left - 1;
        auto attempt = tx.exec(
            u"INSERT INTO training_attempts (training_id, user_id, score_percent, passed, at) "
            "VALUES (:t, :u, :score, :passed, :now)"_s,
            { { u"t"_s, trainingId }, { u"u"_s, caller.userId },
                { u"score"_s, result.scorePercent }, { u"passed"_s, result.passed },
                { u"now"_s, store::utcValue(now) } });
        if (!attempt.ok())
            return attempt.error();
        if (!result.passed)
            return result;
        auto awarded = recordCompletion(tx, caller.userId, trainingId, type, points, now);
        if (!awarded.ok())
            return awarded.error();
        result.pointsAwarded = awarded.value().value_or(0);
        return result;
    });
}

core::Result<void> TrainingService::archive(const Caller &caller, qint64 trainingId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageTrainings); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        const QDateTime now = m_clock.nowUtc();
        auto archived = tx.exec(u"UPDATE trainings SET archived_at = :now WHERE id = :id "
                                "AND org_id = :org AND archived_at IS NULL RETURNING id"_s,
            { { u"now"_s, store::utcValue(now) }, { u"id"_s, trainingId },
                { u"org"_s, caller.orgId } });
        if (!archived.ok())
            return archived.error();
        if (!archived.value().next())
            return notFound();
        auto dropped = tx.exec(u"DELETE FROM project_trainings WHERE training_id = :id"_s,
            { { u"id"_s, trainingId } });
        if (!dropped.ok())
            return dropped.error();
        return AuditLog::record(
            tx, caller, u"delete_training"_s, u"training"_s, QString::number(trainingId), {}, now);
    });
}

core::Result<void> TrainingService::restore(const Caller &caller, qint64 trainingId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageTrainings); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto restored = tx.exec(u"UPDATE trainings SET archived_at = NULL WHERE id = :id "
                                "AND org_id = :org AND archived_at IS NOT NULL RETURNING id"_s,
            { { u"id"_s, trainingId }, { u"org"_s, caller.orgId } });
        if (!restored.ok())
            return restored.error();
        if (!restored.value().next())
            return notFound();
        return AuditLog::record(tx, caller, u"restore_training"_s, u"training"_s,
            QString::number(trainingId), {}, m_clock.nowUtc());
    });
}

core::Result<Completion> TrainingService::complete(const Caller &caller, qint64 trainingId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::TakeTrainings); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<Completion> {
        auto head = tx.exec(
            u"SELECT t.training_type, t.point_value, "
            "EXISTS (SELECT 1 FROM training_questions q WHERE q.training_id = t.id), "
            "EXISTS (SELECT 1 FROM training_attempts a WHERE a.training_id = t.id "
            "AND a.user_id = :me AND a.passed) "
            "FROM trainings t WHERE t.id = :id AND t.org_id = :org AND t.archived_at IS NULL"_s,
            { { u"id"_s, trainingId }, { u"org"_s, caller.orgId }, { u"me"_s, caller.userId } });
        if (!head.ok())
            return head.error();
        if (!head.value().next())
            return notFound();
        Completion done;
        done.type = trainingTypeFromText(head.value().value(0).toString())
                        .value_or(TrainingType::Mapping);
        const int points = head.value().value(1).toInt();
        // The server grades: a quiz must have been passed (a training without one completes).
        if (head.value().value(2).toBool() && !head.value().value(3).toBool())
            return core::Error::make(core::ErrorKind::Refused, "quiz_not_passed",
                QCoreApplication::translate(
                    "mikro::domain::TrainingService", "Pass the training's quiz first."));
        auto awarded
            = recordCompletion(tx, caller.userId, trainingId, done.type, points, m_clock.nowUtc());
        if (!awarded.ok())
            return awarded.error();
        done.pointsAwarded = awarded.value().value_or(0);
        done.alreadyCompleted = !awarded.value().has_value();
        auto earned = tx.exec(u"SELECT %1 FROM users WHERE id = :me"_s.arg(pointsColumn(done.type)),
            { { u"me"_s, caller.userId } });
        if (!earned.ok())
            return earned.error();
        done.earnedPoints = earned.value().next() ? earned.value().value(0).toInt() : 0;
        return done;
    });
}

core::Result<std::optional<int>> TrainingService::recordCompletion(store::Transaction &tx,
    const QString &userId, qint64 trainingId, TrainingType type, int points, const QDateTime &now)
{
    // The completion row is the once-only guard for the points.
    auto completed = tx.exec(
        u"INSERT INTO training_completions (training_id, user_id, points_awarded, completed_at) "
        "VALUES (:t, :u, :points, :now) ON CONFLICT (training_id, user_id) DO NOTHING "
        "RETURNING user_id"_s,
        { { u"t"_s, trainingId }, { u"u"_s, userId }, { u"points"_s, points },
            { u"now"_s, store::utcValue(now) } });
    if (!completed.ok())
        return completed.error();
    if (!completed.value().next())
        return std::optional<int>();
    const QString column = pointsColumn(type);
    auto awarded = tx.exec(u"UPDATE users SET %1 = %1 + :points WHERE id = :u"_s.arg(column),
        { { u"points"_s, points }, { u"u"_s, userId } });
    if (!awarded.ok())
        return awarded.error();
    return std::optional(points);
}

} // namespace mikro::domain
