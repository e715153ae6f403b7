#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class PayoutService;
class PaymentRecords;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// The `transaction` actions of API.md §7 that move money: fetch_user_payable,
/// submit_payment_request, process_payment_request, create_transaction and delete_transaction.
/// `records` reads a request's person for process_payment_request's `user_id` check.
void addTransactionRoutes(http::Router &router, const AuthGate &gate,
    const domain::PayoutService &payouts, const domain::PaymentRecords &records);

} // namespace mikro::server
