#pragma once

#include "models/RecordTableModel.h"
#include "services/sync/SyncTypes.h"

namespace mikro::models {

/// One project's run history on the Sync page (UI.md §5.8): Started · Status · Mode · Requested
/// by · Requests · New events · Error (its first line), newest first, a page at a time.
class SyncRunsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Status, Mode, RequestedBy, Requests, NewEvents, Error };

    explicit SyncRunsModel(QObject *parent = nullptr);

    void setRuns(const QList<sync::ProjectSyncStatus> &runs);
    void appendRuns(const QList<sync::ProjectSyncStatus> &runs);
    [[nodiscard]] const sync::ProjectSyncStatus &runAt(int row) const { return m_runs.at(row); }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_runs.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_runs.at(row).runId; }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    QList<sync::ProjectSyncStatus> m_runs;
};

} // namespace mikro::models
