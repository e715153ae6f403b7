#include "services/domain/projects/ProjectRepository.h"

#include "services/core/Vocabulary.h"
#include "services/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

constexpr core::Vocabulary<MemberRole, 2> MemberRoles { {
    { MemberRole::Editor, "editor" },
    { MemberRole::Validator, "validator" },
} };

} // namespace

QString memberRoleText(MemberRole role)
{
    return MemberRoles.text(role);
}

std::optional<MemberRole> memberRoleFromText(const QString &text)
{
    return MemberRoles.parse(text);
}

bool reachesBudgetWarning(core::Money spent, core::Money budget)
{
    // spent ≥ 90 % of budget, in integers: spent × 10 ≥ budget × 9.
    const auto spent10 = spent.times(10);
    const auto budget9 = budget.times(9);
    return budget > core::Money(0) && spent10 && budget9 && *spent10 >= *budget9;
}

bool Project::budgetWarning() const
{
    return reachesBudgetWarning(spent, budget);
}

core::Error ProjectRepository::notFound()
{
    return core::Error::make(core::ErrorKind::NotFound, "not_found",
        QCoreApplication::translate(
            "mikro::domain::ProjectService", "That project does not exist."));
}

core::Result<Project> ProjectRepository::load(
    store::Transaction &tx, const QString &orgId, qint64 projectId, Lock lock)
{
    auto row = tx.exec(
        u"SELECT p.id, p.org_id, p.name, p.url, p.mapping_rate_cents, p.validation_rate_cents, "
        "p.budget_cents, p.total_tasks, p.max_editors, p.max_validators, p.visible, p.active, "
        "COALESCE(s.spent_cents, 0) AS spent FROM projects p "
        "LEFT JOIN project_spent s ON s.project_id = p.id "
        "WHERE p.id = :id AND p.org_id = :org"_s
            + (lock == Lock::ForUpdate ? tx.forUpdateOf(u"p"_s) : QString()),
        { { u"id"_s, projectId }, { u"org"_s, orgId } });
    if (!row.ok())
        return row.error();
    store::Rows &q = row.value();
    if (!q.next())
        return notFound();
    const QSqlRecord r = q.record();
    auto at = [&](const char *column) { return q.value(r.indexOf(QLatin1StringView(column))); };
    Project p;
    p.id = at("id").toLongLong();
    p.orgId = at("org_id").toString();
    p.name = at("name").toString();
    p.url = at("url").toString();
    p.mappingRate = core::Money(at("mapping_rate_cents").toLongLong());
    p.validationRate = core::Money(at("validation_rate_cents").toLongLong());
    p.budget = core::Money(at("budget_cents").toLongLong());
    p.spent = core::Money(at("spent").toLongLong());
    p.totalTasks = at("total_tasks").toInt();
    p.maxEditors = at("max_editors").toInt();
    p.maxValidators = at("max_validators").toInt();
    p.visible = at("visible").toBool();
    p.active = at("active").toBool();
    return p;
}

core::Result<int> ProjectRepository::memberCount(
    store::Transaction &tx, qint64 projectId, MemberRole role)
{
    auto row = tx.exec(
        u"SELECT COUNT(*) FROM project_members WHERE project_id = :p AND member_role = :r"_s,
        { { u"p"_s, projectId }, { u"r"_s, memberRoleText(role) } });
    if (!row.ok())
        return row.error();
    row.value().next();
    return row.value().value(0).toInt();
}

} // namespace mikro::domain
