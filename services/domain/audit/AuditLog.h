#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QDateTime>
#include <QVariantMap>

namespace mikro::store {
class Transaction;
}

namespace mikro::domain {

/// DESIGN.md §4 Audit: every admin change writes a row in the same transaction as the change.
class AuditLog
{
public:
    [[nodiscard]] static core::Result<void> record(store::Transaction &tx, const Caller &actor,
        const QString &action, const QString &entity, const QString &entityId,
        const QVariantMap &details, const QDateTime &now);
};

} // namespace mikro::domain
