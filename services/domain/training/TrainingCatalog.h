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
    // The caller's own figures (person view).
    bool completed = false;
    QDateTime completedAt;
    int pointsAwarded = 0;
    int attempts = 0;
    int bestScore = -1; ///< -1: no attempt yet
    bool operator==(const TrainingView &) const = default;
};

struct TrainingAttempt
{
    qint64 id = 0;
    int scorePercent = 0;
    bool passed = false;
    QDateTime at;
};

/// Reads the organisation's trainings (archived ones left out): the admin view with the answer
/// key and completion counts, a person's view without it and with their own progress, and a
/// person's attempt history. Read-only; a few statements per list, whatever its size.
class TrainingCatalog
{
public:
    explicit TrainingCatalog(store::Database &db);

    [[nodiscard]] core::Result<QList<TrainingView>> orgTrainings(const Caller &caller) const;
    [[nodiscard]] core::Result<QList<TrainingView>> personTrainings(const Caller &caller) const;
    /// The caller's attempts at one training, newest first (NotFound for an archived or another
    /// organisation's training).
    [[nodiscard]] core::Result<QList<TrainingAttempt>> attempts(
        const Caller &caller, qint64 trainingId) const;

private:
    [[nodiscard]] core::Result<QList<TrainingView>> read(
        const Caller &caller, bool withAnswerKey) const;

    store::Database &m_db;
};

} // namespace mikro::domain
