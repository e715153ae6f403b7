#pragma once

#include "services/client/ReconciliationClient.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/PayoutService.h"

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

private:
    InProcessContext &m_context;
    domain::PayoutService m_payouts;
    domain::PaymentRecords m_records;
};

} // namespace mikro::client
