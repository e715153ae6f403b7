#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/training/TrainingService.h"

#include <QJsonObject>

namespace mikro::client {

/// The answer of `training/fetch_training_quiz` (API.md §11.2): `training` {id, title,
/// pass_percent}, `questions[]` {question_id, question, answers[{answer_id, answer}]} in the order
/// the server chose, `attempts_left`, `attempts_per_day` and `next_attempt_at`. Never any
/// correctness.
void writeQuiz(JsonWriter &envelope, const domain::Quiz &quiz);
[[nodiscard]] core::Result<domain::Quiz> readQuiz(const QJsonObject &answer);

/// The answer of `training/submit_quiz`: `score`, `passed`, `points_awarded`, `attempts_left`.
void writeQuizResult(JsonWriter &envelope, const domain::QuizResult &result);
[[nodiscard]] core::Result<domain::QuizResult> readQuizResult(const QJsonObject &answer);

} // namespace mikro::client
