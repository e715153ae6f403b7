#pragma once

#include "services/client/ChangeFeed.h"
#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/crediting/CreditingService.h"

#include <QFuture>
#include <QList>

namespace mikro::client {

/// The tasks the sync could not credit by itself (UI.md §5.5), for an admin: the queue, and a
/// decision on one task — accepting the validation credits its mapper the task's mapping rate
/// once, rejecting pays nobody. Nobody decides a task they mapped or validated. Admins only.
class ReviewClient
{
public:
    virtual ~ReviewClient() = default;

    /// The organisation's tasks waiting for review, oldest validation first.
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::ReviewItem>>> queue() = 0;
    /// Accepts (`validate`) or rejects the validation of one task; answers the mapping credit
    /// made. A task no longer waiting is refused (Conflict `already_resolved`). Announces the
    /// review areas.
    [[nodiscard]] virtual QFuture<core::Result<core::Money>> decide(
        qint64 projectId, qint64 taskId, bool validate)
        = 0;
};

/// What a decision touches: the queue, the mapper's money and the figures.
inline const QList<ChangeFeed::Area> reviewAreas { ChangeFeed::Area::Review,
    ChangeFeed::Area::Dashboards, ChangeFeed::Area::People, ChangeFeed::Area::Projects };

} // namespace mikro::client
