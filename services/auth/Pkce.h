#pragma once

#include "services/core/Secret.h"

#include <QByteArray>

namespace mikro::auth {

/// RFC 7636: a fresh code verifier (43 characters of the unreserved set, 256 bits of entropy) and
/// its S256 challenge.
[[nodiscard]] core::Secret makeCodeVerifier();
[[nodiscard]] QByteArray codeChallengeS256(const core::Secret &verifier);
/// An unguessable `state` value for one sign-in.
[[nodiscard]] QByteArray makeState();

} // namespace mikro::auth
