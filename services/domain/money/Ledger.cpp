#include "services/domain/money/Ledger.h"

#include "services/core/Vocabulary.h"
#include "services/store/SqlValues.h"
#include "services/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

constexpr core::Vocabulary<LedgerKind, 7> LedgerKinds { {
    { LedgerKind::Mapping, "mapping" },
    { LedgerKind::Validation, "validation" },
    { LedgerKind::Checklist, "checklist" },
    { LedgerKind::ChecklistValidation, "checklist_validation" },
    { LedgerKind::Adjustment, "adjustment" },
    { LedgerKind::Reversal, "reversal" },
    { LedgerKind::Payout, "payout" },
} };

} // namespace

QString ledgerKindText(LedgerKind kind)
{
    return LedgerKinds.text(kind);
}

std::optional<LedgerKind> ledgerKindFromText(const QString &text)
{
    return LedgerKinds.parse(text);
}

namespace {
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
} // namespace

core::Result<std::optional<QString>> Ledger::lockPerson(
    store::Transaction &tx, const QString &userId, const QString &orgId)
{
    auto person = tx.exec(u"SELECT COALESCE(payment_email, '') FROM users "
                          "WHERE id = :id AND org_id = :org"_s
            + tx.forUpdate(),
        { { u"id"_s, userId }, { u"org"_s, orgId } });
    if (!person.ok())
        return person.error();
    if (!person.value().next())
        return std::optional<QString>();
    return std::optional<QString>(person.value().value(0).toString());
}

core::Result<Balance> Ledger::balance(store::Transaction &tx, const QString &userId)
{
    // The person's trigger-kept totals by kind (migration 0003: exactly the sums of their
    // entries, in the same transaction as each entry), plus the open requests.
    auto rows = tx.exec(u"SELECT kind, COALESCE(SUM(amount_cents), 0) FROM ledger_totals "
                        "WHERE user_id = :id GROUP BY kind"_s,
        { { u"id"_s, userId } });
    if (!rows.ok())
        return rows.error();
    Balance b;
    qint64 earned = 0;
    qint64 adjustments = 0;
    qint64 paid = 0;
    while (rows.value().next()) {
        const std::optional<LedgerKind> kind = ledgerKindFromText(rows.value().value(0).toString());
        const qint64 sum = rows.value().value(1).toLongLong();
        if (!kind) // the schema's CHECK allows no other kind
            return core::Error::make(core::ErrorKind::Internal, "internal",
                QCoreApplication::translate("mikro::store", "Something went wrong."),
                u"unknown ledger kind %1"_s.arg(rows.value().value(0).toString()));
        if (*kind == LedgerKind::Payout) {
            paid -= sum;
            continue;
        }
        b.byKind.insert(*kind, core::Money(sum));
        (*kind == LedgerKind::Adjustment ? adjustments : earned) += sum;
    }
    const auto of = [&b](LedgerKind kind) { return b.byKind.value(kind).cents(); };
    b.mappingEarnings = core::Money(of(LedgerKind::Mapping) + of(LedgerKind::Reversal));
    b.validationEarnings = core::Money(of(LedgerKind::Validation));
    b.checklistEarnings
        = core::Money(of(LedgerKind::Checklist) + of(LedgerKind::ChecklistValidation));
    auto pending = tx.exec(u"SELECT COALESCE(SUM(amount_cents), 0) FROM payment_requests "
                           "WHERE user_id = :id AND status = 'pending'"_s,
        { { u"id"_s, userId } });
    if (!pending.ok())
        return pending.error();
    const qint64 open = pending.value().next() ? pending.value().value(0).toLongLong() : 0;
    b.earned = core::Money(earned);
    b.adjustments = core::Money(adjustments);
    b.paid = core::Money(paid);
    b.pending = core::Money(open);
    b.payable = core::Money(earned + adjustments - paid - open);
    return b;
}

core::Result<qint64> Ledger::append(
    store::Transaction &tx, const LedgerEntryDraft &e, const QDateTime &now)
{
    auto inserted = tx.exec(
        u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, project_id, "
        "task_id, payment_id, payment_request_id, note, created_by, created_at) VALUES (:org_id, "
        ":user_id, :kind, :amount, :source_key, :project_id, :task_id, :payment_id, :request_id, "
        ":note, :created_by, :now) RETURNING id"_s,
        { { u"org_id"_s, e.orgId }, { u"user_id"_s, e.userId },
            { u"kind"_s, ledgerKindText(e.kind) }, { u"amount"_s, e.amount.cents() },
            { u"source_key"_s, e.sourceKey }, { u"project_id"_s, idOrNull(e.projectId) },
            { u"task_id"_s, idOrNull(e.taskId) }, { u"payment_id"_s, idOrNull(e.paymentId) },
            { u"request_id"_s, idOrNull(e.paymentRequestId) }, { u"note"_s, textOrNull(e.note) },
            { u"created_by"_s, textOrNull(e.createdBy) }, { u"now"_s, store::utcValue(now) } });
    if (!inserted.ok())
        return inserted.error();
    return inserted.value().next() ? inserted.value().value(0).toLongLong() : qint64(0);
}

} // namespace mikro::domain
