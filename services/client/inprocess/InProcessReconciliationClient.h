#pragma once

#include "services/client/ReconciliationClient.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/PayoutService.h"
#include "services/domain/money/ReconciliationService.h"

namespace mikro::client {

class InProcessContext;

/// ReconciliationClient on the domain services in this process.
class InProcessReconciliationClient : public ReconciliationClient
{
public:
    explicit InProcessReconciliationClient(InProcessContext &context);

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
    InProcessContext &m_context;
    domain::PayoutService m_payouts;
    domain::PaymentRecords m_records;
    domain::ReconciliationService m_reconcile;
    domain::OrganisationSettings m_organisation;
};

} // namespace mikro::client
