#pragma once

#include "services/client/ChangeFeed.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/PaymentRecords.h"

#include <QFuture>
#include <QString>

namespace mikro::client {

/// An admin's reconciliation of the organisation's payouts (UI.md §5.4): the requests, their
/// history and the payments; paying a pending request with the transfer's reference (an amount up
/// to the request's), and rejecting one with a reason. Admins only; an admin's own request needs
/// another admin.
class ReconciliationClient
{
public:
    virtual ~ReconciliationClient() = default;

    /// Pending requests, decided ones and payments of the organisation, each list newest first.
    [[nodiscard]] virtual QFuture<core::Result<domain::PaymentRecordSet>> records() = 0;
    /// Announces Reconciliation, Payouts, Dashboards and People.
    [[nodiscard]] virtual QFuture<core::Result<PaymentMade>> pay(qint64 requestId,
        core::Money amount, const QString &transferReference, const QString &notes)
        = 0;
    /// The amount is payable again. Announces Reconciliation, Payouts, Dashboards and People.
    [[nodiscard]] virtual QFuture<core::Result<void>> reject(
        qint64 requestId, const QString &reason)
        = 0;
};

/// What deciding a request touches: the lists, the person's money and the figures.
inline const QList<ChangeFeed::Area> decisionAreas { ChangeFeed::Area::Reconciliation,
    ChangeFeed::Area::Payouts, ChangeFeed::Area::Dashboards, ChangeFeed::Area::People };

} // namespace mikro::client
