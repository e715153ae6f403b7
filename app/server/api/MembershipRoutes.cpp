#include "app/server/api/MembershipRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/PersonCodec.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/projects/ProjectMembers.h"
#include "services/domain/projects/ProjectMembership.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::MembershipRoutes", text);
}

core::Result<domain::MemberRole> memberRole(const JsonBody &body)
{
    const auto role = body.text(u"member_role"_s, Need::Optional, 20);
    if (!role.ok())
        return role.error();
    if (const auto parsed = domain::memberRoleFromText(role.value().value_or(u"editor"_s)))
        return *parsed;
    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
        tr("The member role is editor or validator."))
        .withField(u"member_role"_s);
}

/// An admin's assignment request: who, which project, which role.
struct Assignment
{
    QString userId;
    qint64 projectId = 0;
    domain::MemberRole role = domain::MemberRole::Editor;
};

core::Result<Assignment> assignmentOf(const JsonBody &body)
{
    const auto user = body.text(u"user_id"_s, Need::Required, 255);
    const auto id = body.integer(u"project_id"_s, Need::Required);
    const auto role = memberRole(body);
    if (auto e = fieldProblems({ errorOf(user), errorOf(id), errorOf(role) }))
        return *e;
    return Assignment { *user.value(), *id.value(), role.value() };
}

/// The answer to an assignment: who joined (or left) which project in which role.
client::JsonWriter assignedAnswer(const QString &message, const Assignment &m)
{
    client::JsonWriter out = client::JsonWriter::success(message);
    out.field(u"project_id"_s, m.projectId)
        .field(u"user_id"_s, m.userId)
        .field(u"member_role"_s, domain::memberRoleText(m.role));
    return out;
}

/// An admin removes someone from a project; `message` names the person (%1) and project (%2).
Action unassignAction(const domain::ProjectMembership &projects, const char *message)
{
    return [&projects, message](const JsonBody &body, const http::Request &,
               const domain::Caller &caller) -> ActionResult {
        const auto user = body.text(u"user_id"_s, Need::Required, 255);
        const auto id = body.integer(u"project_id"_s, Need::Required);
        if (auto e = fieldProblems({ errorOf(user), errorOf(id) }))
            return *e;
        if (auto done = projects.unassign(caller, *id.value(), *user.value()); !done.ok())
            return done.error();
        return client::JsonWriter::success(tr(message).arg(*user.value()).arg(*id.value()));
    };
}

} // namespace

void addMembershipRoutes(http::Router &router, const AuthGate &gate,
    const domain::ProjectMembership &projects, const domain::ProjectDirectory &directory,
    const domain::PeopleService &people)
{
    // The assignment screen: every active person with their membership and missing trainings.
    addAction(router, gate, u"user"_s, u"fetch_project_users"_s,
        [&directory, &people](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"project_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto members = domain::projectMembers(directory, people, caller, *id.value());
            if (!members.ok())
                return members.error();
            QList<client::JsonWriter> users;
            for (const domain::ProjectMember &m : members.value())
                users << client::writeProjectMember(m);
            return client::JsonWriter::success(tr("Project users")).array(u"users"_s, users);
        });

    addAction(router, gate, u"project"_s, u"assign_user_project"_s,
        [&projects](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto a = assignmentOf(body);
            if (!a.ok())
                return a.error();
            const Assignment &m = a.value();
            if (auto done = projects.assign(caller, m.projectId, m.userId, m.role); !done.ok())
                return done.error();
            return assignedAnswer(
                tr("User %1 has joined project %2").arg(m.userId).arg(m.projectId), m);
        });

    addAction(router, gate, u"project"_s, u"unassign_user_project"_s,
        unassignAction(projects,
            QT_TRANSLATE_NOOP("mikro::server::MembershipRoutes", "User %1 has left project %2")));

    addAction(router, gate, u"project"_s, u"user_join_project"_s,
        [&projects](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"project_id"_s, Need::Required);
            const auto role = memberRole(body);
            if (auto e = fieldProblems({ errorOf(id), errorOf(role) }))
                return *e;
            if (auto done = projects.join(caller, *id.value(), role.value()); !done.ok())
                return done.error();
            return client::JsonWriter::success(tr("You have joined project %1").arg(*id.value()))
                .field(u"project_id"_s, *id.value())
                .field(u"member_role"_s, domain::memberRoleText(role.value()));
        });

    addAction(router, gate, u"project"_s, u"user_leave_project"_s,
        [&projects](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"project_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            if (auto done = projects.leave(caller, *id.value()); !done.ok())
                return done.error();
            return client::JsonWriter::success(tr("You have left project %1").arg(*id.value()));
        });

    // API.md §11.5's `user` forms: `assign_user` keeps the original toggle the web front end
    // relies on (a member is unassigned, anyone else assigned under the same rules);
    // `unassign_user` only removes.
    addAction(router, gate, u"user"_s, u"assign_user"_s,
        [&projects](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto a = assignmentOf(body);
            if (!a.ok())
                return a.error();
            const Assignment &m = a.value();
            const auto removed = projects.unassign(caller, m.projectId, m.userId);
            if (removed.ok())
                return assignedAnswer(
                    tr("User %1 unassigned from Project %2").arg(m.userId).arg(m.projectId), m)
                    .field(u"assigned"_s, false);
            if (removed.error().code != "not_assigned")
                return removed.error();
            if (auto done = projects.assign(caller, m.projectId, m.userId, m.role); !done.ok())
                return done.error();
            return assignedAnswer(
                tr("User %1 assigned to Project %2").arg(m.userId).arg(m.projectId), m)
                .field(u"assigned"_s, true);
        });

    addAction(router, gate, u"user"_s, u"unassign_user"_s,
        unassignAction(projects,
            QT_TRANSLATE_NOOP(
                "mikro::server::MembershipRoutes", "User %1 unassigned from Project %2")));
}

} // namespace mikro::server
