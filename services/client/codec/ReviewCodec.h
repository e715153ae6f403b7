#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/crediting/CreditingService.h"

#include <QJsonObject>
#include <QList>

namespace mikro::client {

/// A row of `task/fetch_external_validations` (API.md §9): `id` ("<project_id>:<task_id>"),
/// `project_id`, `task_id`, `mapped_by`, `validated_by`, `review_reason`, `unknown_validator`,
/// `paid_out` (false while in review), `validated_at`, and — additions the desktop reads —
/// `project_name`, `project_url`, `mapping_rate` (with `_cents`), `mapper_user_id`, `mapper_name`.
[[nodiscard]] JsonWriter writeReviewItem(const domain::ReviewItem &item);
/// The `external_validations` of an answer, in its order.
[[nodiscard]] core::Result<QList<domain::ReviewItem>> readReviewQueue(const QJsonObject &answer);

} // namespace mikro::client
