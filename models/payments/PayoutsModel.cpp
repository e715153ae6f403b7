#include "models/payments/PayoutsModel.h"

#include <algorithm>

namespace mikro::models {

PayoutsModel::PayoutsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Paid on") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Amount"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Transfer reference") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Paid to") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Request #"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Note") } },
        parent)
{
}

void PayoutsModel::setPayments(const QList<domain::PaymentRow> &payments, const QString &currency)
{
    beginResetModel();
    m_rows = payments;
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [](const domain::PaymentRow &a, const domain::PaymentRow &b) {
            return a.paidAt > b.paidAt || (a.paidAt == b.paidAt && a.id > b.id);
        });
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QVariant PayoutsModel::displayOf(int row, int column) const
{
    const domain::PaymentRow &r = m_rows.at(row);
    switch (column) {
    case PaidOn:
        return timeText(r.paidAt);
    case Amount:
        return core::formatMoney(r.amount, m_currency, locale());
    case TransferReference:
        return r.externalRef;
    case PaidTo:
        return r.paymentEmail;
    case RequestNumber:
        return r.requestId > 0 ? locale().toString(r.requestId) : QString();
    case Note:
        return r.notes;
    default:
        return {};
    }
}

QVariant PayoutsModel::sortOf(int row, int column) const
{
    const domain::PaymentRow &r = m_rows.at(row);
    switch (column) {
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

QString PayoutsModel::csvOf(int row, int column) const
{
    if (column == Amount)
        return core::toDecimalString(m_rows.at(row).amount);
    return RecordTableModel::csvOf(row, column);
}

} // namespace mikro::models
