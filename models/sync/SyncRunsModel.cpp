#include "models/sync/SyncRunsModel.h"

#include "models/sync/SyncWords.h"

#include <QCoreApplication>

namespace mikro::models {

namespace {

QString word(const char *text)
{
    return QCoreApplication::translate("mikro::models::SyncRunsModel", text);
}

} // namespace

SyncRunsModel::SyncRunsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Started") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Status") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Mode") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Requested by") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Requests"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "New events"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Error") } },
        parent)
{
}

void SyncRunsModel::setRuns(const QList<sync::ProjectSyncStatus> &runs)
{
    beginResetModel();
    m_runs = runs;
    refreshLocale();
    endResetModel();
}

void SyncRunsModel::appendRuns(const QList<sync::ProjectSyncStatus> &runs)
{
    if (runs.isEmpty())
        return;
    const int first = static_cast<int>(m_runs.size());
    beginInsertRows({}, first, first + static_cast<int>(runs.size()) - 1);
    m_runs << runs;
    endInsertRows();
}

QVariant SyncRunsModel::displayOf(int row, int column) const
{
    const sync::ProjectSyncStatus &r = m_runs.at(row);
    switch (column) {
    case Started:
        return timeText(r.startedAt);
    case Status:
        return syncStateText(stateOfRun(r.status));
    case Mode:
        return r.mode == sync::SyncMode::Full
            ? word(QT_TRANSLATE_NOOP("mikro::models::SyncRunsModel", "Full"))
            : word(QT_TRANSLATE_NOOP("mikro::models::SyncRunsModel", "Incremental"));
    case RequestedBy:
        return r.requestedBy.isEmpty()
            ? word(QT_TRANSLATE_NOOP("mikro::models::SyncRunsModel", "Schedule"))
            : (r.requestedByName.isEmpty() ? r.requestedBy : r.requestedByName);
    case Requests:
        return locale().toString(r.requestsMade);
    case NewEvents:
        return locale().toString(r.eventsIngested);
    case Error:
        return firstLine(r.error);
    default:
        return {};
    }
}

QVariant SyncRunsModel::sortOf(int row, int column) const
{
    const sync::ProjectSyncStatus &r = m_runs.at(row);
    switch (column) {
    case Started:
        return r.startedAt;
    case Status:
        return static_cast<int>(stateOfRun(r.status));
    case Mode:
        return static_cast<int>(r.mode);
    case RequestedBy:
        return r.requestedByName;
    case Requests:
        return r.requestsMade;
    case NewEvents:
        return r.eventsIngested;
    case Error:
        return r.error;
    default:
        return {};
    }
}

QString SyncRunsModel::statusOf(int row) const
{
    return syncStateKey(stateOfRun(m_runs.at(row).status));
}

} // namespace mikro::models
