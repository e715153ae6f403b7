#pragma once

#include "services/core/Result.h"
#include "services/domain/Caller.h"

#include <QList>
#include <QMap>
#include <QString>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

struct TrainingDraft
{
    struct Answer
    {
        QString text;
        bool correct = false;
    };
    struct Question
    {
        QString text;
        QList<Answer> answers;
    };
    QString title;
    QString type; ///< Mapping, Validation or Project
    int pointValue = 0;
    QString url;
    QString difficulty;
    int passPercent = 80;
    QList<Question> questions;
};

/// A quiz as a person sees it: never which answer is correct (DESIGN.md §4 Training).
struct Quiz
{
    struct Answer
    {
        qint64 id = 0;
        QString text;
    };
    struct Question
    {
        qint64 id = 0;
        QString text;
        QList<Answer> answers;
    };
    qint64 id = 0;
    QString title;
    int passPercent = 0;
    QList<Question> questions;
};

struct QuizResult
{
    int scorePercent = 0;
    bool passed = false;
    int pointsAwarded = 0; ///< 0 when the training was already completed
};

/// Training modules (DESIGN.md §4 Training): admins write them, people take the quiz, and the
/// server grades it — the correct answers never leave the service for non-admins. Passing records
/// the completion and awards the points once (mapper points for Mapping, validator points for
/// Validation, special-project points for Project), whatever the number of passing attempts.
/// Synchronous, one transaction each; call on a store pool thread.
class TrainingService
{
public:
    TrainingService(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<qint64> create(
        const Caller &caller, const TrainingDraft &draft) const;
    [[nodiscard]] core::Result<Quiz> quiz(const Caller &caller, qint64 trainingId) const;
    /// `answers` maps each question id to the chosen answer id; every question must be answered
    /// (InvalidInput `incomplete_answers`).
    [[nodiscard]] core::Result<QuizResult> submit(
        const Caller &caller, qint64 trainingId, const QMap<qint64, qint64> &answers) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
