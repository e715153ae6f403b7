#pragma once

#include "services/core/Result.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/policy/Caller.h"

#include <QList>
#include <QString>

namespace mikro::domain {

class ProjectDirectory;

/// An active person of the organisation on a project's assignment screen (API.md
/// `fetch_project_users`, UI.md §5.3 Members): their row with its figures, their membership and
/// the project's required trainings they have not passed.
struct ProjectMember
{
    PersonSummary person;
    QString memberRole; ///< editor or validator; empty when not a member
    QList<qint64> missingTrainings; ///< ascending
};

/// Every active person of the organisation with their membership of `projectId` (admins;
/// NotFound for another organisation's project). Two reads; someone who joined the organisation
/// between them is left out until the next read.
[[nodiscard]] core::Result<QList<ProjectMember>> projectMembers(const ProjectDirectory &directory,
    const PeopleService &people, const Caller &caller, qint64 projectId);

} // namespace mikro::domain
