#include "services/domain/people/PersonWork.h"

#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

QDateTime timeOf(const QVariant &value)
{
    return store::utcFromValue(value).value_or(QDateTime());
}

core::Result<QList<PersonProject>> projectsOf(store::Transaction &tx, const QVariantMap &who)
{
    auto rows = tx.exec(
        u"SELECT p.id, p.name, p.active, m.member_role, m.assigned_at, "
        "(SELECT COUNT(*) FROM tasks t WHERE t.project_id = p.id AND t.mapper_user_id = :u), "
        "(SELECT COUNT(*) FROM tasks t WHERE t.project_id = p.id AND t.validator_user_id = :u), "
        "(SELECT COALESCE(SUM(l.amount_cents), 0) FROM ledger_entries l WHERE l.project_id = p.id "
        "AND l.user_id = :u AND l.kind IN ('mapping', 'validation', 'reversal')) "
        "FROM project_members m JOIN projects p ON p.id = m.project_id "
        "WHERE m.user_id = :u AND p.org_id = :org ORDER BY LOWER(p.name), p.id"_s,
        who);
    if (!rows.ok())
        return rows.error();
    QList<PersonProject> out;
    store::Rows &q = rows.value();
    while (q.next()) {
        PersonProject p;
        p.projectId = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.active = q.value(2).toBool();
        p.role = memberRoleFromText(q.value(3).toString()).value_or(MemberRole::Editor);
        p.assignedAt = timeOf(q.value(4));
        p.tasksMapped = q.value(5).toInt();
        p.tasksValidated = q.value(6).toInt();
        p.earned = core::Money(q.value(7).toLongLong());
        out << p;
    }
    return out;
}

core::Result<QList<PersonTraining>> trainingsOf(store::Transaction &tx, const QVariantMap &who)
{
    auto rows = tx.exec(u"SELECT t.id, t.title, t.training_type, c.points_awarded, "
                        "c.completed_at FROM training_completions c JOIN trainings t ON t.id = "
                        "c.training_id WHERE c.user_id = :u AND t.org_id = :org "
                        "ORDER BY c.completed_at DESC, t.id"_s,
        who);
    if (!rows.ok())
        return rows.error();
    QList<PersonTraining> out;
    store::Rows &q = rows.value();
    while (q.next()) {
        PersonTraining t;
        t.trainingId = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.type = trainingTypeFromText(q.value(2).toString()).value_or(TrainingType::Mapping);
        t.points = q.value(3).toInt();
        t.completedAt = timeOf(q.value(4));
        out << t;
    }
    return out;
}

core::Result<QList<PersonChecklist>> checklistsOf(store::Transaction &tx, const QVariantMap &who)
{
    auto rows = tx.exec(
        u"SELECT uc.id, c.name, "
        "(SELECT COUNT(*) FROM user_checklist_items i WHERE i.user_checklist_id = uc.id), "
        "(SELECT COUNT(*) FROM user_checklist_items i WHERE i.user_checklist_id = uc.id AND "
        "i.completed_at IS NOT NULL), "
        "(SELECT COUNT(*) FROM user_checklist_items i WHERE i.user_checklist_id = uc.id AND "
        "i.confirmed_at IS NOT NULL), "
        "uc.started_at, uc.completed_at IS NOT NULL, uc.confirmed_at IS NOT NULL "
        "FROM user_checklists uc JOIN checklists c ON c.id = uc.checklist_id "
        "WHERE uc.user_id = :u AND uc.org_id = :org ORDER BY uc.started_at DESC, uc.id DESC"_s,
        who);
    if (!rows.ok())
        return rows.error();
    QList<PersonChecklist> out;
    store::Rows &q = rows.value();
    while (q.next()) {
        PersonChecklist c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.items = q.value(2).toInt();
        c.done = q.value(3).toInt();
        c.confirmed = q.value(4).toInt();
        c.startedAt = timeOf(q.value(5));
        c.completed = q.value(6).toBool();
        c.fullyConfirmed = q.value(7).toBool();
        out << c;
    }
    return out;
}

} // namespace

PersonWorkQuery::PersonWorkQuery(store::Database &db)
    : m_db(db)
{
}

core::Result<PersonWork> PersonWorkQuery::of(const Caller &caller, const QString &userId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManagePeople); !allowed.ok())
        return allowed.error();
    const QVariantMap who { { u"u"_s, userId }, { u"org"_s, caller.orgId } };
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<PersonWork> {
        auto person = tx.exec(u"SELECT 1 FROM users WHERE id = :u AND org_id = :org"_s, who);
        if (!person.ok())
            return person.error();
        if (!person.value().next())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::domain::PersonWorkQuery", "That person does not exist."))
                .withField(u"user_id"_s);
        PersonWork work;
        auto projects = projectsOf(tx, who);
        if (!projects.ok())
            return projects.error();
        work.projects = std::move(projects.value());
        auto trainings = trainingsOf(tx, who);
        if (!trainings.ok())
            return trainings.error();
        work.trainings = std::move(trainings.value());
        auto checklists = checklistsOf(tx, who);
        if (!checklists.ok())
            return checklists.error();
        work.checklists = std::move(checklists.value());
        return work;
    });
}

} // namespace mikro::domain
