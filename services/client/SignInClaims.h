#pragma once

#include "services/domain/policy/Caller.h"

namespace mikro::auth {
struct VerifiedToken;
}

namespace mikro::client {

/// The one mapping from a verified token to the claims a sign-in is admitted with, used by the
/// server's gate and by the desktop alike. A token with only `name` gives its first word as the
/// first name and the rest as the last name.
[[nodiscard]] domain::SignInClaims claimsOf(const auth::VerifiedToken &token);

} // namespace mikro::client
