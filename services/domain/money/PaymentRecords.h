#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/PaymentStatus.h"
#include "services/domain/money/PayoutService.h"
#include "services/domain/policy/Caller.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// A payout request as the lists show it (API.md §2 PayRequest).
struct PayRequestRow
{
    qint64 id = 0;
    QString userId;
    QString userName;
    QString osmUsername;
    QString paymentEmail; ///< the payee's current one
    core::Money amount;
    QDateTime requestedAt;
    QString notes;
    PaymentStatus status = PaymentStatus::Pending;
    QString decidedBy; ///< the deciding admin's id
    QDateTime decidedAt;
    QString decisionNote;
    qint64 paymentId = 0;
    QString decidedByName; ///< the deciding admin's name

    bool operator==(const PayRequestRow &) const = default;
};

/// A payment as the lists show it (API.md §2 Payment).
struct PaymentRow
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString userId;
    QString userName;
    QString osmUsername;
    QString paymentEmail; ///< at payment time
    core::Money amount;
    QString externalRef;
    QDateTime paidAt;
    QString paidBy;
    QString notes;
    QString paidByName; ///< the paying admin's name

    bool operator==(const PaymentRow &) const = default;
};

/// An adjustment as an admin's list shows it: the ledger entry (API.md §2 LedgerEntry), whose
/// it is, and who made it.
struct AdjustmentRow
{
    LedgerLine entry;
    QString userId;
    QString userName;
    QString osmUsername;
    QString createdByName; ///< the admin's name

    bool operator==(const AdjustmentRow &) const = default;
};

/// The records behind `fetch_org_transactions` / `fetch_user_transactions` (API.md §7).
struct PaymentRecordSet
{
    QList<PayRequestRow> pending; ///< oldest first: the order they are worked
    QList<PayRequestRow> decided; ///< newest decision first
    QList<PaymentRow> payments; ///< newest first
    QList<LedgerLine> adjustments; ///< newest first; the person's own view only
    QList<AdjustmentRow> orgAdjustments; ///< newest first; an admin's view only

    bool operator==(const PaymentRecordSet &) const = default;
};

/// Reads payout requests, payments and adjustments. Read-only. Every list is complete (API.md
/// §7): money records are never cut short without a word (issue 15 found an organisation with
/// 1,000 requests and 1,000 payments shown 1,189 records).
class PaymentRecords
{
public:
    explicit PaymentRecords(store::Database &db);

    /// An admin's view of the organisation, or of one person of it when `userId` is not empty
    /// (a person of another organisation has no records here), adjustments included.
    [[nodiscard]] core::Result<PaymentRecordSet> org(
        const Caller &caller, const QString &userId) const;
    /// The caller's own records, rejection reasons and adjustments included.
    [[nodiscard]] core::Result<PaymentRecordSet> mine(const Caller &caller) const;
    /// One request: any of the organisation's for an admin, else only the caller's own
    /// (NotFound otherwise, so an id says nothing across people or organisations).
    [[nodiscard]] core::Result<PayRequestRow> request(const Caller &caller, qint64 requestId) const;

private:
    [[nodiscard]] core::Result<PaymentRecordSet> read(
        const Caller &caller, const QString &userId, bool ownView) const;

    store::Database &m_db;
};

} // namespace mikro::domain
