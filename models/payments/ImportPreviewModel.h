#pragma once

#include "models/RecordTableModel.h"
#include "models/payments/ProviderFile.h"
#include "services/client/codec/PayoutImportCodec.h"
#include "services/domain/money/PaymentRecords.h"

#include <QHash>
#include <QSet>

namespace mikro::models {

/// The preview of a provider's result file (UI.md §5.4 Import results, step 3): Row · Request # ·
/// Email · Amount in file · Requested amount · Transfer reference · Result, each row of the file
/// with the import's verdict in words. The file's own cells come from the file as read here; the
/// requested amounts, earlier payments and decisions from the organisation's records.
class ImportPreviewModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Row, Request, Email, FileAmount, Requested, Reference, Result };
    /// The preview's filter (All / Matches / Needs a decision).
    enum class Shown { All, Matches, NeedsDecision };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ProviderFile &file, const ProviderColumns &columns,
        const client::PayoutImport &judged, const domain::PaymentRecordSet &records,
        const QString &currency);
    void setShown(Shown shown);
    /// Marks the rows whose verdict changed since the preview before (a request decided
    /// meanwhile), so the person sees what to look at again.
    void markChanged(const QSet<int> &lines);
    [[nodiscard]] const client::ImportedRow &rowAt(int row) const { return m_rows.at(row); }
    /// Rows a person has to look at: the file and Mikro disagree on the amount or the email.
    [[nodiscard]] static bool needsDecision(domain::ImportVerdict verdict);
    /// The lines of the rows an import leaves unpaid (everything but matches and earlier
    /// payments).
    [[nodiscard]] static QList<int> skippedLines(const client::PayoutImport &judged);
    /// The verdict in words for this row ("Already paid (#88, 3 Dec 2026)").
    [[nodiscard]] QString resultText(int row) const;

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).line; }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    [[nodiscard]] QString fileCell(int row, ProviderField field) const;
    void applyFilter();
    [[nodiscard]] QString verdictText(int row) const;

    ProviderFile m_file;
    ProviderColumns m_columns;
    QList<client::ImportedRow> m_all;
    QList<client::ImportedRow> m_rows; ///< those the filter shows
    Shown m_shown = Shown::All;
    QSet<int> m_changed;
    QHash<qint64, domain::PayRequestRow> m_requests;
    QHash<qint64, domain::PaymentRow> m_paymentOfRequest;
    QString m_currency;
};

} // namespace mikro::models
