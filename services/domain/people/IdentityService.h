#pragma once

#include "services/core/Result.h"
#include "services/domain/people/UserProfile.h"
#include "services/domain/policy/Caller.h"

#include <utility>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// Who is calling (DESIGN.md §4 Roles and Organisations, §6): creates the person at the first
/// sign-in with the role seeded from the token, after which the database is the authority; refuses
/// deactivated people (Forbidden `account_deactivated`) and tokens of another org than the stored
/// one (Forbidden `org_mismatch`). The functions are synchronous, one transaction each: call them
/// on a store pool thread (`QtConcurrent::run(db.pool(), …)`), never on a UI thread.
class IdentityService
{
public:
    IdentityService(store::Database &db, const core::Clock &clock);

    /// POST /api/login: creates or updates the person (last_login_at; email and names only when
    /// the token carries them; the org while the row has none).
    [[nodiscard]] core::Result<UserProfile> signIn(const SignInClaims &claims) const;
    /// The caller of any other request; creates the row exactly as signIn does when it is missing.
    [[nodiscard]] core::Result<Caller> resolveCaller(const SignInClaims &claims) const;
    /// The caller's own record and Account-page figures.
    [[nodiscard]] core::Result<std::pair<UserProfile, UserFigures>> details(
        const Caller &caller) const;

private:
    core::Result<UserProfile> admit(const SignInClaims &claims, bool recordLogin) const;

    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
