#pragma once

#include "services/client/SyncClient.h"

namespace mikro::client {

class ApiConnection;

/// SyncClient over API.md §11.4 (`fetch_sync_status`, `fetch_sync_runs`, `sync_project`,
/// `cancel_sync`).
class HttpSyncClient : public SyncClient
{
public:
    explicit HttpSyncClient(ApiConnection &api);

    [[nodiscard]] QFuture<core::Result<SyncOverview>> overview() override;
    [[nodiscard]] QFuture<core::Result<SyncRunsPage>> runs(
        qint64 projectId, qint64 beforeId) override;
    [[nodiscard]] QFuture<core::Result<bool>> start(qint64 projectId, bool full) override;
    [[nodiscard]] QFuture<core::Result<bool>> cancel(qint64 projectId) override;

private:
    ApiConnection &m_api;
};

} // namespace mikro::client
