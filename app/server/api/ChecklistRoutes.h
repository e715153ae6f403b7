#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class ChecklistComments;
class ChecklistService;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// The checklist actions of API.md §10 that ChecklistService serves: create (a template,
/// active at once), start and assign (instances), complete, reopen and confirm items, confirm or
/// submit a whole checklist, and comments (ChecklistComments).
void addChecklistRoutes(http::Router &router, const AuthGate &gate,
    const domain::ChecklistService &checklists, const domain::ChecklistComments &comments);

} // namespace mikro::server
