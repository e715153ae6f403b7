#pragma once

#include "services/client/PayoutsClient.h"

namespace mikro::client {

class ApiConnection;
class ChangeFeed;

/// PayoutsClient over mikro-server's `transaction/*` actions, read with the server's codecs.
class HttpPayoutsClient : public PayoutsClient
{
public:
    HttpPayoutsClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<domain::Balance>> balance() override;
    [[nodiscard]] QFuture<core::Result<domain::PaymentRecordSet>> records() override;
    [[nodiscard]] QFuture<core::Result<domain::LedgerPage>> ledger(
        const domain::LedgerQuery &query) override;
    [[nodiscard]] QFuture<core::Result<PayoutRequested>> requestPayout(
        const QString &notes) override;
    [[nodiscard]] QFuture<core::Result<void>> cancelRequest(qint64 requestId) override;

private:
    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
