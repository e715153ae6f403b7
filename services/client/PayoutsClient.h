#pragma once

#include "services/client/codec/PaymentRecordCodec.h"
#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/money/LedgerHistory.h"
#include "services/domain/money/PaymentRecords.h"

#include <QFuture>
#include <QString>

namespace mikro::client {

/// The signed-in person's own money (UI.md §3.3): figures, records, and their payout requests.
/// Every call answers on the caller's thread through the future; nothing blocks.
class PayoutsClient
{
public:
    virtual ~PayoutsClient() = default;

    /// API.md §3's figures, defined once by domain::Balance.
    [[nodiscard]] virtual QFuture<core::Result<domain::Balance>> balance() = 0;
    /// Own requests (pending and decided), payments and adjustments.
    [[nodiscard]] virtual QFuture<core::Result<domain::PaymentRecordSet>> records() = 0;
    /// One page of the person's own ledger, sorted and filtered in the store (UI.md §3.3).
    [[nodiscard]] virtual QFuture<core::Result<domain::LedgerPage>> ledger(
        const domain::LedgerQuery &query)
        = 0;
    /// Requests the whole payable; announces Payouts and Dashboards.
    [[nodiscard]] virtual QFuture<core::Result<PayoutRequested>> requestPayout(const QString &notes)
        = 0;
    /// Cancels one's own pending request; announces Payouts and Dashboards.
    [[nodiscard]] virtual QFuture<core::Result<void>> cancelRequest(qint64 requestId) = 0;
};

} // namespace mikro::client
