#pragma once

#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/training/TrainingCatalog.h"
#include "ui/common/Page.h"

#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;

namespace mikro::models {
class ProjectsModel;
}

namespace mikro::ui {

class RecordTable;

/// Where to map, at which rates, and what the person earned there (UI.md §3.2): the projects
/// they are on ("Assigned to me", the default) or the open ones they may join, a detail pane with
/// the task counts as of the last sync and the required trainings with the person's status, and
/// the actions Open in Tasking Manager (the default), Copy link, Join and Leave.
class ProjectsPage : public Page
{
    Q_OBJECT
public:
    enum class Filter { Assigned, Open };

    explicit ProjectsPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *table() const { return m_table; }
    void setFilter(Filter filter);

signals:
    void trainingPageRequested();

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void showProjects();
    void showDetail();
    void updateActions();
    void openInTaskingManager();
    void copyLink();
    void join();
    void confirmLeave();
    void changeMembership(bool joining, const domain::ProjectRow &project);
    [[nodiscard]] const domain::MemberProject *current() const;
    void retranslateUi();

    models::ProjectsModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailLink = nullptr;
    QLabel *m_detailCounts = nullptr;
    QLabel *m_detailRates = nullptr;
    QLabel *m_detailTrainings = nullptr;
    QPushButton *m_openTraining = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_joinBlocked = nullptr; ///< why Join is not offered
    domain::UserProjects m_projects;
    QHash<qint64, domain::TrainingView> m_trainings;
    bool m_changing = false;
};

} // namespace mikro::ui
