#include "models/payments/OrgRequestsModel.h"

#include "models/StatusWords.h"

namespace mikro::models {

OrgRequestsModel::OrgRequestsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "#"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Person") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Paid to") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Requested") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Amount"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Note") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Status") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Decided by") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Decided") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Decision note") } },
        parent)
{
}

void OrgRequestsModel::setRequests(
    const QList<domain::PayRequestRow> &requests, const QString &currency)
{
    beginResetModel();
    m_all = requests;
    m_currency = currency;
    refreshLocale();
    applyFilter();
    endResetModel();
}

void OrgRequestsModel::setStatusFilter(std::optional<domain::PaymentStatus> status)
{
    beginResetModel();
    m_status = status;
    applyFilter();
    endResetModel();
}

void OrgRequestsModel::applyFilter()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        if (!m_status || m_all[i].status == *m_status)
            m_shown << i;
}

QVariant OrgRequestsModel::displayOf(int row, int column) const
{
    const domain::PayRequestRow &r = requestAt(row);
    switch (static_cast<Column>(column)) {
    case Number:
        return locale().toString(r.id);
    case Person:
        return personText(r.userName, r.osmUsername);
    case PaidTo:
        return r.paymentEmail;
    case Requested:
        return timeText(r.requestedAt);
    case Amount:
        return core::formatMoney(r.amount, m_currency, locale());
    case Note:
        return r.notes;
    case Status:
        return paymentStatusWord(r.status);
    case DecidedBy:
        return r.decidedByName;
    case Decided:
        return timeText(r.decidedAt);
    case DecisionNote:
        return r.decisionNote;
    }
    return {};
}

QVariant OrgRequestsModel::sortOf(int row, int column) const
{
    const domain::PayRequestRow &r = requestAt(row);
    switch (static_cast<Column>(column)) {
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

QString OrgRequestsModel::statusOf(int row) const
{
    return domain::paymentStatusText(requestAt(row).status);
}

QString OrgRequestsModel::csvOf(int row, int column) const
{
    if (column == Amount)
        return core::toDecimalString(requestAt(row).amount);
    if (column == Status)
        return domain::paymentStatusText(requestAt(row).status);
    return RecordTableModel::csvOf(row, column);
}

} // namespace mikro::models
