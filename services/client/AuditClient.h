#pragma once

#include "services/client/codec/AuditEntryCodec.h"
#include "services/core/Result.h"
#include "services/domain/audit/AuditTrail.h"

#include <QFuture>

namespace mikro::client {

/// The organisation's audit log for an admin (UI.md §5.9), read-only: a page at a time, newest
/// first, narrowed by the query's filters; `beforeId` (the last page's `nextBeforeId`) pages
/// backwards. Admins only.
class AuditClient
{
public:
    virtual ~AuditClient() = default;

    [[nodiscard]] virtual QFuture<core::Result<AuditPage>> page(const domain::AuditQuery &query)
        = 0;
};

} // namespace mikro::client
