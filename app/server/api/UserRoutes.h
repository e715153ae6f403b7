#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class AuditTrail;
class IdentityService;
class OrganisationSettings;
class OsmUsernames;
class PeopleService;
class PersonWorkQuery;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// POST /api/login, user/fetch_user_details (with its alias fetch_user_profile) and
/// user/first_login_update (onboarding), API.md §4–5.
/// Every path is also served without the /api prefix (API.md §1.1).
/// fetch_user_details carries `osm_username_pending`, a new OSM username waiting for an admin.
void addUserRoutes(http::Router &router, const AuthGate &gate,
    const domain::IdentityService &identity, const domain::PeopleService &people,
    const domain::OsmUsernames &usernames);

/// Issue 10 #5: user/fetch_osm_username_changes (the organisation's pending changes) and
/// user/decide_osm_username_change {user_id, approve} for admins (OsmUsernameRoutes.cpp).
void addOsmUsernameRoutes(
    http::Router &router, const AuthGate &gate, const domain::OsmUsernames &usernames);

/// The `user` actions of API.md §5 about people (PeopleRoutes.cpp): fetch_user_role (self), and
/// for admins of the org remove_users (deactivation) and modify_users (role and activity in one
/// transaction); fetch_org_settings and update_org_settings; fetch_audit_log; invite_user and
/// import_users answer 501, reset_test_user_stats 410; fetch_person_work (a person's projects,
/// trainings and checklists, for the Users page).
void addPeopleRoutes(http::Router &router, const AuthGate &gate,
    const domain::IdentityService &identity, const domain::PeopleService &people,
    const domain::OrganisationSettings &organisation, const domain::AuditTrail &audit,
    const domain::PersonWorkQuery &work);

} // namespace mikro::server
