#include "models/people/PersonWorkModels.h"

#include "models/StatusWords.h"
#include "models/checklists/ChecklistAssignmentsModel.h"
#include "services/core/Money.h"

#include <QCoreApplication>

namespace mikro::models {

namespace {

AssignmentState stateOf(const domain::PersonChecklist &c)
{
    if (c.fullyConfirmed)
        return AssignmentState::Confirmed;
    if (c.completed)
        return AssignmentState::AwaitingConfirmation;
    return c.done > 0 ? AssignmentState::InProgress : AssignmentState::Assigned;
}

QString countOf(int n, int of, const QLocale &locale)
{
    return QStringLiteral("%1/%2").arg(locale.toString(n), locale.toString(of));
}

} // namespace

PersonProjectsModel::PersonProjectsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Project") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Role") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Assigned") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Mapped"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Validated"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Earned"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Status") } },
        parent)
{
}

void PersonProjectsModel::setProjects(
    const QList<domain::PersonProject> &projects, const QString &currency)
{
    beginResetModel();
    m_rows = projects;
    m_currency = currency;
    refreshLocale();
    endResetModel();
}

QVariant PersonProjectsModel::displayOf(int row, int column) const
{
    const domain::PersonProject &p = m_rows.at(row);
    switch (column) {
    case Project:
        return p.name;
    case Role:
        return memberRoleWord(p.role);
    case Assigned:
        return timeText(p.assignedAt);
    case Mapped:
        return locale().toString(p.tasksMapped);
    case Validated:
        return locale().toString(p.tasksValidated);
    case Earned:
        return core::formatMoney(p.earned, m_currency, locale());
    case Status:
        return p.active
            ? QCoreApplication::translate("mikro::models::PersonWorkModels", "Active")
            : QCoreApplication::translate("mikro::models::PersonWorkModels", "Inactive");
    default:
        return {};
    }
}

QVariant PersonProjectsModel::sortOf(int row, int column) const
{
    const domain::PersonProject &p = m_rows.at(row);
    switch (column) {
    case Project:
        return p.name.toLower();
    case Role:
        return static_cast<int>(p.role);
    case Assigned:
        return p.assignedAt;
    case Mapped:
        return p.tasksMapped;
    case Validated:
        return p.tasksValidated;
    case Earned:
        return p.earned.cents();
    case Status:
        return p.active;
    default:
        return {};
    }
}

QString PersonProjectsModel::statusOf(int row) const
{
    return m_rows.at(row).active ? QStringLiteral("active") : QStringLiteral("inactive");
}

PersonTrainingsModel::PersonTrainingsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Training") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Type") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Points"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Passed") } },
        parent)
{
}

void PersonTrainingsModel::setTrainings(const QList<domain::PersonTraining> &trainings)
{
    beginResetModel();
    m_rows = trainings;
    refreshLocale();
    endResetModel();
}

QVariant PersonTrainingsModel::displayOf(int row, int column) const
{
    const domain::PersonTraining &t = m_rows.at(row);
    switch (column) {
    case Training:
        return t.title;
    case Type:
        return trainingTypeWord(t.type);
    case Points:
        return locale().toString(t.points);
    case Passed:
        return timeText(t.completedAt);
    default:
        return {};
    }
}

QVariant PersonTrainingsModel::sortOf(int row, int column) const
{
    const domain::PersonTraining &t = m_rows.at(row);
    switch (column) {
    case Training:
        return t.title.toLower();
    case Type:
        return static_cast<int>(t.type);
    case Points:
        return t.points;
    case Passed:
        return t.completedAt;
    default:
        return {};
    }
}

PersonChecklistsModel::PersonChecklistsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Checklist") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "State") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Done"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Confirmed"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Started") } },
        parent)
{
}

void PersonChecklistsModel::setChecklists(const QList<domain::PersonChecklist> &checklists)
{
    beginResetModel();
    m_rows = checklists;
    refreshLocale();
    endResetModel();
}

QVariant PersonChecklistsModel::displayOf(int row, int column) const
{
    const domain::PersonChecklist &c = m_rows.at(row);
    switch (column) {
    case Checklist:
        return c.name;
    case State:
        return assignmentStateText(stateOf(c));
    case Done:
        return countOf(c.done, c.items, locale());
    case Confirmed:
        return countOf(c.confirmed, c.items, locale());
    case Started:
        return timeText(c.startedAt);
    default:
        return {};
    }
}

QVariant PersonChecklistsModel::sortOf(int row, int column) const
{
    const domain::PersonChecklist &c = m_rows.at(row);
    switch (column) {
    case Checklist:
        return c.name.toLower();
    case State:
        return static_cast<int>(stateOf(c));
    case Done:
        return c.items > 0 ? double(c.done) / c.items : 0.0;
    case Confirmed:
        return c.items > 0 ? double(c.confirmed) / c.items : 0.0;
    case Started:
        return c.startedAt;
    default:
        return {};
    }
}

} // namespace mikro::models
