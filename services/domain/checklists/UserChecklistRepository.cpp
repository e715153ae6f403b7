#include "services/domain/checklists/UserChecklistRepository.h"

#include "services/store/Transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::domain {

core::Error UserChecklistRepository::notFound()
{
    return core::Error::make(core::ErrorKind::NotFound, "not_found",
        QCoreApplication::translate(
            "mikro::domain::ChecklistService", "That checklist does not exist."));
}

core::Result<OwnedChecklist> UserChecklistRepository::load(
    store::Transaction &tx, qint64 userChecklistId, const QString &orgId, Lock lock)
{
    auto row = tx.exec(
        u"SELECT user_id, org_id, completion_rate_cents, validation_rate_cents, confirmed_at "
        "FROM user_checklists WHERE id = :id AND org_id = :org"_s
            + (lock == Lock::ForUpdate ? tx.forUpdate() : QString()),
        { { u"id"_s, userChecklistId }, { u"org"_s, orgId } });
    if (!row.ok())
        return row.error();
    store::Rows &q = row.value();
    if (!q.next())
        return notFound();
    return OwnedChecklist { q.value(u"user_id"_s).toString(), q.value(u"org_id"_s).toString(),
        q.value(u"completion_rate_cents"_s).toLongLong(),
        q.value(u"validation_rate_cents"_s).toLongLong(), !q.value(u"confirmed_at"_s).isNull() };
}

} // namespace mikro::domain
