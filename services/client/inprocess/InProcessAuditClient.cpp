#include "services/client/inprocess/InProcessAuditClient.h"

#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessAuditClient::InProcessAuditClient(InProcessContext &context)
    : m_context(context)
    , m_trail(context.database())
{
}

QFuture<core::Result<AuditPage>> InProcessAuditClient::page(const domain::AuditQuery &query)
{
    return m_context.run<AuditPage>(
        [this, query](const domain::Caller &caller) -> core::Result<AuditPage> {
            auto entries = m_trail.entries(caller, query);
            if (!entries.ok())
                return entries.error();
            return auditPageOf(entries.value(), query.limit);
        });
}

} // namespace mikro::client
