#pragma once

#include "services/client/AccountClient.h"

namespace mikro::client {

class ApiConnection;
class ChangeFeed;

/// AccountClient over `/api/login` and `user/fetch_user_details`.
class HttpAccountClient : public AccountClient
{
public:
    HttpAccountClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<domain::UserProfile>> signIn() override;
    [[nodiscard]] QFuture<core::Result<AccountDetails>> details() override;
    [[nodiscard]] QFuture<core::Result<void>> onboard(const domain::OnboardingForm &form) override;
    [[nodiscard]] QFuture<core::Result<QString>> updateDetails(
        const domain::ProfileChange &change) override;

private:
    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
