#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class CreditingService;
}

namespace mikro::server {

class AuthGate;

/// The review queue's `task` actions of API.md §8: `fetch_external_validations` and
/// `update_task` (an admin's Validate / Invalidate).
void addReviewRoutes(
    http::Router &router, const AuthGate &gate, const domain::CreditingService &crediting);

} // namespace mikro::server
