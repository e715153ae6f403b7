#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::core {
class Clock;
}
namespace mikro::domain {
class ReconciliationService;
}

namespace mikro::server {

class AuthGate;

/// `transaction/export_payout_batch` and `transaction/import_payout_results` (API.md §11.1).
void addReconciliationRoutes(http::Router &router, const AuthGate &gate,
    const domain::ReconciliationService &reconcile, const core::Clock &clock);

} // namespace mikro::server
