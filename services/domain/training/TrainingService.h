#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/domain/training/TrainingType.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
class Transaction;
} // namespace mikro::store

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
    TrainingType type = TrainingType::Mapping;
    int pointValue = 0;
    QString url;
    QString difficulty;
    int passPercent = 80;
    QList<Question> questions;
};

/// The fields `modify_training` changes; the ones not given stay. Given questions replace all
/// questions and answers.
struct TrainingChange
{
    std::optional<QString> title;
    std::optional<TrainingType> type;
    std::optional<int> pointValue;
    std::optional<QString> url;
    std::optional<QString> difficulty;
    std::optional<int> passPercent;
    std::optional<QList<TrainingDraft::Question>> questions;
};

/// A quiz as a person sees it: never which answer is correct (DESIGN.md §4 Training).
struct Quiz
{
    struct Answer
    {
        qint64 id = 0;
        QString text;
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
    int passPercent = 0;
    QList<Question> questions;
    int attemptsLeft = 0; ///< submissions still allowed in the current 24 hours
    QDateTime nextAttemptAt; ///< when one more is allowed again; invalid while some are left
    bool operator==(const Quiz &) const = default;
};

/// A quiz's score: the share of questions answered correctly, in whole percent rounded down.
[[nodiscard]] constexpr int quizScorePercent(int correct, int questions)
{
    return questions > 0 ? correct * 100 / questions : 0;
}
/// Whether a score meets the pass mark.
[[nodiscard]] constexpr bool quizPassed(int scorePercent, int passPercent)
{
    return scorePercent >= passPercent;
}

/// How many quiz submissions a person may make per training in any 24 hours (issue 10 #6: with
/// unlimited attempts and the score returned, answers can be found by trial).
inline constexpr int QuizAttemptsPerDay = 3;

struct QuizResult
{
    int scorePercent = 0;
    bool passed = false;
    int pointsAwarded = 0; ///< 0 when the training was already completed
    int attemptsLeft = 0; ///< after this one, in the current 24 hours
    bool operator==(const QuizResult &) const = default;
};

/// What completing a training gave (API.md `complete_training`).
struct Completion
{
    TrainingType type = TrainingType::Mapping;
    int pointsAwarded = 0; ///< 0 when it was completed before
    bool alreadyCompleted = false;
    int earnedPoints = 0; ///< the person's points of that type now
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
    /// A partial update under the creation rules, one transaction, audited; past attempts,
    /// completions and points stay.
    [[nodiscard]] core::Result<void> modify(
        const Caller &caller, qint64 trainingId, const TrainingChange &change) const;
    [[nodiscard]] core::Result<Quiz> quiz(const Caller &caller, qint64 trainingId) const;
    /// `answers` maps each question id to the chosen answer id; every question must be answered
    /// (InvalidInput `incomplete_answers`).
    [[nodiscard]] core::Result<QuizResult> submit(
        const Caller &caller, qint64 trainingId, const QMap<qint64, qint64> &answers) const;
    /// Archives a training (API.md `delete_training`): hidden, dropped from every project's
    /// requirements; completions and awarded points stay. Audited.
    [[nodiscard]] core::Result<void> archive(const Caller &caller, qint64 trainingId) const;
    /// Brings an archived training back: people see it again. The project requirements its
    /// archiving dropped stay dropped. NotFound unless it is the organisation's and archived.
    [[nodiscard]] core::Result<void> restore(const Caller &caller, qint64 trainingId) const;
    /// Completes a training whose quiz the caller passed, or one without questions (Refused
    /// `quiz_not_passed` otherwise); the points are awarded once, as by a passing submission.
    [[nodiscard]] core::Result<Completion> complete(const Caller &caller, qint64 trainingId) const;

private:
    /// The points awarded, or nothing when the training was completed before.
    [[nodiscard]] static core::Result<std::optional<int>> recordCompletion(store::Transaction &tx,
        const QString &userId, qint64 trainingId, TrainingType type, int points,
        const QDateTime &now);

    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
