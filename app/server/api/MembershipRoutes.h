#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class PeopleService;
class ProjectDirectory;
class ProjectMembership;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// Project membership (API.md §6, §11.5): an admin assigns and unassigns people
/// (`project/assign_user_project`, `unassign_user_project`, and the `user/assign_user` toggle and
/// `user/unassign_user` the web front end calls), `user/fetch_project_users` (who is on a
/// project and which required trainings each person misses); a person joins and leaves visible
/// projects.
void addMembershipRoutes(http::Router &router, const AuthGate &gate,
    const domain::ProjectMembership &projects, const domain::ProjectDirectory &directory,
    const domain::PeopleService &people);

} // namespace mikro::server
