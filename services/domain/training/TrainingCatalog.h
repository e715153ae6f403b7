#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/domain/training/TrainingType.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// A training as the lists show it (API.md §2 Training). In a person's view `correct` is always
/// false: the correct answers never leave the service for them.
struct TrainingView
{
    struct Answer
    {
        qint64 id = 0;
        QString text;
        bool correct = false;
        bool operator==(const Answer &) const = default;
    };
    struct Question
    {
        qint64 id = 0;
        QString text;
        QList<Answer> answers;
        bool operator==(const Question &) const = default;
    };
    qint64 id = 0;
    QString title;
    TrainingType type = TrainingType::Mapping;
    int pointValue = 0;
    QString url;
    QString difficulty;
    int passPercent = 0;
    QList<Question> questions;
    int completedCount = 0; ///< admin view: people who completed it
    QDateTime archivedAt; ///< admin view: when it was archived; invalid while it is not
    QDateTime createdAt; ///< admin view
    int attemptCount = 0; ///< admin view: everyone's quiz attempts
    int recentAttempts = 0; ///< admin view: attempts in the RecentDays before the read
    int recentPasses = 0; ///< admin view: … of them passed
    // The caller's own figures (person view).
    bool completed = false;
    QDateTime completedAt;
    int pointsAwarded = 0;
    int attempts = 0;
    int bestScore = -1; ///< -1: no attempt yet
    bool operator==(const TrainingView &) const = default;
};

/// One person's results at a training, for its admin (UI.md §5.6 Results).
struct TrainingResult
{
    QString userId;
    QString name;
    QString osmUsername;
    int attempts = 0;
    int bestScore = -1; ///< -1: no attempt (completed without a quiz)
    QDateTime passedAt; ///< when they completed it; invalid while they have not

    bool operator==(const TrainingResult &) const = default;
};

struct TrainingAttempt
{
    qint64 id = 0;
    int scorePercent = 0;
    bool passed = false;
    QDateTime at;
};

/// Reads the organisation's trainings: the admin view with the answer key, completion counts and
/// the archived ones (marked), a person's view without the key and the archived ones, with their
/// own progress; a person's attempt history, and each person's results at one training for an
/// admin. Read-only; a few statements per list, whatever its size.
class TrainingCatalog
{
public:
    /// The window of `recentAttempts` / `recentPasses` (UI.md §5.6 cards "over 30 days").
    static constexpr int RecentDays = 30;

    explicit TrainingCatalog(store::Database &db);

    /// Every training of the organisation, the archived ones with `archivedAt`; the recent
    /// figures count the RecentDays before `now`.
    [[nodiscard]] core::Result<QList<TrainingView>> orgTrainings(
        const Caller &caller, const QDateTime &now) const;
    [[nodiscard]] core::Result<QList<TrainingView>> personTrainings(const Caller &caller) const;
    /// The caller's attempts at one training, newest first (NotFound for an archived or another
    /// organisation's training).
    [[nodiscard]] core::Result<QList<TrainingAttempt>> attempts(
        const Caller &caller, qint64 trainingId) const;

    /// Everyone of the organisation who attempted or completed training `trainingId` (archived
    /// ones too), by name; admins only, NotFound for another organisation's training.
    [[nodiscard]] core::Result<QList<TrainingResult>> results(
        const Caller &caller, qint64 trainingId) const;

private:
    /// The admin view (`adminView`: the answer key, counts and archived trainings) or a
    /// person's.
    [[nodiscard]] core::Result<QList<TrainingView>> read(
        const Caller &caller, bool adminView, const QDateTime &now = {}) const;

    store::Database &m_db;
};

} // namespace mikro::domain
