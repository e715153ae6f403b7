#pragma once

#include "services/client/AccountClient.h"

namespace mikro::client {

class ApiConnection;

/// AccountClient over `/api/login` and `user/fetch_user_details`.
class HttpAccountClient : public AccountClient
{
public:
    explicit HttpAccountClient(ApiConnection &api);

    [[nodiscard]] QFuture<core::Result<domain::UserProfile>> signIn() override;
    [[nodiscard]] QFuture<core::Result<AccountDetails>> details() override;

private:
    ApiConnection &m_api;
};

} // namespace mikro::client
