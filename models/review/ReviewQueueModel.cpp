#include "models/review/ReviewQueueModel.h"

#include "models/StatusWords.h"

namespace mikro::models {

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Project") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Task #"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Mapped by") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validated by") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Reason") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validated on") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Mapping rate"), true } },
        parent)
{
}

void ReviewQueueModel::setItems(const QList<domain::ReviewItem> &items, const QString &currency)
{
    beginResetModel();
    m_all = items;
    m_currency = currency;
    refreshLocale();
    applyFilter();
    endResetModel();
}

void ReviewQueueModel::setFilter(
    std::optional<domain::ReviewReason> reason, std::optional<qint64> projectId)
{
    beginResetModel();
    m_reason = reason;
    m_project = projectId;
    applyFilter();
    endResetModel();
}

void ReviewQueueModel::applyFilter()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        if ((!m_reason || m_all[i].reason == *m_reason)
            && (!m_project || m_all[i].projectId == *m_project))
            m_shown << i;
}

QVariant ReviewQueueModel::displayOf(int row, int column) const
{
    const domain::ReviewItem &r = itemAt(row);
    switch (static_cast<Column>(column)) {
    case Project:
        return r.projectName;
    case Task:
        return locale().toString(r.taskId);
    case MappedBy:
        return r.mapperName.isEmpty() ? r.mappedBy
                                      : QStringLiteral("%1 (%2)").arg(r.mappedBy, r.mapperName);
    case ValidatedBy:
        return r.validatedBy;
    case Reason:
        return reviewReasonWord(r.reason);
    case ValidatedOn:
        return timeText(r.validatedAt);
    case MappingRate:
        return core::formatMoney(r.mappingRate, m_currency, locale());
    }
    return {};
}

QVariant ReviewQueueModel::sortOf(int row, int column) const
{
    const domain::ReviewItem &r = itemAt(row);
    switch (static_cast<Column>(column)) {
    case Task:
        return r.taskId;
    case ValidatedOn:
        return r.validatedAt;
    case MappingRate:
        return r.mappingRate.cents();
    default:
        return displayOf(row, column);
    }
}

QString ReviewQueueModel::csvOf(int row, int column) const
{
    if (column == MappingRate)
        return core::toDecimalString(itemAt(row).mappingRate);
    if (column == Reason)
        return domain::reviewReasonText(itemAt(row).reason);
    return RecordTableModel::csvOf(row, column);
}

qint64 ReviewQueueModel::idOf(int row) const
{
    // Unique within the organisation: the project's id and the task's number.
    return itemAt(row).projectId * 1000000000 + itemAt(row).taskId;
}

} // namespace mikro::models
