#include "models/payments/PayoutRequestsModel.h"

#include "models/StatusWords.h"

#include <algorithm>

namespace mikro::models {

PayoutRequestsModel::PayoutRequestsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "#"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Requested") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Amount"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Status") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Decided") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "My note") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Decision note") } },
        parent)
{
}

void PayoutRequestsModel::setRequests(
    const domain::PaymentRecordSet &records, const QString &currency)
{
    beginResetModel();
    m_rows = records.pending + records.decided;
    std::stable_sort(m_rows.begin(), m_rows.end(),
        [](const domain::PayRequestRow &a, const domain::PayRequestRow &b) {
            return a.requestedAt > b.requestedAt || (a.requestedAt == b.requestedAt && a.id > b.id);
        });
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QVariant PayoutRequestsModel::displayOf(int row, int column) const
{
    const domain::PayRequestRow &r = m_rows.at(row);
    switch (column) {
    case Number:
        return locale().toString(r.id);
    case Requested:
        return timeText(r.requestedAt);
    case Amount:
        return core::formatMoney(r.amount, m_currency, locale());
    case Status:
        return paymentStatusWord(r.status);
    case Decided:
        return timeText(r.decidedAt);
    case MyNote:
        return r.notes;
    case DecisionNote:
        return r.decisionNote;
    default:
        return {};
    }
}

QVariant PayoutRequestsModel::sortOf(int row, int column) const
{
    const domain::PayRequestRow &r = m_rows.at(row);
    switch (column) {
    case Number:
        return r.id;
    case Requested:
        return r.requestedAt;
    case Amount:
        return r.amount.cents();
    case Status:
        return static_cast<int>(r.status);
    case Decided:
        return r.decidedAt;
    default:
        return displayOf(row, column);
    }
}

QString PayoutRequestsModel::statusOf(int row) const
{
    return domain::paymentStatusText(m_rows.at(row).status);
}

QString PayoutRequestsModel::csvOf(int row, int column) const
{
    if (column == Amount)
        return core::toDecimalString(m_rows.at(row).amount);
    if (column == Status)
        return domain::paymentStatusText(m_rows.at(row).status);
    return RecordTableModel::csvOf(row, column);
}

} // namespace mikro::models
