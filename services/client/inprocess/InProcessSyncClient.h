#pragma once

#include "services/client/SyncClient.h"
#include "services/domain/crediting/CreditingService.h"
#include "services/sync/SyncHistory.h"

#include <memory>

namespace mikro::tm4 {
class Tm4Client;
}
namespace mikro::sync {
class SyncEngine;
class SyncScheduler;
} // namespace mikro::sync

namespace mikro::client {

class InProcessContext;

/// SyncClient in this process: the runs as the store records them, and a scheduler of its own
/// (no schedule: runs happen when asked) over the Tasking Manager it is given. Without one, the
/// history reads and asking for a run says none is configured.
class InProcessSyncClient : public SyncClient
{
public:
    explicit InProcessSyncClient(InProcessContext &context);
    ~InProcessSyncClient() override;

    /// The Tasking Manager to sync from (none: nullptr). Stops the scheduler of the previous
    /// one first; call it while no sync request is being answered.
    void setTm4(tm4::Tm4Client *tm4);

    [[nodiscard]] QFuture<core::Result<SyncOverview>> overview() override;
    [[nodiscard]] QFuture<core::Result<SyncRunsPage>> runs(
        qint64 projectId, qint64 beforeId) override;
    [[nodiscard]] QFuture<core::Result<bool>> start(qint64 projectId, bool full) override;
    [[nodiscard]] QFuture<core::Result<bool>> cancel(qint64 projectId) override;

private:
    InProcessContext &m_context;
    sync::SyncHistory m_history;
    domain::CreditingService m_crediting;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::SyncScheduler> m_scheduler;
};

} // namespace mikro::client
