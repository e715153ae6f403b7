#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class ProjectService;
}

namespace mikro::server {

class AuthGate;

/// Project membership (API.md §6, §11.5): an admin assigns and unassigns people
/// (`project/assign_user_project`, `unassign_user_project`, and the `user/assign_user` toggle and
/// `user/unassign_user` the web front end calls); a person joins and leaves visible projects.
void addMembershipRoutes(
    http::Router &router, const AuthGate &gate, const domain::ProjectService &projects);

} // namespace mikro::server
