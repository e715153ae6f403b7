#pragma once

#include "services/client/ChangeFeed.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/client/codec/PayoutImportCodec.h"
#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/people/OrganisationSettings.h"

#include <QFuture>
#include <QString>
#include <QUuid>

#include <optional>

namespace mikro::client {
/// What an adjustment made: its ledger entry and the person's payable after it.
struct AdjustmentMade
{
    qint64 entryId = 0;
    core::Money payable;
    bool operator==(const AdjustmentMade &) const = default;
};

/// An admin's reconciliation of the organisation's payouts (UI.md §5.4): the requests, their
/// history and the payments; paying a pending request with the transfer's reference (an amount up
/// to the request's), and rejecting one with a reason; manual payments and adjustments; the payout
/// batch for the payment provider and the import of its result file. Admins only; money to
/// oneself needs another admin.
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
    /// A payment made outside a request: 0 < amount ≤ the person's payable, the reference unique
    /// in the organisation. Announces as a decision does.
    [[nodiscard]] virtual QFuture<core::Result<PaymentMade>> payManually(const QString &userId,
        core::Money amount, const QString &transferReference, const QString &notes)
        = 0;
    /// A signed credit (+) or debit (−) with its reason. `operation` is made once per form, so a
    /// second press of the same form lands once. Answers the person's payable after it.
    [[nodiscard]] virtual QFuture<core::Result<AdjustmentMade>> adjust(
        const QString &userId, core::Money amount, const QString &reason, const QUuid &operation)
        = 0;
    /// Every pending request as the payment provider's batch CSV; nothing changes.
    [[nodiscard]] virtual QFuture<core::Result<PayoutBatch>> exportBatch() = 0;
    /// A provider's result file (header names as API.md §11.1 has them) judged row by row. A dry
    /// run writes nothing; applying pays every match in one transaction, and with `expectMatched`
    /// pays nothing (Conflict `preview_changed`) unless exactly that many rows still match.
    [[nodiscard]] virtual QFuture<core::Result<PayoutImport>> importResults(
        const QByteArray &csv, bool dryRun, std::optional<int> expectMatched)
        = 0;
    /// The organisation's payout settings (UI.md §5.4 Payout settings…): minimum payout and
    /// currency, which is locked once the organisation has ledger entries.
    [[nodiscard]] virtual QFuture<core::Result<domain::OrgSettings>> payoutSettings() = 0;
    /// Sets the minimum payout (≥ 0) and the currency (three capital letters; Refused
    /// `currency_in_use` when locked and different); answers the settings after. Announces
    /// Payouts, Dashboards, Reconciliation and People (who can request changes).
    [[nodiscard]] virtual QFuture<core::Result<domain::OrgSettings>> setPayoutSettings(
        core::Money minimumPayout, const QString &currency)
        = 0;
};

/// What deciding a request touches: the lists, the person's money and the figures.
inline const QList<ChangeFeed::Area> decisionAreas { ChangeFeed::Area::Reconciliation,
    ChangeFeed::Area::Payouts, ChangeFeed::Area::Dashboards, ChangeFeed::Area::People };

/// What a change of the payout settings touches: who may request, and the figures.
inline const QList<ChangeFeed::Area> payoutSettingsAreas { ChangeFeed::Area::Payouts,
    ChangeFeed::Area::Dashboards, ChangeFeed::Area::Reconciliation, ChangeFeed::Area::People };

} // namespace mikro::client
