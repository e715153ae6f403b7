#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class TrainingService;
}

namespace mikro::server {

class AuthGate;

/// `training/create_training` (API.md §9) and the quiz of §11.2: `fetch_training_quiz` (never
/// the correct answers) and `submit_quiz` (graded by the server).
void addTrainingRoutes(
    http::Router &router, const AuthGate &gate, const domain::TrainingService &trainings);

} // namespace mikro::server
