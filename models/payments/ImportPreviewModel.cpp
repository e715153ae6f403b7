#include "models/payments/ImportPreviewModel.h"

#include "models/StatusWords.h"

namespace mikro::models {

using domain::ImportVerdict;

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : RecordTableModel(
        { { QT_TRANSLATE_NOOP("mikro::models::Columns", "Row"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Request #"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Email") },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Amount in file"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Requested amount"), true },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Transfer reference") },
            { QT_TRANSLATE_NOOP("mikro::models::Columns", "Result") } },
        parent)
{
}

void ImportPreviewModel::setPreview(const ProviderFile &file, const ProviderColumns &columns,
    const client::PayoutImport &judged, const domain::PaymentRecordSet &records,
    const QString &currency)
{
    beginResetModel();
    m_file = file;
    m_columns = columns;
    m_all = judged.rows;
    m_changed.clear();
    m_currency = currency;
    m_requests.clear();
    m_paymentOfRequest.clear();
    for (const QList<domain::PayRequestRow> *list : { &records.pending, &records.decided })
        for (const domain::PayRequestRow &r : *list)
            m_requests.insert(r.id, r);
    for (const domain::PaymentRow &p : records.payments)
        if (p.requestId != 0)
            m_paymentOfRequest.insert(p.requestId, p);
    applyFilter();
    refreshLocale();
    endResetModel();
}

void ImportPreviewModel::setShown(Shown shown)
{
    beginResetModel();
    m_shown = shown;
    applyFilter();
    endResetModel();
}

void ImportPreviewModel::markChanged(const QSet<int> &lines)
{
    beginResetModel();
    m_changed = lines;
    endResetModel();
}

void ImportPreviewModel::applyFilter()
{
    m_rows.clear();
    for (const client::ImportedRow &r : std::as_const(m_all)) {
        const bool shown = m_shown == Shown::All
            || (m_shown == Shown::Matches && r.verdict == ImportVerdict::Matched)
            || (m_shown == Shown::NeedsDecision && needsDecision(r.verdict));
        if (shown)
            m_rows << r;
    }
}

bool ImportPreviewModel::needsDecision(ImportVerdict verdict)
{
    return verdict == ImportVerdict::AmountMismatch || verdict == ImportVerdict::EmailMismatch;
}

QList<int> ImportPreviewModel::skippedLines(const client::PayoutImport &judged)
{
    QList<int> lines;
    for (const client::ImportedRow &r : judged.rows)
        if (r.verdict != ImportVerdict::Matched && r.verdict != ImportVerdict::AlreadyPaid)
            lines << r.line;
    return lines;
}

QString ImportPreviewModel::fileCell(int row, ProviderField field) const
{
    return m_file.cell(m_rows.at(row).line, m_columns[field]).trimmed();
}

QString ImportPreviewModel::resultText(int row) const
{
    const QString text = verdictText(row);
    return m_changed.contains(m_rows.at(row).line) ? tr("%1 (changed meanwhile)").arg(text) : text;
}

QString ImportPreviewModel::verdictText(int row) const
{
    const client::ImportedRow &r = m_rows.at(row);
    switch (r.verdict) {
    case ImportVerdict::Matched:
        return tr("Match");
    case ImportVerdict::AlreadyPaid: {
        const auto paid = m_paymentOfRequest.constFind(r.requestId);
        if (paid == m_paymentOfRequest.cend())
            return tr("Already paid");
        return tr("Already paid (#%1, %2)")
            .arg(locale().toString(paid->id),
                locale().toString(paid->paidAt.toLocalTime().date(), QLocale::ShortFormat));
    }
    case ImportVerdict::NotFound:
        return tr("Unknown request");
    case ImportVerdict::NotPending: {
        const auto request = m_requests.constFind(r.requestId);
        return request == m_requests.cend()
            ? tr("Not pending")
            : tr("Not pending (%1)").arg(paymentStatusWord(request->status).toLower());
    }
    case ImportVerdict::EmailMismatch:
        return tr("Email differs");
    case ImportVerdict::AmountMismatch:
        return tr("Amount differs");
    case ImportVerdict::CurrencyMismatch:
        return tr("Currency differs");
    case ImportVerdict::ProviderFailed:
        return tr("Failed at provider");
    case ImportVerdict::DuplicateReference:
        return tr("Reference already used");
    case ImportVerdict::DuplicateRow:
        return tr("Repeats an earlier row");
    case ImportVerdict::OwnAccount:
        return tr("Your own request: another admin pays it");
    }
    return {};
}

QVariant ImportPreviewModel::displayOf(int row, int column) const
{
    const client::ImportedRow &r = m_rows.at(row);
    switch (column) {
    case Row:
        return locale().toString(r.line);
    case Request:
        return locale().toString(r.requestId);
    case Email:
        return fileCell(row, ProviderField::Email);
    case FileAmount:
        return fileCell(row, ProviderField::Amount);
    case Requested: {
        const auto request = m_requests.constFind(r.requestId);
        return request == m_requests.cend()
            ? QString()
            : core::formatMoney(request->amount, m_currency, locale());
    }
    case Reference:
        return fileCell(row, ProviderField::Reference);
    case Result:
        return resultText(row);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::sortOf(int row, int column) const
{
    const client::ImportedRow &r = m_rows.at(row);
    switch (column) {
    case Row:
        return r.line;
    case Request:
        return r.requestId;
    case Requested: {
        const auto request = m_requests.constFind(r.requestId);
        return request == m_requests.cend() ? QVariant() : QVariant(request->amount.cents());
    }
    default:
        return displayOf(row, column);
    }
}

QString ImportPreviewModel::statusOf(int row) const
{
    const ImportVerdict v = m_rows.at(row).verdict;
    if (v == ImportVerdict::Matched)
        return QStringLiteral("matched");
    if (needsDecision(v))
        return QStringLiteral("needs_decision");
    if (v == ImportVerdict::ProviderFailed)
        return QStringLiteral("failed");
    return domain::verdictName(v);
}

} // namespace mikro::models
