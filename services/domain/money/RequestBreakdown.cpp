#include "services/domain/money/RequestBreakdown.h"

#include "services/store/Database.h"
#include "services/store/SqlValues.h"

using namespace Qt::StringLiterals;

namespace mikro::domain {

RequestBreakdowns::RequestBreakdowns(store::Database &db)
    : m_db(db)
    , m_records(db)
{
}

core::Result<RequestBreakdown> RequestBreakdowns::read(const Caller &caller, qint64 requestId) const
{
    auto request = m_records.request(caller, requestId); // the access rules are its
    if (!request.ok())
        return request.error();
    RequestBreakdown out;
    out.request = request.value();
    const QVariantMap values { { u"user"_s, out.request.userId }, { u"org"_s, caller.orgId },
        { u"at"_s, store::utcValue(out.request.requestedAt) } };
    const auto read = m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto projects = tx.exec(
            u"SELECT COALESCE(e.project_id, 0), COALESCE(MAX(p.name), ''), "
            "COUNT(DISTINCT CASE WHEN e.kind IN ('mapping', 'validation') THEN e.task_id END), "
            "COALESCE(SUM(CASE WHEN e.kind = 'mapping' THEN e.amount_cents END), 0), "
            "COALESCE(SUM(CASE WHEN e.kind = 'validation' THEN e.amount_cents END), 0), "
            "COALESCE(SUM(CASE WHEN e.kind = 'reversal' THEN e.amount_cents END), 0) "
            "FROM ledger_entries e LEFT JOIN projects p ON p.id = e.project_id "
            "WHERE e.user_id = :user AND e.org_id = :org AND e.created_at <= :at "
            "AND e.kind IN ('mapping', 'validation', 'reversal') "
            "GROUP BY COALESCE(e.project_id, 0) ORDER BY COALESCE(e.project_id, 0)"_s,
            values);
        if (!projects.ok())
            return projects.error();
        while (projects.value().next()) {
            const store::Rows &q = projects.value();
            RequestBreakdown::Project p { q.value(0).toLongLong(), q.value(1).toString(),
                q.value(2).toInt(), core::Money(q.value(3).toLongLong()),
                core::Money(q.value(4).toLongLong()), core::Money(q.value(5).toLongLong()), {} };
            p.total = core::Money(p.mapping.cents() + p.validation.cents() + p.reversals.cents());
            out.projects << p;
        }
        auto rest = tx.exec(
            u"SELECT COALESCE(SUM(CASE WHEN kind IN ('checklist', 'checklist_validation') "
            "THEN amount_cents END), 0), "
            "COALESCE(SUM(CASE WHEN kind = 'adjustment' THEN amount_cents END), 0), "
            "COALESCE(-SUM(CASE WHEN kind = 'payout' THEN amount_cents END), 0) "
            "FROM ledger_entries WHERE user_id = :user AND org_id = :org AND created_at <= :at"_s,
            values);
        if (!rest.ok())
            return rest.error();
        rest.value().next();
        out.checklists = core::Money(rest.value().value(0).toLongLong());
        out.adjustments = core::Money(rest.value().value(1).toLongLong());
        out.paidBefore = core::Money(rest.value().value(2).toLongLong());
        auto tasks = tx.exec(
            u"SELECT DISTINCT project_id, task_id FROM ledger_entries WHERE user_id = :user "
            "AND org_id = :org AND created_at <= :at AND kind IN ('mapping', 'validation') "
            "AND project_id IS NOT NULL AND task_id IS NOT NULL ORDER BY project_id, task_id"_s,
            values);
        if (!tasks.ok())
            return tasks.error();
        while (tasks.value().next())
            out.taskIds << u"%1:%2"_s.arg(tasks.value().value(0).toLongLong())
                               .arg(tasks.value().value(1).toLongLong());
        auto currency = tx.exec(
            u"SELECT currency FROM orgs WHERE id = :org"_s, { { u"org"_s, caller.orgId } });
        if (!currency.ok())
            return currency.error();
        if (currency.value().next())
            out.currency = currency.value().value(0).toString();
        return {};
    });
    if (!read.ok())
        return read.error();
    return out;
}

} // namespace mikro::domain
