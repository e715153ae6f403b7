#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/training/TrainingCatalog.h"

#include <QJsonObject>
#include <QList>

namespace mikro::client {

/// API.md §2 Training. The admin view (`adminView`) carries the answer key and
/// `completed_count`; the person's view carries neither, and adds `question_count`, `completed`,
/// `completed_at`, `best_score` (null: no attempt yet), `attempts` and `points_awarded`. Read
/// back, what a view does not carry keeps its default (a person's view: every answer incorrect).
[[nodiscard]] JsonWriter writeTraining(const domain::TrainingView &training, bool adminView);
[[nodiscard]] core::Result<domain::TrainingView> readTraining(
    const QJsonObject &object, bool adminView);

/// The answer of `fetch_org_trainings` (adminView) and `fetch_user_trainings` (API.md §11):
/// `org_mapping_trainings`, `org_validation_trainings` and `org_project_trainings` by type, added
/// to `envelope`; in the person's view the completed ones are in `user_completed_trainings`
/// instead.
void writeTrainingLists(
    JsonWriter &envelope, const QList<domain::TrainingView> &trainings, bool adminView);
/// The admin view's archived trainings (with `archived_at`) are in `org_archived_trainings`; the
/// three lists by type hold those not archived, as API.md has them.
/// The trainings of such an answer: the mapping, validation and project lists, then the
/// completed ones (the person's view) or the archived ones (the admin view).
[[nodiscard]] core::Result<QList<domain::TrainingView>> readTrainingLists(
    const QJsonObject &answer, bool adminView);

/// `fetch_training_results` (an addition): `results[]` {user_id, user, osm_username, attempts,
/// best_score (null: no attempt), passed_at (null: not passed)}, added to `envelope`.
void writeTrainingResults(JsonWriter &envelope, const QList<domain::TrainingResult> &results);
[[nodiscard]] core::Result<QList<domain::TrainingResult>> readTrainingResults(
    const QJsonObject &answer);

} // namespace mikro::client
