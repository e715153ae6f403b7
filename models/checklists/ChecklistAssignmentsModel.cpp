#include "models/checklists/ChecklistAssignmentsModel.h"

#include "models/checklists/MyChecklistsModel.h"

#include <QCoreApplication>

namespace mikro::models {

namespace {

QString word(const char *text)
{
    return QCoreApplication::translate("mikro::models::ChecklistAssignmentsModel", text);
}

} // namespace

AssignmentState assignmentState(const domain::InstanceView &v)
{
    if (v.confirmed)
        return AssignmentState::Confirmed;
    if (v.completed)
        return AssignmentState::AwaitingConfirmation;
    return itemsDone(v) > 0 ? AssignmentState::InProgress : AssignmentState::Assigned;
}

QString assignmentStateText(AssignmentState state)
{
    switch (state) {
    case AssignmentState::Assigned:
        return word(QT_TRANSLATE_NOOP("mikro::models::ChecklistAssignmentsModel", "Assigned"));
    case AssignmentState::InProgress:
        return word(QT_TRANSLATE_NOOP("mikro::models::ChecklistAssignmentsModel", "In progress"));
    case AssignmentState::AwaitingConfirmation:
        return word(
            QT_TRANSLATE_NOOP("mikro::models::ChecklistAssignmentsModel", "Awaiting confirmation"));
    case AssignmentState::Confirmed:
        return word(QT_TRANSLATE_NOOP("mikro::models::ChecklistAssignmentsModel", "Confirmed"));
    }
    return {};
}

ChecklistAssignmentsModel::ChecklistAssignmentsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Person") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Checklist") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "State") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Done"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Confirmed"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Started") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Last activity") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Due") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Stale") } },
        parent)
{
}

void ChecklistAssignmentsModel::setAssignments(const QList<domain::InstanceView> &assignments)
{
    beginResetModel();
    m_all = assignments;
    refreshLocale();
    applyFilter();
    endResetModel();
}

void ChecklistAssignmentsModel::setFilter(const Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void ChecklistAssignmentsModel::applyFilter()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const domain::InstanceView &v = m_all.at(i);
        if ((m_filter.templateId == 0 || v.checklistId == m_filter.templateId)
            && (!m_filter.state || assignmentState(v) == *m_filter.state)
            && (!m_filter.staleOnly || v.stale))
            m_shown << i;
    }
}

QString ChecklistAssignmentsModel::statusOf(int row) const
{
    return assignmentAt(row).stale ? QStringLiteral("stale") : QString();
}

QVariant ChecklistAssignmentsModel::displayOf(int row, int column) const
{
    const domain::InstanceView &v = assignmentAt(row);
    switch (column) {
    case Person:
        return v.userName;
    case Checklist:
        return v.checklist.name;
    case State:
        return assignmentStateText(assignmentState(v));
    case Done:
        return itemCountText(v, itemsDone(v), locale());
    case Confirmed:
        return itemCountText(v, itemsConfirmed(v), locale());
    case Started:
        return timeText(v.startedAt);
    case LastActivity:
        return timeText(lastActivityOf(v));
    case Due:
        return v.checklist.dueDate.isValid()
            ? locale().toString(v.checklist.dueDate, QLocale::ShortFormat)
            : QString();
    case Stale:
        return v.stale
            ? word(QT_TRANSLATE_NOOP("mikro::models::ChecklistAssignmentsModel", "Stale"))
            : QString();
    default:
        return {};
    }
}

QVariant ChecklistAssignmentsModel::sortOf(int row, int column) const
{
    const domain::InstanceView &v = assignmentAt(row);
    switch (column) {
    case State:
        return static_cast<int>(assignmentState(v));
    case Done:
        return itemFraction(v, itemsDone(v));
    case Confirmed:
        return itemFraction(v, itemsConfirmed(v));
    case Started:
        return v.startedAt;
    case LastActivity:
        return lastActivityOf(v);
    case Due:
        return dueSortKey(v);
    case Stale:
        return v.stale;
    default:
        return displayOf(row, column);
    }
}

} // namespace mikro::models
