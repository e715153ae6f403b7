#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/people/PersonWork.h"

#include <QJsonObject>

namespace mikro::client {

/// `user/fetch_person_work` (an addition, docs/DECISIONS.md): `projects[]` {project_id, name,
/// active, member_role, assigned_at, tasks_mapped, tasks_validated, earned (money)},
/// `trainings[]` {training_id, title, training_type, points, completed_at} and `checklists[]`
/// {user_checklist_id, name, items, done, confirmed, started_at, completed, fully_confirmed},
/// written into the answer's envelope.
void writePersonWork(JsonWriter &envelope, const domain::PersonWork &work);
[[nodiscard]] core::Result<domain::PersonWork> readPersonWork(const QJsonObject &answer);

} // namespace mikro::client
