#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::sync {
class SyncEngine;
class SyncScheduler;
} // namespace mikro::sync

namespace mikro::server {

class AuthGate;

/// The sync actions of API.md §11.4 (`task/sync_project`, `task/fetch_sync_status`,
/// `task/fetch_sync_runs`, `task/cancel_sync`, `update_user_tasks`,
/// `admin_update_all_user_tasks`): all answer at once; the sync itself runs on the scheduler's
/// thread and its progress is read with the status.
void addSyncRoutes(http::Router &router, const AuthGate &gate, const sync::SyncEngine &engine,
    sync::SyncScheduler &scheduler);

} // namespace mikro::server
