#pragma once

#include "services/client/codec/AccountCodec.h"
#include "services/core/Result.h"
#include "services/domain/people/PeopleService.h"
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
    /// Completes the profile (UI.md §1.3, API.md `first_login_update`): every field required,
    /// the terms accepted; a taken OSM username is Conflict `duplicate`. Announces Account.
    [[nodiscard]] virtual QFuture<core::Result<void>> onboard(const domain::OnboardingForm &form)
        = 0;
    /// Changes one's own details (API.md `update_user_details`): only the given fields. After
    /// onboarding a new OSM username waits for an admin: the answer is that name (empty: none
    /// waits). Announces Account.
    [[nodiscard]] virtual QFuture<core::Result<QString>> updateDetails(
        const domain::ProfileChange &change)
        = 0;
};

} // namespace mikro::client
