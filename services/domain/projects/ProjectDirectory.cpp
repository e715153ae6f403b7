#include "services/domain/projects/ProjectDirectory.h"

#include "services/domain/policy/AccessPolicy.h"
#include "services/domain/projects/ProjectService.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

bool ProjectRow::budgetWarning() const
{
    return reachesBudgetWarning(spent, budget);
}

int ProjectRow::budgetUsedPercent() const
{
    return budget.cents() > 0 ? static_cast<int>(spent.cents() * 100 / budget.cents()) : 0;
}

ProjectDirectory::ProjectDirectory(store::Database &db)
    : m_db(db)
{
}

namespace {

/// The project rows that match `where` (over `projects p`), with spending, members and task
/// counts joined in; one statement.
core::Result<QList<ProjectRow>> selectRows(
    store::Transaction &tx, const QString &where, const QVariantMap &values)
{
    auto rows = tx.exec(
        u"SELECT p.id, p.name, p.url, COALESCE(p.difficulty, ''), p.active, p.visible, "
        "p.completed, p.total_tasks, p.mapping_rate_cents, p.validation_rate_cents, "
        "p.budget_cents, COALESCE(l.spent_cents, 0), p.max_editors, p.max_validators, "
        "COALESCE(m.editors, 0), COALESCE(m.validators, 0), COALESCE(t.mapped, 0), "
        "COALESCE(t.validated, 0), COALESCE(t.invalidated, 0), p.last_synced_at, p.created_at, "
        "COALESCE(d.due, 0) "
        "FROM projects p "
        "LEFT JOIN project_spent l ON l.project_id = p.id "
        // API.md §3 payment_due: the snapshot rates of awaiting tasks mapped by Mikro people
        // (index idx_tasks_awaiting, migration 0009).
        "LEFT JOIN (SELECT project_id, SUM(mapping_rate_cents + validation_rate_cents) AS due "
        "  FROM tasks WHERE status IN ('MAPPED', 'LOCKED_FOR_VALIDATION') "
        "  AND mapper_user_id IS NOT NULL GROUP BY project_id) d ON d.project_id = p.id "
        "LEFT JOIN (SELECT project_id, "
        "  SUM(CASE WHEN member_role = 'editor' THEN 1 ELSE 0 END) AS editors, "
        "  SUM(CASE WHEN member_role = 'validator' THEN 1 ELSE 0 END) AS validators "
        "  FROM project_members GROUP BY project_id) m ON m.project_id = p.id "
        "LEFT JOIN (SELECT project_id, "
        // API.md §3: total_mapped = awaiting + validated.
        "  SUM(CASE WHEN status IN ('MAPPED', 'LOCKED_FOR_VALIDATION', 'VALIDATED') "
        "  THEN tasks ELSE 0 END) AS mapped, "
        "  SUM(CASE WHEN status = 'VALIDATED' THEN tasks ELSE 0 END) AS validated, "
        "  SUM(CASE WHEN status = 'INVALIDATED' THEN tasks ELSE 0 END) AS invalidated "
        "  FROM project_task_status GROUP BY project_id) t ON t.project_id = p.id "
        "WHERE "_s
            + where + u" ORDER BY p.id"_s,
        values);
    if (!rows.ok())
        return rows.error();
    QList<ProjectRow> out;
    store::Rows &q = rows.value();
    while (q.next()) {
        ProjectRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.url = q.value(2).toString();
        r.difficulty = q.value(3).toString();
        r.active = q.value(4).toBool();
        r.visible = q.value(5).toBool();
        r.completed = q.value(6).toBool();
        r.totalTasks = q.value(7).toInt();
        r.mappingRate = core::Money(q.value(8).toLongLong());
        r.validationRate = core::Money(q.value(9).toLongLong());
        r.budget = core::Money(q.value(10).toLongLong());
        r.spent = core::Money(q.value(11).toLongLong());
        r.maxEditors = q.value(12).toInt();
        r.maxValidators = q.value(13).toInt();
        r.editors = q.value(14).toInt();
        r.validators = q.value(15).toInt();
        r.mapped = q.value(16).toInt();
        r.validated = q.value(17).toInt();
        r.invalidated = q.value(18).toInt();
        r.lastSyncedAt = store::utcFromValue(q.value(19)).value_or(QDateTime());
        r.createdAt = store::utcFromValue(q.value(20)).value_or(QDateTime());
        r.paymentDue = core::Money(q.value(21).toLongLong());
        out << r;
    }
    if (out.isEmpty())
        return out;
    // The requirements of the same projects, in a second statement over the same filter.
    auto required = tx.exec(u"SELECT r.project_id, r.training_id FROM project_trainings r "
                            "JOIN trainings t ON t.id = r.training_id AND t.archived_at IS NULL "
                            "JOIN projects p ON p.id = r.project_id WHERE "_s
            + where + u" ORDER BY r.project_id, r.training_id"_s,
        values);
    if (!required.ok())
        return required.error();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out[i].id, i);
    while (required.value().next()) {
        const auto at = index.constFind(required.value().value(0).toLongLong());
        if (at != index.constEnd())
            out[*at].requiredTrainings << required.value().value(1).toLongLong();
    }
    return out;
}

/// The caller's active member projects with their own figures, and the projects they could
/// join for `seat` (active, visible, a free place of that role, not joined).
core::Result<UserProjects> memberProjects(
    store::Transaction &tx, const Caller &caller, MemberRole seat)
{
    const QVariantMap me { { u"org"_s, caller.orgId }, { u"me"_s, caller.userId } };
    auto member = selectRows(tx,
        u"p.org_id = :org AND p.active AND EXISTS (SELECT 1 FROM project_members x "
        "WHERE x.project_id = p.id AND x.user_id = :me)"_s,
        me);
    if (!member.ok())
        return member.error();
    auto open = selectRows(tx,
        u"p.org_id = :org AND p.active AND p.visible AND NOT EXISTS (SELECT 1 FROM "
        "project_members x WHERE x.project_id = p.id AND x.user_id = :me)"_s,
        me);
    if (!open.ok())
        return open.error();
    // The caller's own figures per project: their tasks by status and their net earnings.
    auto mine = tx.exec(
        u"SELECT m.project_id, m.member_role, COALESCE(t.mapped, 0), COALESCE(t.approved, 0), "
        "COALESCE(t.unapproved, 0), COALESCE(t.review, 0), COALESCE(l.earned, 0) "
        "FROM project_members m "
        "LEFT JOIN (SELECT project_id, COUNT(*) AS mapped, "
        "  SUM(CASE WHEN status = 'VALIDATED' THEN 1 ELSE 0 END) AS approved, "
        "  SUM(CASE WHEN status = 'INVALIDATED' THEN 1 ELSE 0 END) AS unapproved, "
        "  SUM(CASE WHEN needs_review THEN 1 ELSE 0 END) AS review "
        "  FROM tasks WHERE mapper_user_id = :me GROUP BY project_id) t "
        "  ON t.project_id = m.project_id "
        "LEFT JOIN (SELECT project_id, SUM(amount_cents) AS earned FROM ledger_entries "
        "  WHERE user_id = :me AND kind IN ('mapping', 'validation', 'reversal') "
        "  GROUP BY project_id) l ON l.project_id = m.project_id "
        "WHERE m.user_id = :me"_s,
        me);
    if (!mine.ok())
        return mine.error();
    QHash<qint64, MemberProject> figures;
    while (mine.value().next()) {
        const store::Rows &q = mine.value();
        MemberProject f;
        f.memberRole = q.value(1).toString();
        f.tasksMapped = q.value(2).toInt();
        f.tasksApproved = q.value(3).toInt();
        f.tasksUnapproved = q.value(4).toInt();
        f.tasksInReview = q.value(5).toInt();
        f.earnings = core::Money(q.value(6).toLongLong());
        figures.insert(q.value(0).toLongLong(), f);
    }
    UserProjects out;
    for (const ProjectRow &row : member.value()) {
        MemberProject p = figures.value(row.id);
        p.project = row;
        out.member << p;
    }
    for (const ProjectRow &row : open.value()) {
        const bool free = seat == MemberRole::Editor
            ? row.maxEditors == 0 || row.editors < row.maxEditors
            : row.maxValidators == 0 || row.validators < row.maxValidators;
        if (free)
            out.available << row;
    }
    if (seat == MemberRole::Validator) {
        // The caller's validation events per project, named by their OSM username.
        auto made = tx.exec(
            u"SELECT e.project_id, "
            "SUM(CASE WHEN e.action = 'VALIDATED' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN e.action = 'INVALIDATED' THEN 1 ELSE 0 END) "
            "FROM task_events e JOIN projects p ON p.id = e.project_id "
            "JOIN users u ON u.id = :me AND lower(e.actor_username) = lower(u.osm_username) "
            "WHERE p.org_id = :org AND e.action IN ('VALIDATED', 'INVALIDATED') "
            "GROUP BY e.project_id"_s,
            me);
        if (!made.ok())
            return made.error();
        QHash<qint64, std::pair<int, int>> counts;
        while (made.value().next())
            counts.insert(made.value().value(0).toLongLong(),
                { made.value().value(1).toInt(), made.value().value(2).toInt() });
        for (MemberProject &p : out.member) {
            p.validationsMade = counts.value(p.project.id).first;
            p.invalidationsMade = counts.value(p.project.id).second;
        }
    }
    return out;
}

} // namespace

core::Result<QList<ProjectRow>> ProjectDirectory::orgProjects(
    const Caller &caller, std::optional<qint64> only) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QList<ProjectRow>> {
        auto out = selectRows(tx, u"p.org_id = :org AND (:only = 0 OR p.id = :only)"_s,
            { { u"org"_s, caller.orgId }, { u"only"_s, only.value_or(0) } });
        if (out.ok() && only && out.value().isEmpty())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::domain::ProjectService", "That project does not exist."));
        return out;
    });
}

core::Result<UserProjects> ProjectDirectory::userProjects(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewProjects); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) { return memberProjects(tx, caller, MemberRole::Editor); });
}

core::Result<UserProjects> ProjectDirectory::validatorProjects(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewValidatorWork); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) { return memberProjects(tx, caller, MemberRole::Validator); });
}

core::Result<QList<ProjectPerson>> ProjectDirectory::projectPeople(
    const Caller &caller, qint64 projectId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<QList<ProjectPerson>> {
            const QVariantMap values { { u"org"_s, caller.orgId }, { u"p"_s, projectId } };
            auto project
                = tx.exec(u"SELECT 1 FROM projects WHERE id = :p AND org_id = :org"_s, values);
            if (!project.ok())
                return project.error();
            if (!project.value().next())
                return core::Error::make(core::ErrorKind::NotFound, "not_found",
                    QCoreApplication::translate(
                        "mikro::domain::ProjectService", "That project does not exist."));
            auto people
                = tx.exec(u"SELECT u.id, COALESCE(m.member_role, '') FROM users u "
                          "LEFT JOIN project_members m ON m.user_id = u.id AND m.project_id = :p "
                          "WHERE u.org_id = :org AND u.deactivated_at IS NULL ORDER BY u.id"_s,
                    values);
            if (!people.ok())
                return people.error();
            QList<ProjectPerson> out;
            QHash<QString, qsizetype> index;
            while (people.value().next()) {
                index.insert(people.value().value(0).toString(), out.size());
                out << ProjectPerson { people.value().value(0).toString(),
                    people.value().value(1).toString(), {} };
            }
            auto missing = tx.exec(
                u"SELECT u.id, r.training_id FROM users u "
                "JOIN project_trainings r ON r.project_id = :p "
                "JOIN trainings t ON t.id = r.training_id AND t.archived_at IS NULL "
                "LEFT JOIN training_completions c ON c.training_id = r.training_id "
                "AND c.user_id = u.id "
                "WHERE u.org_id = :org AND u.deactivated_at IS NULL AND c.user_id IS NULL "
                "ORDER BY u.id, r.training_id"_s,
                values);
            if (!missing.ok())
                return missing.error();
            while (missing.value().next()) {
                const auto at = index.constFind(missing.value().value(0).toString());
                if (at != index.constEnd())
                    out[*at].missingTrainings << missing.value().value(1).toLongLong();
            }
            return out;
        });
}

} // namespace mikro::domain
