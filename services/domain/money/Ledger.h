#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace mikro::store {
class Transaction;
}

namespace mikro::domain {

/// What a ledger entry is for (stored as `ledger_entries.kind`).
enum class LedgerKind {
    Mapping,
    Validation,
    Checklist,
    ChecklistValidation,
    Adjustment,
    Reversal, ///< a mapping credit taken back when its task was invalidated
    Payout, ///< money paid out, negative
};

/// The stored text ('mapping', … 'payout'), by an explicit table.
[[nodiscard]] QString ledgerKindText(LedgerKind kind);
[[nodiscard]] std::optional<LedgerKind> ledgerKindFromText(const QString &text);

/// A person's figures, all derived from the ledger and the pending requests, with DESIGN.md
/// §3.2's definitions (the same as UI.md §2.1 and API.md §3, and DashboardService's).
struct Balance
{
    core::Money earned; ///< mapping, validation, checklist, checklist_validation and reversal
    core::Money adjustments; ///< the adjustment entries, net
    core::Money paid; ///< minus the payout entries
    core::Money pending; ///< open payout requests
    /// earned + adjustments − paid − pending; may be negative after a reversal or a debit
    core::Money payable;
    core::Money mappingEarnings; ///< mapping less its reversals
    core::Money validationEarnings; ///< validation
    core::Money checklistEarnings; ///< checklist + checklist_validation
    QMap<LedgerKind, core::Money> byKind; ///< lifetime net earnings per kind (payouts apart)
    core::Money minimumPayout; ///< the org's; filled by PayoutService::balance

    /// No request open and a positive payable of at least the minimum: a request may be made.
    [[nodiscard]] bool canRequest() const
    {
        return pending == core::Money(0) && payable > core::Money(0) && payable >= minimumPayout;
    }
    bool operator==(const Balance &) const = default;
};

struct LedgerEntryDraft
{
    QString orgId;
    QString userId;
    LedgerKind kind = LedgerKind::Mapping;
    core::Money amount;
    QString sourceKey; ///< unique: makes the entry idempotent
    qint64 projectId = 0;
    qint64 taskId = 0;
    qint64 paymentId = 0;
    qint64 paymentRequestId = 0;
    QString note;
    QString createdBy;
};

/// SQL for the append-only ledger. Runs inside the caller's transaction.
class Ledger
{
public:
    [[nodiscard]] static core::Result<Balance> balance(
        store::Transaction &tx, const QString &userId);
    /// Takes the person's row lock for the rest of the transaction and answers their payment
    /// email (nullopt when the person is not of `orgId`). Every operation that checks a balance
    /// and then moves money calls it first, so two such operations on one person happen one after
    /// the other on PostgreSQL (SQLite's writers are serial already); per-person limits (quiz
    /// attempts, comment pace) count under it too.
    [[nodiscard]] static core::Result<std::optional<QString>> lockPerson(
        store::Transaction &tx, const QString &userId, const QString &orgId);
    /// Conflict `duplicate` when the source key was used already (nothing is written then).
    [[nodiscard]] static core::Result<qint64> append(
        store::Transaction &tx, const LedgerEntryDraft &entry, const QDateTime &now);
};

} // namespace mikro::domain
