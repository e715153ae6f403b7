#pragma once

#include "services/client/codec/AccountCodec.h"
#include "services/core/Result.h"
#include "services/domain/people/UserProfile.h"

#include <QFuture>

namespace mikro::client {

/// The signed-in person themselves (UI.md §1.1, §1.6): admission after sign-in and their own
/// profile with its figures. Every call answers through the future; nothing blocks.
class AccountClient
{
public:
    virtual ~AccountClient() = default;

    /// Admits the signed-in person (API.md §4 `/api/login`): creates them at the first sign-in,
    /// refuses a deactivated account. The answer carries the id and the stored role.
    [[nodiscard]] virtual QFuture<core::Result<domain::UserProfile>> signIn() = 0;
    /// The caller's profile, figures, organisation name and currency (`fetch_user_details`).
    [[nodiscard]] virtual QFuture<core::Result<AccountDetails>> details() = 0;
};

} // namespace mikro::client
