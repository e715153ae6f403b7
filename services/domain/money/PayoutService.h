#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/money/PaymentStatus.h"
#include "services/domain/policy/Caller.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
class Transaction;
} // namespace mikro::store

namespace mikro::domain {

struct PayoutRequest
{
    qint64 id = 0;
    QString userId;
    core::Money amount;
    QString paymentEmail;
    PaymentStatus status = PaymentStatus::Pending;
};

/// One ledger line as a person's history shows it (API.md §2 LedgerEntry).
struct LedgerLine
{
    qint64 id = 0;
    LedgerKind kind = LedgerKind::Mapping;
    core::Money amount;
    qint64 projectId = 0;
    qint64 taskId = 0;
    QString note;
    QString createdBy;
    QDateTime createdAt;

    bool operator==(const LedgerLine &) const = default;
};

struct Payment
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString userId;
    core::Money amount;
    QString externalRef;
};

/// Payouts (DESIGN.md §4, API.md §7). Each function is one transaction and synchronous: call it
/// on a store pool thread. Money moves only here, and only as ledger entries:
/// - requestPayout: the whole payable, ≥ the org minimum (Refused `nothing_payable`,
///   `below_minimum`); one pending per person (Conflict `request_pending`, also under concurrency).
/// - cancel: the requester's own pending request (NotFound otherwise; Conflict `already_decided`).
/// - pay: an admin of the request's org, never their own request (Forbidden `forbidden`); 0 <
///   amount ≤ requested (Refused `invalid_payment_amount`); the transfer reference unique in the
///   org (Conflict `duplicate_reference`); the request must still be pending (Conflict
///   `already_decided`), so paying twice is impossible whatever the concurrency.
/// - reject: as pay, with a reason; the amount returns to payable.
/// - recordAdjustment: a signed credit or debit with a reason, idempotent by its operation key.
/// Another org's ids are answered like unknown ids (NotFound `not_found`). Admin changes are
/// audited.
class PayoutService
{
public:
    PayoutService(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<Balance> balance(const Caller &caller) const;
    /// A person's balance: the caller's own, or, for an admin, anyone's of their organisation.
    [[nodiscard]] core::Result<Balance> balanceOf(
        const Caller &caller, const QString &userId) const;
    [[nodiscard]] core::Result<PayoutRequest> requestPayout(
        const Caller &caller, const QString &notes) const;
    [[nodiscard]] core::Result<void> cancel(const Caller &caller, qint64 requestId) const;
    [[nodiscard]] core::Result<Payment> pay(const Caller &caller, qint64 requestId,
        std::optional<core::Money> amount, const QString &externalRef, const QString &notes) const;
    [[nodiscard]] core::Result<void> reject(
        const Caller &caller, qint64 requestId, const QString &reason) const;
    /// An admin's request on someone's behalf: 0 < amount ≤ payable (Refused `exceeds_payable`).
    [[nodiscard]] core::Result<PayoutRequest> requestOnBehalf(const Caller &caller,
        const QString &userId, core::Money amount, const QString &notes) const;
    /// A payment made outside a request: 0 < amount ≤ payable, a transfer reference unique in the
    /// org.
    [[nodiscard]] core::Result<Payment> recordManualPayment(const Caller &caller,
        const QString &userId, core::Money amount, const QString &externalRef,
        const QString &notes) const;
    /// A person's ledger, newest first, `limit` (≤ 200) from `offset`; admins may read anyone of
    /// their org, everyone else only themselves.
    [[nodiscard]] core::Result<QList<LedgerLine>> history(
        const Caller &caller, const QString &userId, int limit, int offset) const;
    /// `projectId` (0: none) ties the adjustment to a project of the organisation.
    [[nodiscard]] core::Result<qint64> recordAdjustment(const Caller &caller, const QString &userId,
        core::Money amount, const QString &reason, const QString &operationKey,
        qint64 projectId = 0) const;

    /// The paying steps inside the caller's transaction (reconciliation pays many in one), after
    /// the caller checked the policy and the inputs.
    [[nodiscard]] static core::Result<Payment> payIn(store::Transaction &tx, const Caller &caller,
        qint64 requestId, std::optional<core::Money> amount, const QString &externalRef,
        const QString &notes, const QDateTime &now);

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
