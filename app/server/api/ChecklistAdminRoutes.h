#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class ChecklistAdmin;
}

namespace mikro::server {

class AuthGate;

/// An admin's checklist actions beyond writing them (API.md §10): `update_checklist` (edits a
/// template), `delete_checklist` (archives it) and `unassign_user_checklist` (removes a person's
/// unconfirmed instance).
void addChecklistAdminRoutes(
    http::Router &router, const AuthGate &gate, const domain::ChecklistAdmin &admin);

} // namespace mikro::server
