#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/ReconciliationService.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mikro::client {

/// One row of a provider's result file as the import judged it (API.md §11.1
/// `import_payout_results`): its line in the file, the request it names, the verdict, and, for a
/// match, the amount paid (or to be paid, in a dry run).
struct ImportedRow
{
    int line = 0;
    qint64 requestId = 0;
    domain::ImportVerdict verdict = domain::ImportVerdict::NotFound;
    core::Money amount; ///< matches only
    qint64 paymentId = 0; ///< matches of an import that paid; 0 in a dry run
    bool operator==(const ImportedRow &) const = default;
};

/// The answer of an import or of its dry run: every row in file order, and what was paid.
struct PayoutImport
{
    QList<ImportedRow> rows;
    int paidCount = 0; ///< 0 in a dry run
    core::Money paidTotal;
    [[nodiscard]] int count(domain::ImportVerdict verdict) const;
    /// The total of the matching rows: what applying would pay.
    [[nodiscard]] core::Money matchedTotal() const;
    bool operator==(const PayoutImport &) const = default;
};

/// The payout batch CSV of the pending requests (`export_payout_batch`) and its file name.
struct PayoutBatch
{
    QString filename;
    QByteArray csv;
    int rows = 0;
    core::Money total;
    QString currency; ///< the organisation's
    bool operator==(const PayoutBatch &) const = default;
};

/// The domain's judgement of a file as the API answers it; paid figures only when `applied`.
[[nodiscard]] PayoutImport payoutImportOf(const domain::ImportPreview &preview, bool applied);
void writePayoutImport(JsonWriter &envelope, const PayoutImport &result);
[[nodiscard]] core::Result<PayoutImport> readPayoutImport(const QJsonObject &answer);

/// A batch made at `utc`: its name is `mikro-payouts-<UTC time>.csv`.
[[nodiscard]] PayoutBatch payoutBatchOf(const domain::PayoutBatchFile &file, const QDateTime &utc);
void writePayoutBatch(JsonWriter &envelope, const PayoutBatch &batch);
[[nodiscard]] core::Result<PayoutBatch> readPayoutBatch(const QJsonObject &answer);

} // namespace mikro::client
