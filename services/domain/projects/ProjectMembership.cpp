#include "services/domain/projects/ProjectMembership.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error failure(core::ErrorKind kind, QByteArray code, const char *message)
{
    return core::Error::make(kind, std::move(code),
        QCoreApplication::translate("mikro::domain::ProjectMembership", message));
}

} // namespace

ProjectMembership::ProjectMembership(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<void> ProjectMembership::assign(
    const Caller &caller, qint64 projectId, const QString &userId, MemberRole role) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    return addMember(caller, projectId, userId, role, false);
}

core::Result<void> ProjectMembership::unassign(
    const Caller &caller, qint64 projectId, const QString &userId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto project = ProjectRepository::load(tx, caller.orgId, projectId);
        if (!project.ok())
            return project.error();
        auto deleted
            = tx.exec(u"DELETE FROM project_members WHERE project_id = :p AND user_id = :u "
                      "RETURNING member_role"_s,
                { { u"p"_s, projectId }, { u"u"_s, userId } });
        if (!deleted.ok())
            return deleted.error();
        if (!deleted.value().next())
            return failure(core::ErrorKind::NotFound, "not_assigned",
                QT_TRANSLATE_NOOP("mikro::domain::ProjectMembership",
                    "That person is not a member of this project."));
        const QString role = deleted.value().value(0).toString();
        return AuditLog::record(tx, caller, u"unassign_user_project"_s, u"project"_s,
            QString::number(projectId), { { u"user_id"_s, userId }, { u"member_role"_s, role } },
            m_clock.nowUtc());
    });
}

core::Result<void> ProjectMembership::join(
    const Caller &caller, qint64 projectId, MemberRole role) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::JoinProjects); !allowed.ok())
        return allowed.error();
    return addMember(caller, projectId, caller.userId, role, true);
}

core::Result<void> ProjectMembership::addMember(const Caller &caller, qint64 projectId,
    const QString &userId, MemberRole role, bool selfService) const
{
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto project = ProjectRepository::load(
            tx, caller.orgId, projectId, ProjectRepository::Lock::ForUpdate);
        if (!project.ok())
            return project.error();
        if (selfService && (!project.value().visible || !project.value().active))
            return failure(core::ErrorKind::Refused, "not_joinable",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ProjectMembership", "This project cannot be joined."));
        auto person = tx.exec(
            u"SELECT role FROM users WHERE id = :id AND org_id = :org AND deactivated_at IS NULL"_s,
            { { u"id"_s, userId }, { u"org"_s, caller.orgId } });
        if (!person.ok())
            return person.error();
        if (!person.value().next())
            return failure(core::ErrorKind::NotFound, "not_found",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ProjectMembership", "That person does not exist."));
        // A validator place needs the validator role, whoever assigns it (API.md §11.5).
        if (role == MemberRole::Validator
            && !isAtLeast(roleFromText(person.value().value(0).toString()).value_or(Role::User),
                Role::Validator))
            return failure(core::ErrorKind::Refused, "role_required",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ProjectMembership", "Validating needs the validator role."));
        // Required trainings must all be passed (DESIGN.md §4 Assignment).
        auto missing = tx.exec(
            u"SELECT COUNT(*) FROM project_trainings pt JOIN trainings t ON t.id = pt.training_id "
            "AND t.archived_at IS NULL WHERE pt.project_id = :p AND NOT EXISTS ("
            "SELECT 1 FROM training_completions c WHERE c.training_id = pt.training_id "
            "AND c.user_id = :u)"_s,
            { { u"p"_s, projectId }, { u"u"_s, userId } });
        if (!missing.ok())
            return missing.error();
        missing.value().next();
        if (missing.value().value(0).toInt() > 0)
            return failure(core::ErrorKind::Refused, "training_required",
                QT_TRANSLATE_NOOP("mikro::domain::ProjectMembership",
                    "The project's required trainings are not all passed yet."));
        const QString roleText = memberRoleText(role);
        const int cap = role == MemberRole::Editor ? project.value().maxEditors
                                                   : project.value().maxValidators;
        auto members = ProjectRepository::memberCount(tx, projectId, role);
        if (!members.ok())
            return members.error();
        if (cap > 0 && members.value() >= cap) {
            core::Error e = failure(core::ErrorKind::Refused, "cap_reached",
                QT_TRANSLATE_NOOP("mikro::domain::ProjectMembership", "This project is full."));
            e.details.insert(
                role == MemberRole::Editor ? u"max_editors"_s : u"max_validators"_s, cap);
            return e;
        }
        const QDateTime now = m_clock.nowUtc();
        auto inserted = tx.exec(u"INSERT INTO project_members (project_id, user_id, member_role, "
                                u"assigned_by, assigned_at) "
                                "VALUES (:p, :u, :r, :by, :now)"_s,
            { { u"p"_s, projectId }, { u"u"_s, userId }, { u"r"_s, roleText },
                { u"by"_s, caller.userId }, { u"now"_s, store::utcValue(now) } });
        if (!inserted.ok()) {
            if (inserted.error().cause == core::Cause::DuplicateKey)
                return failure(core::ErrorKind::Conflict, "already_assigned",
                    QT_TRANSLATE_NOOP(
                        "mikro::domain::ProjectMembership", "Already a member of this project."));
            return inserted.error();
        }
        if (selfService)
            return {};
        return AuditLog::record(tx, caller, u"assign"_s, u"project"_s, QString::number(projectId),
            { { u"user_id"_s, userId }, { u"role"_s, roleText } }, now);
    });
}

core::Result<void> ProjectMembership::leave(const Caller &caller, qint64 projectId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::JoinProjects); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto project = ProjectRepository::load(tx, caller.orgId, projectId);
        if (!project.ok())
            return project.error();
        if (!project.value().visible)
            return failure(core::ErrorKind::Refused, "not_joinable",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ProjectMembership", "Ask an admin to leave this project."));
        auto deleted = tx.exec(
            u"DELETE FROM project_members WHERE project_id = :p AND user_id = :u RETURNING user_id"_s,
            { { u"p"_s, projectId }, { u"u"_s, caller.userId } });
        if (!deleted.ok())
            return deleted.error();
        if (!deleted.value().next())
            return failure(core::ErrorKind::NotFound, "not_assigned",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ProjectMembership", "You are not a member of this project."));
        return {};
    });
}

} // namespace mikro::domain
