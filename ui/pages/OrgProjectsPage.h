#pragma once

#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/training/TrainingCatalog.h"
#include "ui/common/Page.h"

#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;

namespace mikro::models {
class OrgProjectsModel;
}

namespace mikro::ui {

class FigureCard;
class RecordTable;

/// Projects for an admin (UI.md §5.3): cards (Active, Inactive, Tasks and Spent of the active
/// projects, Near budget); every project of the organisation with its budget use, filtered by
/// status and searchable; an overview of the selected one; Add project… (Ctrl+N), Edit…,
/// Members…, Sync now, Sync history (the Sync page with the project selected), Open in Tasking
/// Manager, Activate / Deactivate…, Delete… (only without earnings).
class OrgProjectsPage : public Page
{
    Q_OBJECT
public:
    explicit OrgProjectsPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *table() const { return m_table; }
    /// Makes `projectId`'s row current (now, or once the projects are read).
    bool selectProject(qint64 projectId);

signals:
    /// Sync history: the Sync page with this project selected.
    void syncHistoryRequested(qint64 projectId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void readTrainings(QList<domain::ProjectRow> projects);
    void showProjects();
    void showDetail();
    void applyFilter();
    void updateActions();
    void addProject();
    void editProject();
    void showMembers();
    void openInTaskingManager();
    void toggleActive();
    void confirmDelete();
    void syncNow();
    void sendActive(const domain::ProjectRow &project, bool active);
    [[nodiscard]] const domain::ProjectRow *current() const;
    [[nodiscard]] QHash<qint64, QString> trainingTitles() const;
    void retranslateUi();

    models::OrgProjectsModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    FigureCard *m_active = nullptr;
    FigureCard *m_inactive = nullptr;
    FigureCard *m_tasks = nullptr;
    FigureCard *m_spent = nullptr;
    FigureCard *m_nearBudget = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_members = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_syncHistory = nullptr;
    QPushButton *m_activity = nullptr;
    QPushButton *m_delete = nullptr;
    QList<domain::TrainingView> m_trainings;
    qint64 m_wanted = 0; ///< a project to select once the projects are read
    bool m_sending = false;
};

} // namespace mikro::ui
