#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::store {
class Database;
}

namespace mikro::server {

/// `GET /health` (process alive) and `GET /api/health` (also `SELECT 1` on the store; 503
/// `{"status":"unhealthy","database":"unreachable"}` when that fails), API.md §1.1.
void addHealthRoutes(http::Router &router, store::Database &db);

} // namespace mikro::server
