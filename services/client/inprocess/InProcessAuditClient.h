#pragma once

#include "services/client/AuditClient.h"

namespace mikro::client {

class InProcessContext;

/// AuditClient on the domain's AuditTrail in this process.
class InProcessAuditClient : public AuditClient
{
public:
    explicit InProcessAuditClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<AuditPage>> page(const domain::AuditQuery &query) override;

private:
    InProcessContext &m_context;
    domain::AuditTrail m_trail;
};

} // namespace mikro::client
