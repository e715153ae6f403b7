#pragma once

#include "services/client/ReconciliationClient.h"

namespace mikro::client {

class ApiConnection;

/// ReconciliationClient over API.md §11.1 (`fetch_org_transactions`, `process_payment_request`,
/// `reject_payment_request`, `create_transaction`, `create_adjustment`, `export_payout_batch`,
/// `import_payout_results`), read with the server's codecs.
class HttpReconciliationClient : public ReconciliationClient
{
public:
    HttpReconciliationClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<domain::PaymentRecordSet>> records() override;
    [[nodiscard]] QFuture<core::Result<PaymentMade>> pay(qint64 requestId, core::Money amount,
        const QString &transferReference, const QString &notes) override;
    [[nodiscard]] QFuture<core::Result<void>> reject(
        qint64 requestId, const QString &reason) override;
    [[nodiscard]] QFuture<core::Result<PaymentMade>> payManually(const QString &userId,
        core::Money amount, const QString &transferReference, const QString &notes) override;
    [[nodiscard]] QFuture<core::Result<AdjustmentMade>> adjust(const QString &userId,
        core::Money amount, const QString &reason, const QUuid &operation) override;
    [[nodiscard]] QFuture<core::Result<PayoutBatch>> exportBatch() override;
    [[nodiscard]] QFuture<core::Result<PayoutImport>> importResults(
        const QByteArray &csv, bool dryRun, std::optional<int> expectMatched) override;
    [[nodiscard]] QFuture<core::Result<domain::OrgSettings>> payoutSettings() override;
    [[nodiscard]] QFuture<core::Result<domain::OrgSettings>> setPayoutSettings(
        core::Money minimumPayout, const QString &currency) override;

private:
    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
