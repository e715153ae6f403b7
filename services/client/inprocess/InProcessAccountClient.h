#pragma once

#include "services/client/AccountClient.h"
#include "services/domain/people/OsmUsernames.h"

namespace mikro::client {

class InProcessContext;

/// AccountClient on the domain: IdentityService admits and describes the person, exactly as the
/// server's `/api/login` and `fetch_user_details` do.
class InProcessAccountClient : public AccountClient
{
public:
    explicit InProcessAccountClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<domain::UserProfile>> signIn() override;
    [[nodiscard]] QFuture<core::Result<AccountDetails>> details() override;
    [[nodiscard]] QFuture<core::Result<void>> onboard(const domain::OnboardingForm &form) override;
    [[nodiscard]] QFuture<core::Result<QString>> updateDetails(
        const domain::ProfileChange &change) override;

private:
    InProcessContext &m_context;
    domain::OsmUsernames m_usernames;
    domain::PeopleService m_people;
};

} // namespace mikro::client
