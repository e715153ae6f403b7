#include "ui/pages/PersonWorkPanel.h"

#include "models/people/PersonWorkModels.h"
#include "services/client/PeopleClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/RecordTable.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mikro::ui {

namespace {

QWidget *tabOf(QWidget *content)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
    return tab;
}

} // namespace

PersonWorkPanel::PersonWorkPanel(client::PeopleClient &people, QString currency, QWidget *parent)
    : QWidget(parent)
    , m_people(people)
    , m_currency(std::move(currency))
    , m_projects(new models::PersonProjectsModel(this))
    , m_trainings(new models::PersonTrainingsModel(this))
    , m_checklists(new models::PersonChecklistsModel(this))
    , m_tabs(new QTabWidget)
    , m_projectsTable(new RecordTable(m_projects, QStringLiteral("personProjectsTable")))
    , m_trainingsTable(new RecordTable(m_trainings, QStringLiteral("personTrainingsTable")))
    , m_checklistsTable(new RecordTable(m_checklists, QStringLiteral("personChecklistsTable")))
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("personWorkPanel"));
    m_tabs->setObjectName(QStringLiteral("personWorkTabs"));
    m_problem->setObjectName(QStringLiteral("personWorkProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_projectsTable->setStatusColumn(models::PersonProjectsModel::Status);
    m_projectsTable->sortBy(models::PersonProjectsModel::Project, Qt::AscendingOrder);
    m_trainingsTable->sortBy(models::PersonTrainingsModel::Passed, Qt::DescendingOrder);
    m_checklistsTable->sortBy(models::PersonChecklistsModel::Started, Qt::DescendingOrder);
    m_tabs->addTab(tabOf(m_projectsTable), QString());
    m_tabs->addTab(tabOf(m_trainingsTable), QString());
    m_tabs->addTab(tabOf(m_checklistsTable), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs);
    retranslateUi();
}

RecordTable *PersonWorkPanel::table(Tab tab) const
{
    switch (tab) {
    case ProjectsTab:
        return m_projectsTable;
    case TrainingTab:
        return m_trainingsTable;
    case ChecklistsTab:
        return m_checklistsTable;
    }
    return nullptr;
}

void PersonWorkPanel::showPerson(const QString &userId, bool force)
{
    if (userId == m_shown && !force)
        return;
    m_shown = userId;
    m_projects->setProjects({}, m_currency);
    m_trainings->setTrainings({});
    m_checklists->setChecklists({});
    m_problem->setVisible(false);
    showEmptyTexts();
    if (userId.isEmpty())
        return;
    core::whenReady(
        m_people.work(userId), this, [this, userId](const core::Result<domain::PersonWork> &work) {
            if (userId != m_shown)
                return; // another person was chosen meanwhile
            if (!work.ok()) {
                m_problem->setText(tr("Their projects, trainings and checklists could not be "
                                      "read: %1 Select them again to retry.")
                                       .arg(work.error().message));
                m_problem->setVisible(true);
                m_shown.clear();
                return;
            }
            m_projects->setProjects(work.value().projects, m_currency);
            m_trainings->setTrainings(work.value().trainings);
            m_checklists->setChecklists(work.value().checklists);
            m_tabs->setTabText(ProjectsTab, tr("&Projects (%1)").arg(work.value().projects.size()));
            m_tabs->setTabText(
                TrainingTab, tr("T&raining (%1)").arg(work.value().trainings.size()));
            m_tabs->setTabText(
                ChecklistsTab, tr("C&hecklists (%1)").arg(work.value().checklists.size()));
            for (RecordTable *t : { m_projectsTable, m_trainingsTable, m_checklistsTable })
                t->fitColumnsOnce();
        });
}

void PersonWorkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PersonWorkPanel::retranslateUi()
{
    m_tabs->setTabText(ProjectsTab, tr("&Projects"));
    m_tabs->setTabText(TrainingTab, tr("T&raining"));
    m_tabs->setTabText(ChecklistsTab, tr("C&hecklists"));
    showEmptyTexts();
}

void PersonWorkPanel::showEmptyTexts()
{
    if (m_shown.isEmpty()) {
        const QString choose
            = tr("Select a person to see their projects, trainings and checklists.");
        for (RecordTable *t : { m_projectsTable, m_trainingsTable, m_checklistsTable })
            t->setEmptyText(choose);
        return;
    }
    m_projectsTable->setEmptyText(tr("Not a member of any project."));
    m_trainingsTable->setEmptyText(tr("No training passed yet."));
    m_checklistsTable->setEmptyText(tr("No checklists."));
}

} // namespace mikro::ui
