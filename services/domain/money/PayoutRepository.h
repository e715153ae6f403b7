#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/PaymentStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mikro::store {
class Transaction;
}

namespace mikro::domain {
struct Caller;
}

/// The rows of payouts (`payment_requests`, `payments` and their `payout` ledger entries) as
/// PayoutService and ReconciliationService write them, inside the caller's transaction.
namespace mikro::domain::payouts {

/// NotFound `not_found`: no such request in the caller's organisation.
[[nodiscard]] core::Error notFound();
/// Conflict `already_decided`.
[[nodiscard]] core::Error alreadyDecided();
/// NotFound `not_found`: no such person in the organisation.
[[nodiscard]] core::Error personNotFound();
/// Money to oneself needs a second admin (issue 10): Forbidden `own_account`.
[[nodiscard]] core::Error ownAccount();

/// The person of `orgId`, locked for the rest of the transaction (Ledger::lockPerson); their
/// payment email, or NotFound.
[[nodiscard]] core::Result<QString> lockedPerson(
    store::Transaction &tx, const QString &userId, const QString &orgId);

/// Why a conditional update on a request matched nothing: unknown (or another org's), or decided.
[[nodiscard]] core::Error whyNotPending(
    store::Transaction &tx, qint64 requestId, const QString &orgId);

struct DecidedRequest
{
    QString payee;
    core::Money requested;
    QString paymentEmail;
};

/// Moves a pending request of the caller's org to `status`. The conditional update is the
/// exactly-once guard: of concurrent deciders one finds the request pending; the others wait for
/// its row lock and then find it decided. An admin never decides their own request; the payee's
/// person lock is taken before the request row's, as every money operation takes it.
[[nodiscard]] core::Result<DecidedRequest> decidePending(store::Transaction &tx,
    const Caller &caller, qint64 requestId, PaymentStatus status, const QString &note,
    const QDateTime &now);

/// Inserts a pending request; the partial unique index on pending requests decides between
/// concurrent ones, and the loser gets Conflict `request_pending` with `pendingMessage`.
[[nodiscard]] core::Result<qint64> insertPendingRequest(store::Transaction &tx,
    const QString &orgId, const QString &userId, core::Money amount, const QString &paymentEmail,
    const QString &notes, const QDateTime &now, const char *pendingMessage);

/// What one payment records: the payments row (with its request, if any) and the negative
/// `payout` ledger entry, keyed by the payment so it can never be written twice.
struct PaymentDraft
{
    QString payee;
    qint64 requestId = 0; ///< 0 for a manual payment
    core::Money amount;
    QString externalRef;
    QString paymentEmail;
    QString notes;
};

/// Conflict `duplicate_reference` when the transfer reference was used in the organisation.
[[nodiscard]] core::Result<qint64> recordPayment(
    store::Transaction &tx, const Caller &caller, const PaymentDraft &draft, const QDateTime &now);

} // namespace mikro::domain::payouts
