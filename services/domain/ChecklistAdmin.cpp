#include "services/domain/ChecklistAdmin.h"

#include "services/core/Clock.h"
#include "services/domain/AccessPolicy.h"
#include "services/domain/AuditLog.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error notFound()
{
    return core::Error::make(core::ErrorKind::NotFound, "not_found",
        QCoreApplication::translate(
            "mikro::domain::ChecklistAdmin", "That checklist does not exist."));
}

} // namespace

ChecklistAdmin::ChecklistAdmin(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<void> ChecklistAdmin::archive(const Caller &caller, qint64 checklistId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        const QDateTime now = m_clock.nowUtc();
        auto archived = tx.exec(u"UPDATE checklists SET archived_at = :now, active = FALSE "
                                "WHERE id = :id AND org_id = :org AND archived_at IS NULL "
                                "RETURNING id"_s,
            { { u"now"_s, store::utcValue(now) }, { u"id"_s, checklistId },
                { u"org"_s, caller.orgId } });
        if (!archived.ok())
            return archived.error();
        if (!archived.value().next())
            return notFound();
        return AuditLog::record(tx, caller, u"delete_checklist"_s, u"checklist"_s,
            QString::number(checklistId), {}, now);
    });
}

core::Result<void> ChecklistAdmin::unassign(
    const Caller &caller, qint64 checklistId, const QString &userId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto instance
            = tx.exec(u"SELECT id, confirmed_at FROM user_checklists WHERE checklist_id = :c "
                      "AND user_id = :u AND org_id = :org"_s,
                { { u"c"_s, checklistId }, { u"u"_s, userId }, { u"org"_s, caller.orgId } });
        if (!instance.ok())
            return instance.error();
        if (!instance.value().next())
            return notFound();
        const qint64 id = instance.value().value(0).toLongLong();
        if (!instance.value().value(1).isNull())
            return core::Error::make(core::ErrorKind::Refused, "checklist_confirmed",
                QCoreApplication::translate("mikro::domain::ChecklistAdmin",
                    "This checklist was confirmed and credited; it stays."));
        // Items and comments go with the instance (ON DELETE CASCADE).
        auto removed
            = tx.exec(u"DELETE FROM user_checklists WHERE id = :id"_s, { { u"id"_s, id } });
        if (!removed.ok())
            return removed.error();
        return AuditLog::record(tx, caller, u"unassign_user_checklist"_s, u"checklist"_s,
            QString::number(checklistId), { { u"user_id"_s, userId } }, m_clock.nowUtc());
    });
}

} // namespace mikro::domain
