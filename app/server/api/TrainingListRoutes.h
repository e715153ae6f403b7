#pragma once

namespace mikro::core {
class Clock;
}
namespace mikro::http {
class Router;
}
namespace mikro::domain {
class TrainingCatalog;
}

namespace mikro::server {

class AuthGate;

/// The training lists of API.md §9: `fetch_org_trainings` (admins, with the answer key and
/// completion counts) and `fetch_user_trainings` (the caller's view: never which answer is
/// correct, with their own progress).
void addTrainingListRoutes(http::Router &router, const AuthGate &gate,
    const domain::TrainingCatalog &catalog, const core::Clock &clock);

} // namespace mikro::server
