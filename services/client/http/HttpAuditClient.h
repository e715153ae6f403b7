#pragma once

#include "services/client/AuditClient.h"

namespace mikro::client {

class ApiConnection;

/// AuditClient over API.md `user/fetch_audit_log`.
class HttpAuditClient : public AuditClient
{
public:
    explicit HttpAuditClient(ApiConnection &api);

    [[nodiscard]] QFuture<core::Result<AuditPage>> page(const domain::AuditQuery &query) override;

private:
    ApiConnection &m_api;
};

} // namespace mikro::client
