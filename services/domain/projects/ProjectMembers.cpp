#include "services/domain/projects/ProjectMembers.h"

#include "services/domain/projects/ProjectDirectory.h"

#include <QHash>

namespace mikro::domain {

core::Result<QList<ProjectMember>> projectMembers(const ProjectDirectory &directory,
    const PeopleService &people, const Caller &caller, qint64 projectId)
{
    const auto members = directory.projectPeople(caller, projectId);
    if (!members.ok())
        return members.error();
    const auto rows = people.orgPeople(caller);
    if (!rows.ok())
        return rows.error();
    QHash<QString, const PersonSummary *> byId;
    for (const PersonSummary &p : rows.value())
        byId.insert(p.id, &p);
    QList<ProjectMember> out;
    out.reserve(members.value().size());
    for (const ProjectPerson &m : members.value()) {
        if (const PersonSummary *p = byId.value(m.userId))
            out << ProjectMember { *p, m.memberRole, m.missingTrainings };
    }
    return out;
}

} // namespace mikro::domain
