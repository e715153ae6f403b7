#pragma once

#include "services/client/PeopleClient.h"

namespace mikro::client {

class ApiConnection;

/// PeopleClient over API.md `user/fetch_users` and `user/modify_users`.
class HttpPeopleClient : public PeopleClient
{
public:
    HttpPeopleClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<QList<domain::PersonSummary>>> people(
        bool includeDeactivated) override;
    [[nodiscard]] QFuture<core::Result<domain::PersonChangeOutcome>> modify(
        const QString &userId, const domain::PersonChange &change) override;
    [[nodiscard]] QFuture<core::Result<domain::LedgerPage>> ledger(
        const QString &userId, const domain::LedgerQuery &query) override;
    [[nodiscard]] QFuture<core::Result<domain::PersonWork>> work(const QString &userId) override;

private:
    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
