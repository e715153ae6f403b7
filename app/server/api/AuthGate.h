#pragma once

#include "services/domain/policy/Caller.h"
#include "services/http/Router.h"

#include <functional>
#include <optional>

namespace mikro::auth {
class JwtVerifier;
}
namespace mikro::core {
class Clock;
}
namespace mikro::domain {
class IdentityService;
}
namespace mikro::store {
class Database;
}

namespace mikro::server {

/// Puts token verification and caller resolution in front of a handler (DESIGN.md §6, API.md
/// §1.2): no or malformed `Authorization` → 401 `authorization_header_missing`/`invalid_header`;
/// a refused token → 401 with the verifier's code; keys unavailable → 503 `auth_unavailable`;
/// deactivated or another org → 403. The handler then runs on a store pool thread, so it may use
/// the synchronous service functions.
class AuthGate
{
public:
    using CallerHandler
        = std::function<http::Response(const http::Request &, const domain::Caller &)>;
    using ClaimsHandler
        = std::function<http::Response(const http::Request &, const domain::SignInClaims &)>;
    /// For work that waits on something else (TM4): the handler starts it and returns at once,
    /// so no store pool thread is held while the answer is on its way.
    using AsyncCallerHandler
        = std::function<QFuture<http::Response>(const http::Request &, const domain::Caller &)>;

    AuthGate(const auth::JwtVerifier &verifier, const domain::IdentityService &identity,
        store::Database &db, const core::Clock &clock);

    [[nodiscard]] http::Handler protect(CallerHandler handler) const;
    [[nodiscard]] http::Handler protectAsync(AsyncCallerHandler handler) const;
    /// For /api/login, which works on the token's claims itself.
    [[nodiscard]] http::Handler protectClaims(ClaimsHandler handler) const;
    /// For Router::setHeaderCheck (issue 10 #12): a request whose body is still to come is
    /// answered 401 on its headers when the token is missing, malformed, or refused by a check
    /// that needs no network (the signing key is cached); anything else goes on to the handler.
    [[nodiscard]] std::optional<http::Response> checkBeforeBody(const http::Request &request) const;
    /// The store the handlers run on (their pool threads).
    [[nodiscard]] store::Database &database() const { return m_db; }
    [[nodiscard]] const core::Clock &clock() const { return m_clock; }

private:
    const auth::JwtVerifier &m_verifier;
    const domain::IdentityService &m_identity;
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::server
