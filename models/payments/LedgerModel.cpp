#include "models/payments/LedgerModel.h"

#include "models/StatusWords.h"

namespace mikro::models {

LedgerModel::LedgerModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Date") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Kind") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "For") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Amount"), true } },
        parent)
{
}

void LedgerModel::setKind(std::optional<domain::LedgerKind> kind)
{
    if (m_query.kind == kind)
        return;
    m_query.kind = kind;
    m_waiting = false;
    emit queryChanged(m_query);
}

void LedgerModel::restart(const domain::LedgerPage &first, const QString &currency)
{
    beginResetModel();
    m_rows = first.rows;
    m_total = first.total;
    m_currency = currency;
    m_waiting = false;
    refreshLocale();
    endResetModel();
}

bool LedgerModel::append(const domain::LedgerPage &page, const domain::LedgerQuery &askedFor)
{
    domain::LedgerQuery current = m_query;
    current.offset = askedFor.offset;
    current.limit = askedFor.limit;
    if (!(current == askedFor) || page.offset != m_rows.size()) {
        return false; // an answer to an older sort or filter, or a page already here
    }
    m_waiting = false;
    m_total = page.total;
    if (page.rows.isEmpty())
        return true;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
    m_rows += page.rows;
    endInsertRows();
    return true;
}

bool LedgerModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_waiting && m_rows.size() < m_total;
}

void LedgerModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    domain::LedgerQuery next = m_query;
    next.offset = m_rows.size();
    emit moreWanted(next);
}

void LedgerModel::sort(int column, Qt::SortOrder order)
{
    domain::LedgerQuery wanted = m_query;
    wanted.sort = column == Kind ? domain::LedgerQuery::Sort::Kind
        : column == Amount       ? domain::LedgerQuery::Sort::Amount
                                 : domain::LedgerQuery::Sort::Date;
    wanted.descending = order == Qt::DescendingOrder;
    if (wanted == m_query)
        return;
    m_query = wanted;
    m_waiting = false;
    emit queryChanged(m_query);
}

QString LedgerModel::forText(const domain::LedgerRow &row) const
{
    if (row.checklistId > 0)
        return row.checklistName;
    if (row.projectId > 0) {
        const QString project = row.projectName.isEmpty()
            ? tr("Project %1").arg(locale().toString(row.projectId))
            : row.projectName;
        return row.taskId > 0 ? tr("%1 · task #%2").arg(project).arg(row.taskId) : project;
    }
    return row.note;
}

QVariant LedgerModel::displayOf(int row, int column) const
{
    const domain::LedgerRow &r = m_rows.at(row);
    switch (column) {
    case Date:
        return timeText(r.createdAt);
    case Kind:
        return ledgerKindWord(r.kind);
    case For:
        return forText(r);
    case Amount:
        return core::formatMoney(r.amount, m_currency, locale());
    default:
        return {};
    }
}

QVariant LedgerModel::sortOf(int row, int column) const
{
    const domain::LedgerRow &r = m_rows.at(row);
    switch (column) {
    case Date:
        return r.createdAt;
    case Kind:
        return domain::ledgerKindText(r.kind);
    case Amount:
        return r.amount.cents();
    default:
        return displayOf(row, column);
    }
}

QString LedgerModel::csvOf(int row, int column) const
{
    if (column == Amount)
        return core::toDecimalString(m_rows.at(row).amount);
    return RecordTableModel::csvOf(row, column);
}

} // namespace mikro::models
