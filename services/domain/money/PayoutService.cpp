#include "services/domain/money/PayoutService.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/money/PayoutRepository.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

using namespace payouts;

namespace {

core::Error error(core::ErrorKind kind, QByteArray code, const char *message)
{
    return core::Error::make(kind, std::move(code),
        QCoreApplication::translate("mikro::domain::PayoutService", message));
}

core::Result<void> requireText(const QString &value, const QString &field, qsizetype limit)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return core::Error::make(core::ErrorKind::InvalidInput, "missing_field",
            QCoreApplication::translate("mikro::domain::PayoutService", "This field is required."))
            .withField(field);
    if (text.size() > limit)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate("mikro::domain::PayoutService", "This text is too long."))
            .withField(field);
    return {};
}

} // namespace

PayoutService::PayoutService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<Balance> PayoutService::balance(const Caller &caller) const
{
    return balanceOf(caller, caller.userId);
}

core::Result<Balance> PayoutService::balanceOf(const Caller &caller, const QString &userId) const
{
    const Action action
        = userId == caller.userId ? Action::ViewOwnBalance : Action::ViewOrgPayments;
    if (auto allowed = AccessPolicy::check(caller, action); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<Balance> {
        if (userId != caller.userId) {
            auto member = tx.exec(u"SELECT 1 FROM users WHERE id = :id AND org_id = :org"_s,
                { { u"id"_s, userId }, { u"org"_s, caller.orgId } });
            if (!member.ok())
                return member.error();
            if (!member.value().next())
                return personNotFound();
        }
        auto balance = Ledger::balance(tx, userId);
        if (!balance.ok())
            return balance.error();
        auto minimum = tx.exec(
            u"SELECT min_payout_cents FROM orgs WHERE id = :org"_s, { { u"org"_s, caller.orgId } });
        if (!minimum.ok())
            return minimum.error();
        Balance b = balance.value();
        if (minimum.value().next())
            b.minimumPayout = core::Money(minimum.value().value(0).toLongLong());
        return b;
    });
}

core::Result<PayoutRequest> PayoutService::requestPayout(
    const Caller &caller, const QString &notes) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::RequestPayout); !allowed.ok())
        return allowed.error();
    if (notes.size() > 1000)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate("mikro::domain::PayoutService", "This text is too long."))
            .withField(u"notes"_s);
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<PayoutRequest> {
        auto locked = lockedPerson(tx, caller.userId, caller.orgId);
        if (!locked.ok())
            return locked.error();
        const QString paymentEmail = locked.value();
        auto facts = tx.exec(
            u"SELECT min_payout_cents FROM orgs WHERE id = :org"_s, { { u"org"_s, caller.orgId } });
        if (!facts.ok())
            return facts.error();
        if (!facts.value().next())
            return notFound();
        const core::Money minimum(facts.value().value(0).toLongLong());
        auto balance = Ledger::balance(tx, caller.userId);
        if (!balance.ok())
            return balance.error();
        const Balance &b = balance.value();
        if (b.pending > core::Money(0))
            return error(core::ErrorKind::Conflict, "request_pending",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::PayoutService", "You already have a payout request waiting."));
        if (b.payable <= core::Money(0))
            return error(core::ErrorKind::Refused, "nothing_payable",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::PayoutService", "There is nothing to pay out yet."));
        if (b.payable < minimum) {
            core::Error e = error(core::ErrorKind::Refused, "below_minimum",
                QT_TRANSLATE_NOOP("mikro::domain::PayoutService",
                    "Your payable amount is below your organisation's "
                    "minimum payout."));
            e.details.insert(u"min_payout_cents"_s, minimum.cents());
            return e;
        }
        auto inserted = insertPendingRequest(tx, caller.orgId, caller.userId, b.payable,
            paymentEmail, notes, m_clock.nowUtc(),
            QT_TRANSLATE_NOOP(
                "mikro::domain::PayoutService", "You already have a payout request waiting."));
        if (!inserted.ok())
            return inserted.error();
        return PayoutRequest { inserted.value(), caller.userId, b.payable, paymentEmail,
            PaymentStatus::Pending };
    });
}

core::Result<void> PayoutService::cancel(const Caller &caller, qint64 requestId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::CancelOwnPayoutRequest); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto updated
            = tx.exec(u"UPDATE payment_requests SET status = 'cancelled', decided_by = :me, "
                      "decided_at = :now WHERE id = :id AND user_id = :me AND status = 'pending' "
                      "RETURNING id"_s,
                { { u"id"_s, requestId }, { u"me"_s, caller.userId },
                    { u"now"_s, store::utcValue(m_clock.nowUtc()) } });
        if (!updated.ok())
            return updated.error();
        if (updated.value().next())
            return {};
        auto own
            = tx.exec(u"SELECT status FROM payment_requests WHERE id = :id AND user_id = :me"_s,
                { { u"id"_s, requestId }, { u"me"_s, caller.userId } });
        if (!own.ok())
            return own.error();
        return own.value().next() ? core::Result<void>(alreadyDecided())
                                  : core::Result<void>(notFound());
    });
}

core::Result<Payment> PayoutService::pay(const Caller &caller, qint64 requestId,
    std::optional<core::Money> amount, const QString &externalRef, const QString &notes) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::PayPayoutRequest); !allowed.ok())
        return allowed.error();
    if (auto ref = requireText(externalRef, u"payoneer_id"_s, 100); !ref.ok())
        return ref.error();
    if (notes.size() > 1000)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate("mikro::domain::PayoutService", "This text is too long."))
            .withField(u"notes"_s);
    return m_db.inTransaction([&](store::Transaction &tx) {
        return payIn(tx, caller, requestId, amount, externalRef, notes, m_clock.nowUtc());
    });
}

core::Result<Payment> PayoutService::payIn(store::Transaction &tx, const Caller &caller,
    qint64 requestId, std::optional<core::Money> amount, const QString &externalRef,
    const QString &notes, const QDateTime &now)
{
    auto decided = decidePending(tx, caller, requestId, PaymentStatus::Paid, notes, now);
    if (!decided.ok())
        return decided.error();
    const QString payee = decided.value().payee;
    const core::Money requested = decided.value().requested;
    const QString paymentEmail = decided.value().paymentEmail;
    const core::Money paid = amount.value_or(requested);
    if (paid <= core::Money(0) || paid > requested) {
        core::Error e = error(core::ErrorKind::Refused, "invalid_payment_amount",
            QT_TRANSLATE_NOOP("mikro::domain::PayoutService",
                "The amount paid must be more than zero and at most "
                "the amount requested."));
        e.details.insert(u"requested_cents"_s, requested.cents());
        return e;
    }
    auto recorded = recordPayment(tx, caller,
        { payee, requestId, paid, externalRef.trimmed(), paymentEmail, notes.trimmed() }, now);
    if (!recorded.ok())
        return recorded.error();
    const qint64 paymentId = recorded.value();
    auto audited = AuditLog::record(tx, caller, u"pay_request"_s, u"payment_request"_s,
        QString::number(requestId),
        { { u"payment_id"_s, paymentId }, { u"amount_cents"_s, paid.cents() } }, now);
    if (!audited.ok())
        return audited.error();
    return Payment { paymentId, requestId, payee, paid, externalRef.trimmed() };
}

core::Result<void> PayoutService::reject(
    const Caller &caller, qint64 requestId, const QString &reason) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::RejectPayoutRequest); !allowed.ok())
        return allowed.error();
    if (auto text = requireText(reason, u"reason"_s, 1000); !text.ok())
        return text.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        const QDateTime now = m_clock.nowUtc();
        auto decided = decidePending(tx, caller, requestId, PaymentStatus::Rejected, reason, now);
        if (!decided.ok())
            return decided.error();
        return AuditLog::record(tx, caller, u"reject_request"_s, u"payment_request"_s,
            QString::number(requestId), { { u"reason"_s, reason.trimmed() } }, now);
    });
}

namespace {

/// The payable of another person of the caller's org, under that person's lock; NotFound for
/// anyone else, Forbidden `own_account` for the caller.
core::Result<std::pair<QString, core::Money>> payableOf(
    store::Transaction &tx, const Caller &caller, const QString &userId)
{
    if (userId == caller.userId)
        return ownAccount();
    auto person = lockedPerson(tx, userId, caller.orgId);
    if (!person.ok())
        return person.error();
    const QString email = person.value();
    auto balance = Ledger::balance(tx, userId);
    if (!balance.ok())
        return balance.error();
    return std::pair(email, balance.value().payable);
}

core::Error exceedsPayable(core::Money payable)
{
    core::Error e = error(core::ErrorKind::Refused, "exceeds_payable",
        QT_TRANSLATE_NOOP("mikro::domain::PayoutService",
            "The amount must be more than zero and at most the payable amount."));
    e.details.insert(u"payable_cents"_s, payable.cents());
    return e;
}

/// An adjustment's input: a reason, an amount other than zero, an operation key.
core::Result<void> checkAdjustment(
    core::Money amount, const QString &reason, const QString &operationKey)
{
    if (auto text = requireText(reason, u"reason"_s, 1000); !text.ok())
        return text.error();
    if (amount == core::Money(0))
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_amount",
            QCoreApplication::translate(
                "mikro::domain::PayoutService", "An adjustment cannot be zero."))
            .withField(u"amount"_s);
    if (operationKey.isEmpty() || operationKey.size() > 100)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate(
                "mikro::domain::PayoutService", "A valid operation key is required."))
            .withField(u"Idempotency-Key"_s);
    return {};
}

} // namespace

core::Result<PayoutRequest> PayoutService::requestOnBehalf(
    const Caller &caller, const QString &userId, core::Money amount, const QString &notes) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::RecordManualPayment); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<PayoutRequest> {
        auto payable = payableOf(tx, caller, userId);
        if (!payable.ok())
            return payable.error();
        if (amount <= core::Money(0) || amount > payable.value().second)
            return exceedsPayable(payable.value().second);
        const QDateTime now = m_clock.nowUtc();
        auto inserted = insertPendingRequest(tx, caller.orgId, userId, amount,
            payable.value().first, notes, now,
            QT_TRANSLATE_NOOP("mikro::domain::PayoutService",
                "This person already has a payout request waiting."));
        if (!inserted.ok())
            return inserted.error();
        const qint64 id = inserted.value();
        auto audited = AuditLog::record(tx, caller, u"request_on_behalf"_s, u"payment_request"_s,
            QString::number(id),
            { { u"user_id"_s, userId }, { u"amount_cents"_s, amount.cents() } }, now);
        if (!audited.ok())
            return audited.error();
        return PayoutRequest { id, userId, amount, payable.value().first, PaymentStatus::Pending };
    });
}

core::Result<Payment> PayoutService::recordManualPayment(const Caller &caller,
    const QString &userId, core::Money amount, const QString &externalRef,
    const QString &notes) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::RecordManualPayment); !allowed.ok())
        return allowed.error();
    if (auto ref = requireText(externalRef, u"payoneer_id"_s, 100); !ref.ok())
        return ref.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<Payment> {
        auto payable = payableOf(tx, caller, userId);
        if (!payable.ok())
            return payable.error();
        if (amount <= core::Money(0) || amount > payable.value().second)
            return exceedsPayable(payable.value().second);
        const QDateTime now = m_clock.nowUtc();
        auto recorded = recordPayment(tx, caller,
            { userId, 0, amount, externalRef.trimmed(), payable.value().first, notes.trimmed() },
            now);
        if (!recorded.ok())
            return recorded.error();
        const qint64 paymentId = recorded.value();
        auto audited = AuditLog::record(tx, caller, u"manual_payment"_s, u"payment"_s,
            QString::number(paymentId),
            { { u"user_id"_s, userId }, { u"amount_cents"_s, amount.cents() } }, now);
        if (!audited.ok())
            return audited.error();
        return Payment { paymentId, 0, userId, amount, externalRef.trimmed() };
    });
}

core::Result<QList<LedgerLine>> PayoutService::history(
    const Caller &caller, const QString &userId, int limit, int offset) const
{
    const bool own = userId == caller.userId;
    if (auto allowed
        = AccessPolicy::check(caller, own ? Action::ViewOwnBalance : Action::ViewOrgPayments);
        !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QList<LedgerLine>> {
        // Another org's person reads as nobody: an empty history, never an error that confirms
        // them.
        auto rows = tx.exec(
            u"SELECT id, kind, amount_cents, project_id, task_id, COALESCE(note, ''), "
            "COALESCE(created_by, ''), created_at FROM ledger_entries WHERE user_id = :user "
            "AND (org_id = :org OR :own = 1) ORDER BY id DESC LIMIT :limit OFFSET :offset"_s,
            { { u"user"_s, userId }, { u"org"_s, caller.orgId }, { u"own"_s, own ? 1 : 0 },
                { u"limit"_s, qBound(1, limit, 200) }, { u"offset"_s, qMax(0, offset) } });
        if (!rows.ok())
            return rows.error();
        QList<LedgerLine> lines;
        while (rows.value().next()) {
            const store::Rows &q = rows.value();
            lines << LedgerLine { q.value(0).toLongLong(),
                ledgerKindFromText(q.value(1).toString()).value_or(LedgerKind::Adjustment),
                core::Money(q.value(2).toLongLong()), q.value(3).toLongLong(),
                q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(),
                store::utcFromValue(q.value(7)).value_or(QDateTime()) };
        }
        return lines;
    });
}

core::Result<qint64> PayoutService::recordAdjustment(const Caller &caller, const QString &userId,
    core::Money amount, const QString &reason, const QString &operationKey, qint64 projectId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::RecordAdjustment); !allowed.ok())
        return allowed.error();
    if (auto valid = checkAdjustment(amount, reason, operationKey); !valid.ok())
        return valid.error();
    if (userId == caller.userId)
        return ownAccount();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<qint64> {
        if (auto member = lockedPerson(tx, userId, caller.orgId); !member.ok())
            return member.error();
        if (projectId != 0) {
            auto project = tx.exec(u"SELECT 1 FROM projects WHERE id = :id AND org_id = :org"_s,
                { { u"id"_s, projectId }, { u"org"_s, caller.orgId } });
            if (!project.ok())
                return project.error();
            if (!project.value().next())
                return error(core::ErrorKind::NotFound, "not_found",
                    QT_TRANSLATE_NOOP(
                        "mikro::domain::PayoutService", "That project does not exist."));
        }
        // Keys are the organisation's: another organisation's key neither conflicts nor shows.
        const QString sourceKey = u"adjustment:%1:%2"_s.arg(caller.orgId, operationKey);
        // A replayed operation finds its own entry and gets the same answer (idempotent credit).
        auto earlier = tx.exec(u"SELECT id, user_id, amount_cents, COALESCE(project_id, 0) "
                               "FROM ledger_entries WHERE source_key = :key"_s,
            { { u"key"_s, sourceKey } });
        if (!earlier.ok())
            return earlier.error();
        if (earlier.value().next()) {
            if (earlier.value().value(1).toString() == userId
                && earlier.value().value(2).toLongLong() == amount.cents()
                && earlier.value().value(3).toLongLong() == projectId)
                return earlier.value().value(0).toLongLong();
            return error(core::ErrorKind::Conflict, "idempotency_conflict",
                QT_TRANSLATE_NOOP("mikro::domain::PayoutService",
                    "This operation key was already used for another change."));
        }
        const QDateTime now = m_clock.nowUtc();
        LedgerEntryDraft entry;
        entry.orgId = caller.orgId;
        entry.userId = userId;
        entry.kind = LedgerKind::Adjustment;
        entry.amount = amount;
        entry.sourceKey = sourceKey;
        entry.note = reason.trimmed();
        entry.createdBy = caller.userId;
        entry.projectId = projectId;
        auto id = Ledger::append(tx, entry, now);
        if (!id.ok())
            return id.error();
        auto audited = AuditLog::record(tx, caller, u"adjustment"_s, u"user"_s, userId,
            { { u"amount_cents"_s, amount.cents() }, { u"entry_id"_s, id.value() } }, now);
        if (!audited.ok())
            return audited.error();
        return id.value();
    });
}

} // namespace mikro::domain
