#pragma once

#include "services/client/ReconciliationClient.h"

namespace mikro::client {

class ApiConnection;

/// ReconciliationClient over `transaction/fetch_org_transactions`, `process_payment_request` and
/// `reject_payment_request`, read with the server's codecs.
class HttpReconciliationClient : public ReconciliationClient
{
public:
    HttpReconciliationClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<domain::PaymentRecordSet>> records() override;
    [[nodiscard]] QFuture<core::Result<PaymentMade>> pay(qint64 requestId, core::Money amount,
        const QString &transferReference, const QString &notes) override;
    [[nodiscard]] QFuture<core::Result<void>> reject(
        qint64 requestId, const QString &reason) override;

private:
    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
