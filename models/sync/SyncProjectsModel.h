#pragma once

#include "models/RecordTableModel.h"
#include "models/sync/SyncWords.h"

namespace mikro::models {

/// The Sync page's projects (UI.md §5.8): Project · TM4 # · Members · Last run · Progress ·
/// Started · Finished · Duration · Requests · New events · Last error (Progress next to the
/// state, so a running row's bar is seen without scrolling). A project the scheduler
/// is syncing reads Running with its phase and a bar ("Fetching histories 34 / 120"); one in its
/// queue reads Waiting. Sorted by Last run, failed first, then by project.
class SyncProjectsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Project,
        Tm4Id,
        Members,
        LastRun,
        Progress,
        Started,
        Finished,
        Duration,
        Requests,
        NewEvents,
        LastError
    };

    explicit SyncProjectsModel(QObject *parent = nullptr);

    void setBoard(
        const QList<sync::ProjectSyncStatus> &projects, const sync::SchedulerStatus &scheduler);
    [[nodiscard]] const sync::ProjectSyncStatus &projectAt(int row) const
    {
        return m_projects.at(row);
    }
    [[nodiscard]] SyncState stateAt(int row) const;
    /// The row of a project, or -1.
    [[nodiscard]] int rowOf(qint64 projectId) const;
    /// "Listing tasks…" or "Fetching histories 34 / 120" for the running project; empty
    /// otherwise.
    [[nodiscard]] QString progressText(int row) const;

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_projects.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_projects.at(row).projectId; }
    [[nodiscard]] QString statusOf(int row) const override;
    [[nodiscard]] QVariant progressOf(int row, int column) const override;

private:
    QList<sync::ProjectSyncStatus> m_projects;
    sync::SchedulerStatus m_scheduler;
};

} // namespace mikro::models
