#pragma once

namespace mikro::http {
class Router;
}
namespace mikro::domain {
class LedgerHistory;
class PaymentRecords;
class RequestBreakdowns;
} // namespace mikro::domain

namespace mikro::server {

class AuthGate;

/// The `transaction` lists of API.md §7: fetch_org_transactions (admins) and
/// fetch_user_transactions (the caller's own records), and fetch_user_ledger (the caller's ledger a
/// page at a time, an addition for the desktop), and fetch_payment_request_details (what a
/// request is made of: an admin's of any request, a person's of their own).
void addPaymentRecordRoutes(http::Router &router, const AuthGate &gate,
    const domain::PaymentRecords &records, const domain::LedgerHistory &ledger,
    const domain::RequestBreakdowns &breakdowns);

} // namespace mikro::server
