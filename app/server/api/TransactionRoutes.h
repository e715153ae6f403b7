#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class PayoutService;
}

namespace mikro::server {

class AuthGate;

/// The `transaction` actions of API.md §7 that move money: fetch_user_payable,
/// submit_payment_request, process_payment_request, create_transaction and delete_transaction.
void addTransactionRoutes(
    http::Router &router, const AuthGate &gate, const domain::PayoutService &payouts);

} // namespace mikro::server
