#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/domain/projects/ProjectRepository.h"

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// Who is on a project (DESIGN.md §4 Assignment): an admin assigns and unassigns; a person joins
/// and leaves visible, active projects under the same rules. One transaction each, on the locked
/// project row. Errors: Refused `cap_reached` (details: the cap), `training_required`,
/// `role_required`, `not_joinable`; Conflict `already_assigned`; NotFound `not_found`,
/// `not_assigned`.
class ProjectMembership
{
public:
    ProjectMembership(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<void> assign(
        const Caller &caller, qint64 projectId, const QString &userId, MemberRole role) const;
    /// An admin ends a membership (NotFound `not_assigned` when there is none). Credits stay.
    [[nodiscard]] core::Result<void> unassign(
        const Caller &caller, qint64 projectId, const QString &userId) const;
    /// A person joins a visible, active project themselves, under the same rules as assignment.
    [[nodiscard]] core::Result<void> join(
        const Caller &caller, qint64 projectId, MemberRole role) const;
    [[nodiscard]] core::Result<void> leave(const Caller &caller, qint64 projectId) const;

private:
    core::Result<void> addMember(const Caller &caller, qint64 projectId, const QString &userId,
        MemberRole role, bool selfService) const;

    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
