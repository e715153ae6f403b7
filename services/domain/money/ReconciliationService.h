#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
class Transaction;
} // namespace mikro::store

namespace mikro::domain {

/// Which columns of a provider's result file hold what (API.md §11.1). Header names match
/// without regard to case or surrounding spaces. `currency` and `status` are optional: a file
/// without them is taken as paid in the organisation's currency.
struct ColumnMapping
{
    QString requestId = QStringLiteral("request_id");
    QString email = QStringLiteral("email");
    QString amount = QStringLiteral("amount");
    QString reference = QStringLiteral("reference");
    QString currency = QStringLiteral("currency");
    QString status = QStringLiteral("status");
    QStringList paidStatuses { QStringLiteral("paid"), QStringLiteral("completed"),
        QStringLiteral("success") };
};

/// What became of one row of a provider's file; only `Matched` rows are paid.
enum class ImportVerdict {
    Matched,
    AlreadyPaid, ///< the request was paid with this very reference (a re-import)
    NotFound, ///< no such request in the organisation
    NotPending, ///< decided otherwise (paid with another reference, rejected, cancelled)
    EmailMismatch,
    AmountMismatch,
    CurrencyMismatch, ///< the row's currency is not the organisation's
    ProviderFailed, ///< the provider's status is not a paid one
    DuplicateReference, ///< the reference already paid something else in the organisation
    DuplicateRow, ///< an earlier row of the file names the same request or reference
    OwnAccount, ///< the importing admin's own request: another admin has to pay it
};

/// The API's name of a verdict (`matched`, `currency_mismatch`, …).
[[nodiscard]] QString verdictName(ImportVerdict verdict);
/// The verdict an API name stands for; nullopt for a name no verdict has.
[[nodiscard]] std::optional<ImportVerdict> verdictNamed(const QString &name);

struct ImportRow
{
    int line = 0;
    qint64 requestId = 0;
    QString email;
    core::Money amount;
    QString currency;
    QString reference;
    ImportVerdict verdict = ImportVerdict::NotFound;
    qint64 paymentId = 0; ///< the payment apply() made for a matching row; 0 otherwise
};

struct ImportPreview
{
    QList<ImportRow> rows;
    [[nodiscard]] int count(ImportVerdict verdict) const;
};

/// The pending requests as the payment provider's batch file, with its row count and total.
struct PayoutBatchFile
{
    QByteArray csv;
    int rows = 0;
    core::Money total;
    QString currency; ///< the organisation's (every row's)
};

/// Reconciliation with the payment provider (DESIGN.md §4): the pending requests as a payout batch
/// CSV (email, amount, currency, request id, note), and the provider's result file matched back to
/// requests by id, email and amount. apply() pays every matched row in one transaction — all or
/// nothing — and importing the same file again pays nothing, since paid requests no longer match.
/// Admins of the org only. Synchronous; call on a store pool thread.
class ReconciliationService
{
public:
    ReconciliationService(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<PayoutBatchFile> exportPending(const Caller &caller) const;
    [[nodiscard]] core::Result<ImportPreview> preview(
        const Caller &caller, const QByteArray &csv, const ColumnMapping &mapping = {}) const;
    /// With `expectMatched` (the count of matches the admin saw in the preview), a file that
    /// now matches another count pays nothing: Conflict `preview_changed`, so the admin looks
    /// again before anything is paid.
    [[nodiscard]] core::Result<ImportPreview> apply(const Caller &caller, const QByteArray &csv,
        const ColumnMapping &mapping = {}, std::optional<int> expectMatched = std::nullopt) const;

private:
    core::Result<ImportPreview> match(store::Transaction &tx, const Caller &caller,
        const QByteArray &csv, const ColumnMapping &mapping) const;

    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
