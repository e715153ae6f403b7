#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class ChecklistAdmin;
class ChecklistItems;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// An admin's checklist actions beyond writing them (API.md §10): `update_checklist` (edits a
/// template), `update_list_items` and `delete_checklist_item` (its items, carried to unconfirmed
/// instances), `delete_checklist` (archives it), `unassign_user_checklist` (removes a person's
/// unconfirmed instance) and `fetch_checklist_users`.
void addChecklistAdminRoutes(http::Router &router, const AuthGate &gate,
    const domain::ChecklistAdmin &admin, const domain::ChecklistItems &items);

} // namespace mikro::server
