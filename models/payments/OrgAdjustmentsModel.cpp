#include "models/payments/OrgAdjustmentsModel.h"

namespace mikro::models {

OrgAdjustmentsModel::OrgAdjustmentsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Date") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Person") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Amount"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Reason") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "By") } },
        parent)
{
}

void OrgAdjustmentsModel::setAdjustments(
    const QList<domain::AdjustmentRow> &adjustments, const QString &currency)
{
    beginResetModel();
    m_rows = adjustments; // newest first, as the records are read
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QVariant OrgAdjustmentsModel::displayOf(int row, int column) const
{
    const domain::AdjustmentRow &r = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case Date:
        return timeText(r.entry.createdAt);
    case Person:
        return personText(r.userName, r.osmUsername);
    case Amount: {
        // A credit shows its sign too: the column is read as "+ credit, − debit".
        const QString text = core::formatMoney(r.entry.amount, m_currency, locale());
        return r.entry.amount.cents() > 0 ? locale().positiveSign() + text : text;
    }
    case Reason:
        return r.entry.note;
    case By:
        return r.createdByName;
    }
    return {};
}

QVariant OrgAdjustmentsModel::sortOf(int row, int column) const
{
    const domain::AdjustmentRow &r = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case Date:
        return r.entry.createdAt;
    case Amount:
        return r.entry.amount.cents();
    default:
        return displayOf(row, column);
    }
}

QString OrgAdjustmentsModel::csvOf(int row, int column) const
{
    if (column == Amount)
        return core::toDecimalString(m_rows.at(row).entry.amount);
    return RecordTableModel::csvOf(row, column);
}

} // namespace mikro::models
