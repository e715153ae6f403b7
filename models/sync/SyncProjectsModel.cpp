#include "models/sync/SyncProjectsModel.h"

#include <QCoreApplication>

namespace mikro::models {

SyncProjectsModel::SyncProjectsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Project") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "TM4 #"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Members"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Last run") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Progress") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Started") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Finished") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Duration"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Requests"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "New events"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Last error") } },
        parent)
{
}

void SyncProjectsModel::setBoard(
    const QList<sync::ProjectSyncStatus> &projects, const sync::SchedulerStatus &scheduler)
{
    beginResetModel();
    m_projects = projects;
    m_scheduler = scheduler;
    refreshLocale();
    endResetModel();
}

SyncState SyncProjectsModel::stateAt(int row) const
{
    const sync::ProjectSyncStatus &p = m_projects.at(row);
    if (m_scheduler.running && m_scheduler.progress.projectId == p.projectId)
        return SyncState::Running;
    if (m_scheduler.queuedProjects.contains(p.projectId))
        return SyncState::Waiting;
    if (p.runId != 0 && p.status == sync::RunStatus::Running)
        // Not this scheduler's: another instance holds it until its lease ends (UI.md §5.8).
        return p.leaseUntil.isValid() ? SyncState::RunningElsewhere : SyncState::Running;
    if (p.members == 0)
        return SyncState::NoMembers;
    return p.runId == 0 ? SyncState::Never : stateOfRun(p.status);
}

int SyncProjectsModel::rowOf(qint64 projectId) const
{
    for (int i = 0; i < m_projects.size(); ++i)
        if (m_projects.at(i).projectId == projectId)
            return i;
    return -1;
}

QString SyncProjectsModel::progressText(int row) const
{
    const sync::SyncProgress &p = m_scheduler.progress;
    if (!m_scheduler.running || p.projectId != m_projects.at(row).projectId)
        return {};
    if (p.tasksToFetch == 0)
        return QCoreApplication::translate("mikro::models::SyncProjectsModel", "Listing tasks…");
    return QCoreApplication::translate(
        "mikro::models::SyncProjectsModel", "Fetching histories %1 / %2")
        .arg(locale().toString(p.tasksFetched), locale().toString(p.tasksToFetch));
}

QVariant SyncProjectsModel::displayOf(int row, int column) const
{
    const sync::ProjectSyncStatus &p = m_projects.at(row);
    const bool ran = p.runId != 0;
    // A run's figures are written when it ends: a running one has none yet.
    const bool ended = ran && p.status != sync::RunStatus::Running;
    switch (column) {
    case Project:
        return p.name;
    case Tm4Id:
        return QString::number(p.projectId);
    case Members:
        return locale().toString(p.members);
    case LastRun:
        if (stateAt(row) == SyncState::RunningElsewhere)
            return QCoreApplication::translate(
                "mikro::models::SyncProjectsModel", "Running elsewhere until %1")
                .arg(locale().toString(p.leaseUntil.toLocalTime().time(), QLocale::ShortFormat));
        return syncStateText(stateAt(row));
    case Started:
        return ran ? timeText(p.startedAt) : QString();
    case Finished:
        return ended ? timeText(p.finishedAt) : QString();
    case Duration:
        return ended ? durationText(p.startedAt, p.finishedAt) : QString();
    case Requests:
        return ended ? locale().toString(p.requestsMade) : QString();
    case NewEvents:
        return ended ? locale().toString(p.eventsIngested) : QString();
    case LastError:
        return firstLine(p.error);
    case Progress:
        return progressText(row);
    default:
        return {};
    }
}

QVariant SyncProjectsModel::sortOf(int row, int column) const
{
    const sync::ProjectSyncStatus &p = m_projects.at(row);
    switch (column) {
    case Project:
        return p.name.toLower();
    case Tm4Id:
        return p.projectId;
    case Members:
        return p.members;
    case LastRun:
        // Failed first, then running, waiting…; within a state by project.
        return QStringLiteral("%1 %2").arg(static_cast<int>(stateAt(row))).arg(p.name.toLower());
    case Started:
        return p.startedAt;
    case Finished:
        return p.finishedAt;
    case Duration:
        return p.startedAt.isValid() && p.finishedAt.isValid() ? p.startedAt.secsTo(p.finishedAt)
                                                               : -1;
    case Requests:
        return p.requestsMade;
    case NewEvents:
        return p.eventsIngested;
    case LastError:
        return p.error;
    case Progress:
        return progressOf(row, column);
    default:
        return {};
    }
}

QString SyncProjectsModel::statusOf(int row) const
{
    return syncStateKey(stateAt(row));
}

QVariant SyncProjectsModel::progressOf(int row, int column) const
{
    const sync::SyncProgress &p = m_scheduler.progress;
    if (column != Progress || !m_scheduler.running || p.projectId != m_projects.at(row).projectId)
        return {};
    return p.tasksToFetch > 0 ? static_cast<double>(p.tasksFetched) / p.tasksToFetch : 0.0;
}

} // namespace mikro::models
