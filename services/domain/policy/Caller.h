#pragma once

#include "services/domain/policy/Role.h"

#include <QString>

namespace mikro::domain {

/// The person behind a request, as the database knows them (DESIGN.md §6: the role and the org
/// come from the `users` row, not from the token). Every service call takes one.
struct Caller
{
    QString userId;
    QString orgId; ///< empty: "no organisation yet"
    Role role = Role::User;
    bool onboarded = false;

    [[nodiscard]] bool hasOrg() const { return !orgId.isEmpty(); }
};

/// What a verified sign-in token says (mapped from auth::VerifiedToken by the caller of the
/// domain, so that the domain does not depend on the token format).
struct SignInClaims
{
    QString subject;
    QString roleClaim;
    QString orgClaim;
    QString email;
    QString firstName;
    QString lastName;
};

} // namespace mikro::domain
