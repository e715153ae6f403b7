#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class PaymentRecords;
}

namespace mikro::server {

class AuthGate;

/// The `transaction` lists of API.md §7: fetch_org_transactions (admins) and
/// fetch_user_transactions (the caller's own records).
void addPaymentRecordRoutes(
    http::Router &router, const AuthGate &gate, const domain::PaymentRecords &records);

} // namespace mikro::server
