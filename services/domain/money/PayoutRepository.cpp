#include "services/domain/money/PayoutRepository.h"

#include "services/domain/money/Ledger.h"
#include "services/domain/policy/Caller.h"
#include "services/store/SqlValues.h"
#include "services/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain::payouts {

namespace {

core::Error error(core::ErrorKind kind, QByteArray code, const char *message)
{
    return core::Error::make(kind, std::move(code),
        QCoreApplication::translate("mikro::domain::PayoutService", message));
}

} // namespace

core::Error notFound()
{
    return error(core::ErrorKind::NotFound, "not_found",
        QT_TRANSLATE_NOOP("mikro::domain::PayoutService", "That payout request does not exist."));
}

core::Error alreadyDecided()
{
    return error(core::ErrorKind::Conflict, "already_decided",
        QT_TRANSLATE_NOOP("mikro::domain::PayoutService",
            "This request was already paid, rejected or cancelled."));
}

core::Error ownAccount()
{
    return error(core::ErrorKind::Forbidden, "own_account",
        QT_TRANSLATE_NOOP("mikro::domain::PayoutService",
            "Money for your own account needs another admin of your organisation."));
}

core::Error personNotFound()
{
    return error(core::ErrorKind::NotFound, "not_found",
        QT_TRANSLATE_NOOP("mikro::domain::PayoutService", "That person does not exist."));
}

/// The person of `orgId`, locked for the rest of the transaction (Ledger::lockPerson); their
/// payment email, or NotFound.
core::Result<QString> lockedPerson(
    store::Transaction &tx, const QString &userId, const QString &orgId)
{
    auto locked = Ledger::lockPerson(tx, userId, orgId);
    if (!locked.ok())
        return locked.error();
    if (!locked.value())
        return personNotFound();
    return *locked.value();
}

/// Why a conditional update on a request matched nothing: unknown (or another org's), or decided.
core::Error whyNotPending(store::Transaction &tx, qint64 requestId, const QString &orgId)
{
    auto row = tx.exec(u"SELECT status FROM payment_requests WHERE id = :id AND org_id = :org"_s,
        { { u"id"_s, requestId }, { u"org"_s, orgId } });
    if (!row.ok())
        return row.error();
    return row.value().next() ? alreadyDecided() : notFound();
}

/// Moves a pending request of the caller's org to `status`. The conditional update is the
/// exactly-once guard: of concurrent deciders one finds the request pending; the others wait for
/// its row lock and then find it decided. An admin never decides their own request.
core::Result<DecidedRequest> decidePending(store::Transaction &tx, const Caller &caller,
    qint64 requestId, PaymentStatus status, const QString &note, const QDateTime &now)
{
    // The payee's lock first, as every other money operation takes it, before the request row's.
    auto payee = tx.exec(u"SELECT user_id FROM payment_requests WHERE id = :id AND org_id = :org"_s,
        { { u"id"_s, requestId }, { u"org"_s, caller.orgId } });
    if (!payee.ok())
        return payee.error();
    if (!payee.value().next())
        return notFound();
    const QString payeeId = payee.value().value(0).toString();
    if (payeeId == caller.userId)
        return ownAccount();
    if (auto locked = lockedPerson(tx, payeeId, caller.orgId); !locked.ok())
        return locked.error();
    auto decided
        = tx.exec(u"UPDATE payment_requests SET status = :status, decided_by = :me, "
                  "decided_at = :now, decision_note = :note WHERE id = :id AND org_id = :org "
                  "AND status = 'pending' RETURNING user_id, amount_cents, payment_email"_s,
            { { u"id"_s, requestId }, { u"org"_s, caller.orgId }, { u"me"_s, caller.userId },
                { u"status"_s, paymentStatusText(status) }, { u"note"_s, note.trimmed() },
                { u"now"_s, store::utcValue(now) } });
    if (!decided.ok())
        return decided.error();
    if (!decided.value().next())
        return whyNotPending(tx, requestId, caller.orgId);
    DecidedRequest out { decided.value().value(0).toString(),
        core::Money(decided.value().value(1).toLongLong()), decided.value().value(2).toString() };
    return out;
}

/// Inserts a pending request; the partial unique index on pending requests decides between
/// concurrent ones, and the loser gets Conflict `request_pending` with `pendingMessage`.
core::Result<qint64> insertPendingRequest(store::Transaction &tx, const QString &orgId,
    const QString &userId, core::Money amount, const QString &paymentEmail, const QString &notes,
    const QDateTime &now, const char *pendingMessage)
{
    auto inserted = tx.exec(
        u"INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, status, "
        "notes, requested_at) VALUES (:org, :user, :amount, :email, 'pending', :notes, :now) "
        "RETURNING id"_s,
        { { u"org"_s, orgId }, { u"user"_s, userId }, { u"amount"_s, amount.cents() },
            { u"email"_s, paymentEmail }, { u"notes"_s, notes.trimmed() },
            { u"now"_s, store::utcValue(now) } });
    if (!inserted.ok()) {
        if (inserted.error().cause == core::Cause::DuplicateKey)
            return error(core::ErrorKind::Conflict, "request_pending", pendingMessage);
        return inserted.error();
    }
    inserted.value().next();
    return inserted.value().value(0).toLongLong();
}

core::Result<qint64> recordPayment(
    store::Transaction &tx, const Caller &caller, const PaymentDraft &draft, const QDateTime &now)
{
    auto payment
        = tx.exec(u"INSERT INTO payments (org_id, user_id, request_id, amount_cents, external_ref, "
                  "payment_email, paid_by, paid_at, notes) VALUES (:org, :user, :request, :amount, "
                  ":ref, :email, :me, :now, :notes) RETURNING id"_s,
            { { u"org"_s, caller.orgId }, { u"user"_s, draft.payee },
                { u"request"_s, draft.requestId ? QVariant(draft.requestId) : QVariant() },
                { u"amount"_s, draft.amount.cents() }, { u"ref"_s, draft.externalRef },
                { u"email"_s, draft.paymentEmail }, { u"me"_s, caller.userId },
                { u"now"_s, store::utcValue(now) }, { u"notes"_s, draft.notes } });
    if (!payment.ok()) {
        if (payment.error().cause == core::Cause::DuplicateKey)
            return error(core::ErrorKind::Conflict, "duplicate_reference",
                QT_TRANSLATE_NOOP("mikro::domain::PayoutService",
                    "That transfer reference was already used in your organisation."));
        return payment.error();
    }
    payment.value().next();
    const qint64 paymentId = payment.value().value(0).toLongLong();
    LedgerEntryDraft payout;
    payout.orgId = caller.orgId;
    payout.userId = draft.payee;
    payout.kind = LedgerKind::Payout;
    payout.amount = core::Money(-draft.amount.cents());
    payout.sourceKey = u"payout:%1"_s.arg(paymentId);
    payout.paymentId = paymentId;
    payout.paymentRequestId = draft.requestId;
    payout.createdBy = caller.userId;
    if (auto entry = Ledger::append(tx, payout, now); !entry.ok())
        return entry.error();
    return paymentId;
}

} // namespace mikro::domain::payouts
