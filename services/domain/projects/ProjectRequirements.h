#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QList>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// The trainings a project requires before anyone is assigned to it or joins it (DESIGN.md §4
/// Assignment; API.md `project/set_required_trainings`). Admins of the project's organisation
/// replace the whole set in one transaction, audited; it applies to future assignments and joins,
/// current members stay. Each training must be the organisation's and not archived (NotFound
/// otherwise, and nothing changes); at most `MaxTrainings` ids.
class ProjectRequirements
{
public:
    static constexpr int MaxTrainings = 50;

    ProjectRequirements(store::Database &db, const core::Clock &clock);

    /// The set after the change, ascending.
    [[nodiscard]] core::Result<QList<qint64>> setRequiredTrainings(
        const Caller &caller, qint64 projectId, const QList<qint64> &trainingIds) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
