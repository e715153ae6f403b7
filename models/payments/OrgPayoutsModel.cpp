#include "models/payments/OrgPayoutsModel.h"

namespace mikro::models {

OrgPayoutsModel::OrgPayoutsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Paid on") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Person") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Amount"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Transfer reference") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Paid to") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Request #"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Paid by") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Note") } },
        parent)
{
}

void OrgPayoutsModel::setPayments(
    const QList<domain::PaymentRow> &payments, const QString &currency)
{
    beginResetModel();
    m_rows = payments; // newest first, as the records are read
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QVariant OrgPayoutsModel::displayOf(int row, int column) const
{
    const domain::PaymentRow &r = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case PaidOn:
        return timeText(r.paidAt);
    case Person:
        return personText(r.userName, r.osmUsername);
    case Amount:
        return core::formatMoney(r.amount, m_currency, locale());
    case TransferReference:
        return r.externalRef;
    case PaidTo:
        return r.paymentEmail;
    case RequestNumber:
        return r.requestId > 0 ? locale().toString(r.requestId) : tr("Manual");
    case PaidBy:
        return r.paidByName;
    case Note:
        return r.notes;
    }
    return {};
}

QVariant OrgPayoutsModel::sortOf(int row, int column) const
{
    const domain::PaymentRow &r = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case PaidOn:
        return r.paidAt;
    case Amount:
        return r.amount.cents();
    case RequestNumber:
        return r.requestId;
    default:
        return displayOf(row, column);
    }
}

QString OrgPayoutsModel::csvOf(int row, int column) const
{
    const domain::PaymentRow &r = m_rows.at(row);
    if (column == Amount)
        return core::toDecimalString(r.amount);
    if (column == RequestNumber)
        return r.requestId > 0 ? QString::number(r.requestId) : QString();
    return RecordTableModel::csvOf(row, column);
}

} // namespace mikro::models
