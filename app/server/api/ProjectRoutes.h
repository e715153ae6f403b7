#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class BudgetCalculator;
class ProjectDirectory;
class ProjectService;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// The `project` actions of API.md §6: create (reading TM4 without holding a store thread),
/// update, delete, the budget calculation, the org list and the person's projects (membership:
/// MembershipRoutes).
void addProjectRoutes(http::Router &router, const AuthGate &gate, domain::ProjectService &projects,
    const domain::ProjectDirectory &directory, const domain::BudgetCalculator &budgets);

} // namespace mikro::server
