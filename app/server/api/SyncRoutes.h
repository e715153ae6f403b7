#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::sync {
class SyncEngine;
}

namespace mikro::server {

class AuthGate;
class SyncScheduler;

/// The sync actions of API.md (`task/sync_project`, `task/fetch_sync_status`): both answer at
/// once; the sync itself runs on the scheduler's thread and its progress is read with the status.
void addSyncRoutes(http::Router &router, const AuthGate &gate, const sync::SyncEngine &engine,
    SyncScheduler &scheduler);

} // namespace mikro::server
