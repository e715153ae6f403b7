#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class ChecklistBoard;
}

namespace mikro::server {

class AuthGate;

/// The checklist lists of API.md §10, in the Template and Instance shapes of §2:
/// `fetch_user_checklists` (the caller's own, and the templates they may start),
/// `fetch_validator_checklists` (the same, plus other people's waiting and confirmed ones) and
/// `fetch_admin_checklists` (every template, and other people's instances by state).
void addChecklistListRoutes(
    http::Router &router, const AuthGate &gate, const domain::ChecklistBoard &board);

} // namespace mikro::server
