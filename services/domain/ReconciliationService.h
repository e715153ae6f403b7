#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/Caller.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
class Transaction;
} // namespace mikro::store

namespace mikro::domain {

/// Which columns of a provider's result file hold what. The defaults read Mikro's own export plus
/// `status` and `reference`; an admin maps any other provider's column names here.
struct ColumnMapping
{
    QString requestId = QStringLiteral("request_id");
    QString email = QStringLiteral("email");
    QString amount = QStringLiteral("amount");
    QString status = QStringLiteral("status");
    QString reference = QStringLiteral("reference");
    QStringList paidStatuses { QStringLiteral("paid"), QStringLiteral("completed"),
        QStringLiteral("success") };
};

struct ImportRow
{
    int line = 0;
    qint64 requestId = 0;
    QString email;
    core::Money amount;
    QString reference;
    /// matched, skipped (not paid by the provider), mismatch_email, mismatch_amount,
    /// already_decided, unknown (no such pending request in this org)
    QString verdict;
};

struct ImportPreview
{
    QList<ImportRow> rows;
    [[nodiscard]] int count(const QString &verdict) const;
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

    [[nodiscard]] core::Result<QByteArray> exportPending(const Caller &caller) const;
    [[nodiscard]] core::Result<ImportPreview> preview(
        const Caller &caller, const QByteArray &csv, const ColumnMapping &mapping = {}) const;
    [[nodiscard]] core::Result<ImportPreview> apply(
        const Caller &caller, const QByteArray &csv, const ColumnMapping &mapping = {}) const;

private:
    core::Result<ImportPreview> match(store::Transaction &tx, const Caller &caller,
        const QByteArray &csv, const ColumnMapping &mapping) const;

    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
