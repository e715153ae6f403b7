#pragma once

#include "services/client/PeopleClient.h"

namespace mikro::client {

class ApiConnection;

/// PeopleClient over API.md `user/fetch_users`.
class HttpPeopleClient : public PeopleClient
{
public:
    explicit HttpPeopleClient(ApiConnection &api);

    [[nodiscard]] QFuture<core::Result<QList<domain::PersonSummary>>> people(
        bool includeDeactivated) override;

private:
    ApiConnection &m_api;
};

} // namespace mikro::client
