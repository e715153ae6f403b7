#pragma once

#include "services/core/Result.h"

#include <QString>

namespace mikro::store {
class Transaction;
}

namespace mikro::domain {

/// A person's checklist as the services that change it read it.
struct OwnedChecklist
{
    QString ownerId;
    QString orgId;
    qint64 completionRate = 0; ///< cents, snapshotted at start
    qint64 validationRate = 0; ///< cents, snapshotted at start
    bool confirmed = false;
};

/// SQL for the `user_checklists` aggregate, inside the caller's transaction.
class UserChecklistRepository
{
public:
    enum class Lock { None, ForUpdate };
    /// The checklist of `orgId` (NotFound `not_found` otherwise). With Lock::ForUpdate it stays
    /// locked on PostgreSQL for the rest of the transaction: confirmations of one checklist
    /// happen one after another, so the last one sees all the others.
    [[nodiscard]] static core::Result<OwnedChecklist> load(store::Transaction &tx,
        qint64 userChecklistId, const QString &orgId, Lock lock = Lock::None);
    /// NotFound `not_found`, "That checklist does not exist."
    [[nodiscard]] static core::Error notFound();
};

} // namespace mikro::domain
