#include "models/dashboard/WeeklyTasksModel.h"

#include "models/ItemRoles.h"

namespace mikro::models {

WeeklyTasksModel::WeeklyTasksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WeeklyTasksModel::setSeries(const domain::WeeklySeries &weekly, const QList<Series> &shown)
{
    beginResetModel();
    m_weekly = weekly;
    m_shown = shown;
    m_locale = QLocale();
    endResetModel();
}

QString WeeklyTasksModel::weekLabel(int week) const
{
    return m_locale.toString(m_weekly.weekStarts.value(week), QStringLiteral("d MMM"));
}

int WeeklyTasksModel::count(int week, int series) const
{
    return m_weekly.series.value(m_shown.at(series).key).value(week);
}

bool WeeklyTasksModel::isEmpty() const
{
    for (int s = 0; s < seriesCount(); ++s)
        for (int w = 0; w < rowCount(); ++w)
            if (count(w, s) != 0)
                return false;
    return true;
}

int WeeklyTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_weekly.weekStarts.size());
}

int WeeklyTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + seriesCount();
}

QVariant WeeklyTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int week = index.row();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return weekLabel(week);
        if (role == SortRole)
            return m_weekly.weekStarts.value(week);
        return {};
    }
    const int n = count(week, index.column() - 1);
    if (role == Qt::DisplayRole)
        return m_locale.toString(n);
    if (role == SortRole)
        return n;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WeeklyTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Week of") : m_shown.at(section - 1).label;
}

} // namespace mikro::models
