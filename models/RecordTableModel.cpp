#include "models/RecordTableModel.h"

#include "models/ItemRoles.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mikro::models {

RecordTableModel::RecordTableModel(QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayOf(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (m_columns.at(index.column()).numeric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortOf(index.row(), index.column());
    case StatusRole:
        return statusOf(index.row());
    case IdRole:
        return idOf(index.row());
    case CsvRole:
        return csvOf(index.row(), index.column());
    case ProgressRole:
        return progressOf(index.row(), index.column());
    case WaitingRole:
        return index.column() == 0 && waitingOf(index.row());
    case Qt::ToolTipRole:
        if (index.column() == 0 && waitingOf(index.row()))
            return QCoreApplication::translate(
                "mikro::models::RecordTableModel", "Waiting to send");
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("mikro::models::Columns", m_columns.at(section).header);
    if (role == Qt::TextAlignmentRole && m_columns.at(section).numeric)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString RecordTableModel::statusOf(int) const
{
    return {};
}

bool RecordTableModel::waitingOf(int) const
{
    return false;
}

QVariant RecordTableModel::progressOf(int, int) const
{
    return {};
}

QString RecordTableModel::csvOf(int row, int column) const
{
    const QVariant value = sortOf(row, column);
    if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? time.toLocalTime()
                                    .toOffsetFromUtc(time.toLocalTime().offsetFromUtc())
                                    .toString(Qt::ISODate)
                              : QString();
    }
    return value.toString();
}

QString RecordTableModel::timeText(const QDateTime &time) const
{
    return time.isValid() ? m_locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString RecordTableModel::personText(const QString &name, const QString &osmUsername)
{
    return osmUsername.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, osmUsername);
}

} // namespace mikro::models
