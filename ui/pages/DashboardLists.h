#pragma once

#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/training/TrainingCatalog.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace mikro::ui {

/// The dashboard's two lists (UI.md §3.1): "My projects" — the five with the latest activity,
/// with their rates and "Open in Tasking Manager" — and "To do": required trainings not passed,
/// checklists in progress with their due dates, and requests rejected in the last 30 days with
/// the reason. Each "To do" line leads to the page where it is done.
class DashboardLists : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ProjectsShown = 5;

    struct Data
    {
        domain::UserProjects projects;
        QList<domain::TrainingView> trainings;
        domain::OwnChecklists checklists;
        domain::PaymentRecordSet records;
    };

    explicit DashboardLists(QWidget *parent = nullptr);

    void setData(const Data &shown, const QString &currency, const QDateTime &now);
    [[nodiscard]] QTreeWidget *projects() const { return m_projects; }
    /// Off for a validator, whose dashboard has the fuller "My projects" table (UI.md §4.1).
    void setProjectsShown(bool shown) { m_projectsShown = shown; }
    [[nodiscard]] QListWidget *toDo() const { return m_toDo; }
    /// The lines of "To do" as shown.
    [[nodiscard]] QStringList toDoLines() const;

signals:
    void projectLinkRequested(const QUrl &url);
    void trainingPageRequested();
    void checklistsPageRequested();
    void paymentsPageRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillProjects();
    void fillToDo();
    void addToDo(const QString &text, int target);
    void addTrainingToDo();
    void addChecklistToDo();
    void addRejectionToDo();
    void openCurrentProject();
    void retranslateUi();

    QLabel *m_projectsHeading = nullptr;
    QTreeWidget *m_projects = nullptr;
    QLabel *m_projectsEmpty = nullptr;
    bool m_projectsShown = true;
    QPushButton *m_open = nullptr;
    QLabel *m_toDoHeading = nullptr;
    QListWidget *m_toDo = nullptr;
    std::optional<Data> m_data;
    QString m_currency;
    QDateTime m_now;
};

} // namespace mikro::ui
