#include "services/domain/training/TrainingCatalog.h"

#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

TrainingCatalog::TrainingCatalog(store::Database &db)
    : m_db(db)
{
}

core::Result<QList<TrainingView>> TrainingCatalog::orgTrainings(
    const Caller &caller, const QDateTime &now) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageTrainings); !allowed.ok())
        return allowed.error();
    return read(caller, true, now);
}

core::Result<QList<TrainingView>> TrainingCatalog::personTrainings(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::TakeTrainings); !allowed.ok())
        return allowed.error();
    return read(caller, false);
}

namespace {

/// One row of the catalog's statement as a view (the admin view's counts only for admins).
TrainingView viewOf(const store::Rows &t, bool adminView)
{
    TrainingView v;
    v.id = t.value(0).toLongLong();
    v.title = t.value(1).toString();
    v.type = trainingTypeFromText(t.value(2).toString()).value_or(TrainingType::Mapping);
    v.pointValue = t.value(3).toInt();
    v.url = t.value(4).toString();
    v.difficulty = t.value(5).toString();
    v.passPercent = t.value(6).toInt();
    v.completedCount = adminView ? t.value(7).toInt() : 0;
    const auto completedAt = store::utcFromValue(t.value(8));
    v.completed = completedAt.has_value();
    v.completedAt = completedAt.value_or(QDateTime());
    v.pointsAwarded = t.value(9).toInt();
    v.attempts = t.value(10).toInt();
    v.bestScore = t.value(11).isNull() ? -1 : t.value(11).toInt();
    v.archivedAt = store::utcFromValue(t.value(12)).value_or(QDateTime());
    if (adminView) {
        v.createdAt = store::utcFromValue(t.value(13)).value_or(QDateTime());
        v.attemptCount = t.value(14).toInt();
        v.recentAttempts = t.value(15).toInt();
        v.recentPasses = t.value(16).toInt();
    }
    return v;
}

} // namespace

core::Result<QList<TrainingView>> TrainingCatalog::read(
    const Caller &caller, bool adminView, const QDateTime &now) const
{
    const bool withAnswerKey = adminView;
    // People never see an archived training; its admin does, marked.
    const QString shown = adminView ? QString() : u" AND t.archived_at IS NULL"_s;
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QList<TrainingView>> {
        QVariantMap values { { u"org"_s, caller.orgId }, { u"me"_s, caller.userId } };
        // The admin view's counts over everyone; a person's view does not read them.
        const QString everyone = adminView
            ? u"(SELECT COUNT(*) FROM training_attempts a WHERE a.training_id = t.id), "
              "(SELECT COUNT(*) FROM training_attempts a WHERE a.training_id = t.id "
              " AND a.at >= :since), "
              "(SELECT COUNT(*) FROM training_attempts a WHERE a.training_id = t.id "
              " AND a.at >= :since AND a.passed) "_s
            : u"0, 0, 0 "_s;
        if (adminView)
            values.insert(u"since"_s, store::utcValue(now.addDays(-RecentDays)));
        auto trainings = tx.exec(
            u"SELECT t.id, t.title, t.training_type, t.point_value, COALESCE(t.training_url, ''), "
            "COALESCE(t.difficulty, ''), t.pass_percent, "
            "(SELECT COUNT(*) FROM training_completions c WHERE c.training_id = t.id), "
            "c.completed_at, COALESCE(c.points_awarded, 0), "
            "(SELECT COUNT(*) FROM training_attempts a WHERE a.training_id = t.id "
            " AND a.user_id = :me), "
            "(SELECT MAX(a.score_percent) FROM training_attempts a WHERE a.training_id = t.id "
            " AND a.user_id = :me), t.archived_at, t.created_at, "_s
                + everyone
                + u"FROM trainings t LEFT JOIN training_completions c ON c.training_id = t.id "
                  "AND c.user_id = :me WHERE t.org_id = :org"_s
                + shown + u" ORDER BY t.id"_s,
            values);
        if (!trainings.ok())
            return trainings.error();
        QList<TrainingView> out;
        QHash<qint64, qsizetype> byId;
        store::Rows &t = trainings.value();
        while (t.next()) {
            const TrainingView v = viewOf(t, adminView);
            byId.insert(v.id, out.size());
            out << v;
        }
        // Questions and answers of all the listed trainings, in their stored (shuffled) order.
        auto answers
            = tx.exec(u"SELECT q.training_id, q.id, q.question, a.id, a.answer, a.is_correct "
                      "FROM training_questions q JOIN trainings t ON t.id = q.training_id "
                      "JOIN training_answers a ON a.question_id = q.id "
                      "WHERE t.org_id = :org"_s
                    + shown + u" ORDER BY q.training_id, q.position, a.position"_s,
                values);
        if (!answers.ok())
            return answers.error();
        store::Rows &a = answers.value();
        while (a.next()) {
            const auto at = byId.constFind(a.value(0).toLongLong());
            if (at == byId.constEnd())
                continue;
            QList<TrainingView::Question> &questions = out[*at].questions;
            const qint64 questionId = a.value(1).toLongLong();
            if (questions.isEmpty() || questions.constLast().id != questionId)
                questions << TrainingView::Question { questionId, a.value(2).toString(), {} };
            questions.last().answers << TrainingView::Answer { a.value(3).toLongLong(),
                a.value(4).toString(), withAnswerKey && a.value(5).toBool() };
        }
        return out;
    });
}

core::Result<QList<TrainingResult>> TrainingCatalog::results(
    const Caller &caller, qint64 trainingId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageTrainings); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<QList<TrainingResult>> {
            const QVariantMap values { { u"id"_s, trainingId }, { u"org"_s, caller.orgId } };
            auto training
                = tx.exec(u"SELECT 1 FROM trainings WHERE id = :id AND org_id = :org"_s, values);
            if (!training.ok())
                return training.error();
            if (!training.value().next())
                return core::Error::make(core::ErrorKind::NotFound, "not_found",
                    QCoreApplication::translate(
                        "mikro::domain::TrainingCatalog", "That training does not exist."));
            // Per person: attempts and best score from the attempts, the pass from the
            // completion (a module without questions is completed without an attempt).
            auto rows = tx.exec(
                u"SELECT u.id, TRIM(COALESCE(u.first_name, '') || ' ' || "
                "COALESCE(u.last_name, '')), COALESCE(u.osm_username, ''), "
                "(SELECT COUNT(*) FROM training_attempts a WHERE a.training_id = :id "
                " AND a.user_id = u.id), "
                "(SELECT MAX(a.score_percent) FROM training_attempts a WHERE a.training_id = :id "
                " AND a.user_id = u.id), "
                "(SELECT c.completed_at FROM training_completions c WHERE c.training_id = :id "
                " AND c.user_id = u.id) "
                "FROM users u WHERE u.org_id = :org AND (EXISTS (SELECT 1 FROM "
                "training_attempts a WHERE a.training_id = :id AND a.user_id = u.id) OR EXISTS "
                "(SELECT 1 FROM training_completions c WHERE c.training_id = :id AND c.user_id = "
                "u.id)) ORDER BY 2, u.id"_s,
                values);
            if (!rows.ok())
                return rows.error();
            QList<TrainingResult> out;
            store::Rows &q = rows.value();
            while (q.next())
                out << TrainingResult { q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).isNull() ? -1 : q.value(4).toInt(),
                    store::utcFromValue(q.value(5)).value_or(QDateTime()) };
            return out;
        });
}

core::Result<QList<TrainingAttempt>> TrainingCatalog::attempts(
    const Caller &caller, qint64 trainingId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::TakeTrainings); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<QList<TrainingAttempt>> {
            auto training = tx.exec(u"SELECT 1 FROM trainings WHERE id = :id AND org_id = :org "
                                    "AND archived_at IS NULL"_s,
                { { u"id"_s, trainingId }, { u"org"_s, caller.orgId } });
            if (!training.ok())
                return training.error();
            if (!training.value().next())
                return core::Error::make(core::ErrorKind::NotFound, "not_found",
                    QCoreApplication::translate(
                        "mikro::domain::TrainingCatalog", "That training does not exist."));
            auto rows = tx.exec(u"SELECT id, score_percent, passed, at FROM training_attempts "
                                "WHERE training_id = :id AND user_id = :me "
                                "ORDER BY at DESC, id DESC"_s,
                { { u"id"_s, trainingId }, { u"me"_s, caller.userId } });
            if (!rows.ok())
                return rows.error();
            QList<TrainingAttempt> out;
            while (rows.value().next())
                out << TrainingAttempt { rows.value().value(0).toLongLong(),
                    rows.value().value(1).toInt(), rows.value().value(2).toBool(),
                    store::utcFromValue(rows.value().value(3)).value_or(QDateTime()) };
            return out;
        });
}

} // namespace mikro::domain
