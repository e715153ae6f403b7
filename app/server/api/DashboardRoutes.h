#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class DashboardService;
class ProjectDirectory;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// `project/fetch_user_dash_stats` and `project/fetch_admin_dash_stats` (API.md §6): the
/// DashboardService figures in the API's shape, weeks as ISO weeks in UTC.
void addDashboardRoutes(http::Router &router, const AuthGate &gate,
    const domain::DashboardService &dashboards, const domain::ProjectDirectory &directory);

} // namespace mikro::server
