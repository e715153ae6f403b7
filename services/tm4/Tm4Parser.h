#pragma once

#include "services/core/Result.h"
#include "services/domain/projects/Tm4ProjectSource.h"
#include "services/tm4/Tm4Types.h"

#include <QByteArray>

namespace mikro::tm4 {

/// Reads TM4 bodies (shapes in shared/tm4-samples): strict on the fields the crediting rules need
/// (ids, status, history id, state, actor, date), tolerant of extra fields and of missing optional
/// ones. A body that is not what the rules need is an UpstreamUnavailable `tm4_malformed` error
/// whose message names the field.
namespace parser {

/// `GET /projects/{id}/`: `projectInfo.name` and the number of `tasks.features`. Geometry is
/// skipped while parsing, so a large grid costs little memory.
[[nodiscard]] core::Result<domain::Tm4ProjectSummary> projectSummary(const QByteArray &body);
[[nodiscard]] core::Result<QList<TaskState>> taskStates(const QByteArray &body);
[[nodiscard]] core::Result<TaskDetail> taskDetail(const QByteArray &body);
[[nodiscard]] core::Result<QList<Contribution>> contributions(const QByteArray &body);

/// States a STATE_CHANGE row can enter that Mikro records (task_events.action).
[[nodiscard]] bool isRecordedState(const QString &state);

} // namespace parser
} // namespace mikro::tm4
