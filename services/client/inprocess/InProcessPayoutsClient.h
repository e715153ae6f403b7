#pragma once

#include "services/client/PayoutsClient.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/PayoutService.h"

namespace mikro::client {

class InProcessContext;

/// PayoutsClient on the domain services in this process (embedded SQLite, or PostgreSQL on a
/// trusted network).
class InProcessPayoutsClient : public PayoutsClient
{
public:
    explicit InProcessPayoutsClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<domain::Balance>> balance() override;
    [[nodiscard]] QFuture<core::Result<domain::PaymentRecordSet>> records() override;
    [[nodiscard]] QFuture<core::Result<domain::LedgerPage>> ledger(
        const domain::LedgerQuery &query) override;
    [[nodiscard]] QFuture<core::Result<PayoutRequested>> requestPayout(
        const QString &notes) override;
    [[nodiscard]] QFuture<core::Result<void>> cancelRequest(qint64 requestId) override;

private:
    InProcessContext &m_context;
    domain::PayoutService m_payouts;
    domain::PaymentRecords m_records;
    domain::LedgerHistory m_ledger;
};

} // namespace mikro::client
