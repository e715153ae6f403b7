#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class ProjectRequirements;
class TrainingService;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// `training/create_training` (API.md §9), the quiz of §11.2: `fetch_training_quiz` (never the
/// correct answers) and `submit_quiz` (graded by the server), and the trainings a project
/// requires: `project/set_required_trainings` (§11.5).
void addTrainingRoutes(http::Router &router, const AuthGate &gate,
    const domain::TrainingService &trainings, const domain::ProjectRequirements &requirements);

} // namespace mikro::server
