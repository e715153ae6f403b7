#pragma once

#include "services/client/SyncClient.h"
#include "ui/common/Page.h"

#include <QSet>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace mikro::models {
class SyncProjectsModel;
class SyncRunsModel;
} // namespace mikro::models

namespace mikro::ui {

class FigureCard;
class RecordTable;

/// Tasking Manager sync for an admin (UI.md §5.8): cards (Synced projects, Last completed run,
/// Failed last run, New events (24 h), Needs review); each project with its last run and, while
/// it syncs, its phase and a bar; the selected project's run history, a page at a time, with the
/// full error of the selected run. Sync now (selected rows, Ctrl+Shift+S, incremental or full),
/// Sync all active, Cancel and Open in Tasking Manager. While runs go on the page reads their
/// progress every 1.5 s, also when it is not shown, and says in the status bar how far they are
/// and how they ended.
class OrgSyncPage : public Page
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds PollEvery { 1500 };

    explicit OrgSyncPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *projectsTable() const { return m_projectsTable; }
    [[nodiscard]] RecordTable *runsTable() const { return m_runsTable; }
    /// Selects a project's row (and reads its run history).
    void selectProject(qint64 projectId);

signals:
    void reviewPageRequested();

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void present(const client::SyncOverview &overview);
    void poll();
    void showCards(const client::SyncOverview &overview);
    void followBatch();
    void loadRuns(bool older);
    void showRunError();
    void updateActions();
    void startSync(const QList<qint64> &projects);
    void cancelSync();
    [[nodiscard]] const sync::ProjectSyncStatus *currentProject() const;
    [[nodiscard]] bool anyBusy() const;
    void retranslateUi();

    models::SyncProjectsModel *m_projects = nullptr;
    models::SyncRunsModel *m_runs = nullptr;
    RecordTable *m_projectsTable = nullptr;
    RecordTable *m_runsTable = nullptr;
    FigureCard *m_syncedCard = nullptr;
    FigureCard *m_lastCard = nullptr;
    FigureCard *m_failedCard = nullptr;
    FigureCard *m_eventsCard = nullptr;
    FigureCard *m_reviewCard = nullptr;
    QPushButton *m_openReview = nullptr;
    QPushButton *m_syncNow = nullptr;
    QCheckBox *m_full = nullptr;
    QPushButton *m_syncAll = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openTm = nullptr;
    QLabel *m_footer = nullptr;
    QLabel *m_historyTitle = nullptr;
    QPushButton *m_older = nullptr;
    QPlainTextEdit *m_errorText = nullptr;
    QPushButton *m_copyError = nullptr;
    QTimer *m_poll = nullptr;
    QSet<qint64> m_batch; ///< the projects this page asked to sync, until they all ended
    int m_needsReview = 0;
    qint64 m_historyOf = 0; ///< the project whose runs are shown
    qint64 m_historyRun = 0; ///< that project's latest run when its history was read
    sync::RunStatus m_historyStatus = sync::RunStatus::Running; ///< and that run's state
    qint64 m_nextBefore = 0;
    qint64 m_wanted = 0; ///< a project to select once the board is read
    bool m_polling = false;
    bool m_progressWidened = false;
    bool m_sending = false;
};

} // namespace mikro::ui
