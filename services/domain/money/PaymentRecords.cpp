#include "services/domain/money/PaymentRecords.h"

#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

/// The full name of the users row aliased %1.
const QString NameOf = u"TRIM(COALESCE(%1.first_name, '') || ' ' || COALESCE(%1.last_name, ''))"_s;
const QString PersonName = NameOf.arg(u"u"_s);

QDateTime timeOf(const QVariant &value)
{
    return store::utcFromValue(value).value_or(QDateTime());
}

core::Result<QList<PayRequestRow>> requests(
    store::Transaction &tx, const QString &where, const QString &order, const QVariantMap &values)
{
    auto rows = tx.exec(u"SELECT r.id, r.user_id, "_s + PersonName
            + u", COALESCE(u.osm_username, ''), COALESCE(u.payment_email, ''), r.amount_cents, "
              "r.requested_at, COALESCE(r.notes, ''), r.status, COALESCE(r.decided_by, ''), "
              "r.decided_at, COALESCE(r.decision_note, ''), COALESCE(p.id, 0), "
              "TRIM(COALESCE(d.first_name, '') || ' ' || COALESCE(d.last_name, '')) "_s
            + u"FROM payment_requests r JOIN users u ON u.id = r.user_id "
              "LEFT JOIN users d ON d.id = r.decided_by "
              "LEFT JOIN payments p ON p.request_id = r.id WHERE "_s
            + where + u" ORDER BY "_s + order,
        values);
    if (!rows.ok())
        return rows.error();
    QList<PayRequestRow> out;
    store::Rows &q = rows.value();
    while (q.next()) {
        out << PayRequestRow { q.value(0).toLongLong(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            core::Money(q.value(5).toLongLong()), timeOf(q.value(6)), q.value(7).toString(),
            paymentStatusFromText(q.value(8).toString()).value_or(PaymentStatus::Pending),
            q.value(9).toString(), timeOf(q.value(10)), q.value(11).toString(),
            q.value(12).toLongLong(), q.value(13).toString() };
    }
    return out;
}

core::Result<QList<PaymentRow>> payments(
    store::Transaction &tx, const QString &where, const QVariantMap &values)
{
    auto rows = tx.exec(u"SELECT p.id, COALESCE(p.request_id, 0), p.user_id, "_s + PersonName
            + u", COALESCE(u.osm_username, ''), COALESCE(p.payment_email, ''), p.amount_cents, "
              "COALESCE(p.external_ref, ''), p.paid_at, p.paid_by, COALESCE(p.notes, ''), "_s
            + NameOf.arg(u"b"_s)
            + u" FROM payments p JOIN users u ON u.id = p.user_id "
              "LEFT JOIN users b ON b.id = p.paid_by WHERE "_s
            + where + u" ORDER BY p.paid_at DESC, p.id DESC"_s,
        values);
    if (!rows.ok())
        return rows.error();
    QList<PaymentRow> out;
    store::Rows &q = rows.value();
    while (q.next()) {
        out << PaymentRow { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            core::Money(q.value(6).toLongLong()), q.value(7).toString(), timeOf(q.value(8)),
            q.value(9).toString(), q.value(10).toString(), q.value(11).toString() };
    }
    return out;
}

LedgerLine adjustmentOf(const store::Rows &q)
{
    return LedgerLine { q.value(0).toLongLong(), LedgerKind::Adjustment,
        core::Money(q.value(1).toLongLong()), q.value(2).toLongLong(), 0, q.value(3).toString(),
        q.value(4).toString(), timeOf(q.value(5)) };
}

/// The adjustments of `:org`, of person `:user` only when `person`; newest first.
core::Result<QList<AdjustmentRow>> adjustments(
    store::Transaction &tx, bool person, const QVariantMap &values)
{
    auto rows = tx.exec(u"SELECT e.id, e.amount_cents, COALESCE(e.project_id, 0), "
                        "COALESCE(e.note, ''), COALESCE(e.created_by, ''), e.created_at, "
                        "e.user_id, "_s
            + PersonName + u", COALESCE(u.osm_username, ''), "_s + NameOf.arg(u"b"_s)
            + u" FROM ledger_entries e JOIN users u ON u.id = e.user_id "
              "LEFT JOIN users b ON b.id = e.created_by "
              "WHERE e.org_id = :org AND e.kind = 'adjustment'"_s
            + (person ? u" AND e.user_id = :user"_s : QString())
            + u" ORDER BY e.created_at DESC, e.id DESC"_s,
        values);
    if (!rows.ok())
        return rows.error();
    QList<AdjustmentRow> out;
    store::Rows &q = rows.value();
    while (q.next()) {
        out << AdjustmentRow { adjustmentOf(q), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toString() };
    }
    return out;
}

} // namespace

PaymentRecords::PaymentRecords(store::Database &db)
    : m_db(db)
{
}

core::Result<PaymentRecordSet> PaymentRecords::org(
    const Caller &caller, const QString &userId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOrgPayments); !allowed.ok())
        return allowed.error();
    return read(caller, userId, false);
}

core::Result<PaymentRecordSet> PaymentRecords::mine(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOwnBalance); !allowed.ok())
        return allowed.error();
    return read(caller, caller.userId, true);
}

core::Result<PayRequestRow> PaymentRecords::request(const Caller &caller, qint64 requestId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewOwnBalance); !allowed.ok())
        return allowed.error();
    const bool admin = AccessPolicy::check(caller, Action::ViewOrgPayments).ok();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<PayRequestRow> {
        auto found = requests(tx,
            u"r.id = :id AND r.org_id = :org"_s + (admin ? QString() : u" AND r.user_id = :me"_s),
            u"r.id"_s,
            { { u"id"_s, requestId }, { u"org"_s, caller.orgId }, { u"me"_s, caller.userId } });
        if (!found.ok())
            return found.error();
        if (found.value().isEmpty())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::domain::PaymentRecords", "There is no such payout request."));
        return found.value().constFirst();
    });
}

core::Result<PaymentRecordSet> PaymentRecords::read(
    const Caller &caller, const QString &userId, bool ownView) const
{
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<PaymentRecordSet> {
        const QVariantMap values { { u"org"_s, caller.orgId }, { u"user"_s, userId } };
        const QString person = userId.isEmpty() ? QString() : u" AND r.user_id = :user"_s;
        PaymentRecordSet set;
        auto pending = requests(tx, u"r.org_id = :org AND r.status = 'pending'"_s + person,
            u"r.requested_at, r.id"_s, values);
        if (!pending.ok())
            return pending.error();
        set.pending = pending.value();
        auto decided = requests(tx, u"r.org_id = :org AND r.status <> 'pending'"_s + person,
            u"r.decided_at DESC, r.id DESC"_s, values);
        if (!decided.ok())
            return decided.error();
        set.decided = decided.value();
        auto paid = payments(tx,
            u"p.org_id = :org"_s + (userId.isEmpty() ? QString() : u" AND p.user_id = :user"_s),
            values);
        if (!paid.ok())
            return paid.error();
        set.payments = paid.value();
        auto adjusted = adjustments(tx, !userId.isEmpty(), values);
        if (!adjusted.ok())
            return adjusted.error();
        if (ownView) {
            for (const AdjustmentRow &a : adjusted.value())
                set.adjustments << a.entry;
        } else {
            set.orgAdjustments = adjusted.value();
        }
        return set;
    });
}

} // namespace mikro::domain
