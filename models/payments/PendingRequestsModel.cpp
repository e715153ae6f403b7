#include "models/payments/PendingRequestsModel.h"

namespace mikro::models {

PendingRequestsModel::PendingRequestsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "#"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Person") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Paid to") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Requested") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Amount"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Note") } },
        parent)
{
}

void PendingRequestsModel::setRequests(
    const QList<domain::PayRequestRow> &pending, const QString &currency)
{
    beginResetModel();
    m_rows = pending;
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QVariant PendingRequestsModel::displayOf(int row, int column) const
{
    const domain::PayRequestRow &r = m_rows.at(row);
    switch (column) {
    case Number:
        return locale().toString(r.id);
    case Person:
        return r.osmUsername.isEmpty() ? r.userName
                                       : QStringLiteral("%1 (%2)").arg(r.userName, r.osmUsername);
    case PaidTo:
        return r.paymentEmail;
    case Requested:
        return timeText(r.requestedAt);
    case Amount:
        return core::formatMoney(r.amount, m_currency, locale());
    case Note:
        return r.notes;
    default:
        return {};
    }
}

QVariant PendingRequestsModel::sortOf(int row, int column) const
{
    const domain::PayRequestRow &r = m_rows.at(row);
    switch (column) {
    case Number:
        return r.id;
    case Requested:
        return r.requestedAt;
    case Amount:
        return r.amount.cents();
    default:
        return displayOf(row, column);
    }
}

QString PendingRequestsModel::statusOf(int row) const
{
    return domain::paymentStatusText(m_rows.at(row).status);
}

QString PendingRequestsModel::csvOf(int row, int column) const
{
    if (column == Amount)
        return core::toDecimalString(m_rows.at(row).amount);
    return RecordTableModel::csvOf(row, column);
}

} // namespace mikro::models
