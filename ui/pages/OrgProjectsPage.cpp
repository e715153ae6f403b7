#include "ui/pages/OrgProjectsPage.h"

#include "models/ItemRoles.h"
#include "models/projects/OrgProjectsModel.h"
#include "services/client/Backend.h"
#include "services/client/ProjectAdminClient.h"
#include "services/client/ProjectsClient.h"
#include "services/client/Session.h"
#include "services/client/SyncClient.h"
#include "services/client/TrainingClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Confirm.h"
#include "ui/common/FigureCard.h"
#include "ui/common/ProgressDelegate.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/ProjectFormDialog.h"
#include "ui/dialogs/ProjectMembersDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

#include <algorithm>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;
using Filter = models::OrgProjectsModel::Filter;

OrgProjectsPage::OrgProjectsPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Projects, Area::Training, Area::Sync }, parent)
    , m_model(new models::OrgProjectsModel(this))
    , m_table(new RecordTable(m_model, QStringLiteral("orgProjectsTable")))
    , m_active(new FigureCard(QStringLiteral("activeProjectsCard")))
    , m_inactive(new FigureCard(QStringLiteral("inactiveProjectsCard")))
    , m_tasks(new FigureCard(QStringLiteral("projectTasksCard")))
    , m_spent(new FigureCard(QStringLiteral("projectSpentCard")))
    , m_nearBudget(new FigureCard(QStringLiteral("nearBudgetCard")))
    , m_filter(new QComboBox)
    , m_detailTitle(new QLabel)
    , m_detail(new QLabel)
    , m_add(new QPushButton)
    , m_edit(new QPushButton)
    , m_members(new QPushButton)
    , m_open(new QPushButton)
    , m_syncNow(new QPushButton)
    , m_syncHistory(new QPushButton)
    , m_activity(new QPushButton)
    , m_delete(new QPushButton)
{
    setObjectName(QStringLiteral("orgProjectsPage"));
    m_filter->setObjectName(QStringLiteral("projectStatusFilter"));
    m_detailTitle->setObjectName(QStringLiteral("projectDetailTitle"));
    m_detail->setObjectName(QStringLiteral("projectDetail"));
    m_add->setObjectName(QStringLiteral("addProjectButton"));
    m_edit->setObjectName(QStringLiteral("editProjectButton"));
    m_members->setObjectName(QStringLiteral("projectMembersButton"));
    m_open->setObjectName(QStringLiteral("openInTm4Button"));
    m_syncNow->setObjectName(QStringLiteral("projectSyncNowButton"));
    m_syncHistory->setObjectName(QStringLiteral("projectSyncHistoryButton"));
    m_activity->setObjectName(QStringLiteral("projectActivityButton"));
    m_delete->setObjectName(QStringLiteral("deleteProjectButton"));
    for (int i = 0; i < 4; ++i)
        m_filter->addItem(QString());
    m_table->setSearchable(true);
    m_table->setStatusColumn(models::OrgProjectsModel::Status);
    m_table->sortBy(models::OrgProjectsModel::Name, Qt::AscendingOrder);
    m_table->view()->setItemDelegateForColumn(
        models::OrgProjectsModel::Used, new ProgressDelegate(m_table->view()));
    m_detailTitle->setTextFormat(Qt::PlainText);
    QFont heading = m_detailTitle->font();
    heading.setBold(true);
    m_detailTitle->setFont(heading);
    // Four lines, never wrapped, and room kept for them under the table.
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4 + 4);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::PlainText);

    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_active, m_inactive, m_tasks, m_spent, m_nearBudget };
    for (int i = 0; i < all.size(); ++i)
        cards->addWidget(all[i], 0, i);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addStretch();
    auto *actions = new QHBoxLayout;
    for (QPushButton *b :
        { m_add, m_edit, m_members, m_syncNow, m_syncHistory, m_open, m_activity, m_delete })
        actions->addWidget(b);
    actions->addStretch();
    contentLayout()->addLayout(cards);
    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(m_detailTitle);
    contentLayout()->addWidget(m_detail);
    contentLayout()->addLayout(actions);

    auto *addKey = new QShortcut(QKeySequence::New, this);
    addKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addKey, &QShortcut::activated, this, &OrgProjectsPage::addProject);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &OrgProjectsPage::applyFilter);
    connect(m_table, &RecordTable::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_table, &RecordTable::activated, this, &OrgProjectsPage::editProject);
    connect(m_add, &QPushButton::clicked, this, &OrgProjectsPage::addProject);
    connect(m_edit, &QPushButton::clicked, this, &OrgProjectsPage::editProject);
    connect(m_members, &QPushButton::clicked, this, &OrgProjectsPage::showMembers);
    connect(m_open, &QPushButton::clicked, this, &OrgProjectsPage::openInTaskingManager);
    connect(m_syncNow, &QPushButton::clicked, this, &OrgProjectsPage::syncNow);
    connect(m_syncHistory, &QPushButton::clicked, this, [this] {
        if (const domain::ProjectRow *p = current())
            emit syncHistoryRequested(p->id);
    });
    connect(m_activity, &QPushButton::clicked, this, &OrgProjectsPage::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &OrgProjectsPage::confirmDelete);
    retranslateUi();
    showDetail();
    updateActions();
}

QString OrgProjectsPage::title() const
{
    return tr("Projects");
}

void OrgProjectsPage::load()
{
    core::whenReady(backend().projects().organisation(), this,
        [this](const core::Result<QList<domain::ProjectRow>> &projects) {
            if (!projects.ok()) {
                failed(projects.error());
                return;
            }
            readTrainings(projects.value());
        });
}

void OrgProjectsPage::readTrainings(QList<domain::ProjectRow> projects)
{
    // The titles of required trainings, and the choices of the project form.
    core::whenReady(backend().training().mine(), this,
        [this, projects = std::move(projects)](
            const core::Result<QList<domain::TrainingView>> &trainings) {
            if (!trainings.ok()) {
                failed(trainings.error());
                return;
            }
            m_trainings = trainings.value();
            const domain::ProjectRow *shown = current();
            const qint64 selected = m_wanted != 0 ? m_wanted : shown ? shown->id : 0;
            m_wanted = 0;
            m_model->setProjects(projects, session().currency());
            showProjects();
            if (selected != 0)
                selectProject(selected);
            m_table->fitColumnsOnce();
            showDetail();
            updateActions();
            loaded();
        });
}

bool OrgProjectsPage::selectProject(qint64 projectId)
{
    if (!hasLoaded() || isLoading())
        m_wanted = projectId;
    if (m_table->selectId(projectId))
        return true;
    // Not under the current filter: show every project rather than nothing.
    const auto &all = m_model->everyProject();
    const bool known = std::any_of(all.cbegin(), all.cend(),
        [projectId](const domain::ProjectRow &p) { return p.id == projectId; });
    if (!known)
        return false;
    m_filter->setCurrentIndex(3);
    return m_table->selectId(projectId);
}

void OrgProjectsPage::showProjects()
{
    int active = 0;
    int inactive = 0;
    int tasks = 0;
    int near = 0;
    qint64 spentCents = 0; // a sum of stored amounts: far inside qint64
    for (const domain::ProjectRow &p : m_model->everyProject()) {
        if (p.completed)
            continue;
        if (!p.active) {
            ++inactive;
            continue;
        }
        ++active;
        tasks += p.totalTasks;
        spentCents += p.spent.cents();
        near += p.budgetWarning() ? 1 : 0;
    }
    const QLocale locale;
    m_active->setValue(locale.toString(active));
    m_inactive->setValue(locale.toString(inactive));
    m_tasks->setValue(locale.toString(tasks));
    m_spent->setValue(core::formatMoney(core::Money(spentCents), session().currency(), locale));
    m_nearBudget->setValue(locale.toString(near));
    m_nearBudget->setAccent(near > 0);
}

void OrgProjectsPage::applyFilter()
{
    const int index = m_filter->currentIndex();
    m_model->setFilter(index == 1 ? Filter::Inactive
            : index == 2          ? Filter::Completed
            : index == 3          ? Filter::All
                                  : Filter::Active);
    showDetail();
    updateActions();
}

const domain::ProjectRow *OrgProjectsPage::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_model->rowCount() ? &m_model->projectAt(row) : nullptr;
}

QHash<qint64, QString> OrgProjectsPage::trainingTitles() const
{
    QHash<qint64, QString> titles;
    for (const domain::TrainingView &t : m_trainings)
        titles.insert(t.id, t.title);
    return titles;
}

void OrgProjectsPage::showDetail()
{
    const domain::ProjectRow *p = current();
    m_detailTitle->setVisible(p != nullptr);
    m_detail->setVisible(p != nullptr);
    if (!p)
        return;
    const QLocale locale;
    const auto money = [this, &locale](core::Money m) {
        return core::formatMoney(m, session().currency(), locale);
    };
    m_detailTitle->setText(QStringLiteral("%1 · %2").arg(p->name, p->url));
    QStringList required;
    const QHash<qint64, QString> titles = trainingTitles();
    for (const qint64 id : p->requiredTrainings)
        required << titles.value(id, QStringLiteral("#%1").arg(id));
    QStringList lines;
    QStringList listing { models::OrgProjectsModel::statusWord(*p) };
    if (!p->difficulty.isEmpty())
        listing << p->difficulty;
    listing << (p->visible ? tr("visible to everyone in the organisation") : tr("members only"));
    lines << listing.join(QStringLiteral(" · "));
    lines << tr("Mapping %1, validation %2 a task; %3 tasks: %4 mapped, %5 validated, %6 "
                "invalidated.")
                 .arg(money(p->mappingRate), money(p->validationRate),
                     locale.toString(p->totalTasks), locale.toString(p->mapped),
                     locale.toString(p->validated), locale.toString(p->invalidated));
    lines << tr("Spent %1 of %2 (%3 %)")
                 .arg(money(p->spent), money(p->budget), locale.toString(p->budgetUsedPercent()));
    lines << tr("Required training: %1")
                 .arg(required.isEmpty() ? tr("none") : required.join(QStringLiteral(", ")));
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void OrgProjectsPage::updateActions()
{
    const domain::ProjectRow *p = current();
    for (QPushButton *b :
        { m_edit, m_members, m_syncNow, m_syncHistory, m_open, m_activity, m_delete })
        b->setEnabled(p && !m_sending);
    m_add->setEnabled(!m_sending);
    const bool earned = p && p->spent.cents() != 0;
    m_delete->setEnabled(m_delete->isEnabled() && !earned);
    m_delete->setToolTip(earned ? tr("It has earnings — deactivate it instead") : QString());
    m_activity->setText(p && p->active ? tr("Deactivate…") : tr("Activate"));
}

void OrgProjectsPage::syncNow()
{
    const domain::ProjectRow *p = current();
    if (!p || m_sending)
        return;
    const QString name = p->name;
    m_sending = true;
    updateActions();
    core::whenReady(
        backend().sync().start(p->id, false), this, [this, name](const core::Result<bool> &queued) {
            m_sending = false;
            updateActions();
            if (!queued.ok()) {
                showRefusalAndReload(queued.error().message, queued.error().diagnostic);
                return;
            }
            emit statusMessage(queued.value()
                    ? tr("Sync of %1 requested; Sync history shows how it goes").arg(name)
                    : tr("%1 is syncing already, or was synced less than a minute ago").arg(name));
        });
}

void OrgProjectsPage::addProject()
{
    if (!m_add->isEnabled())
        return;
    auto *dialog = new ProjectFormDialog(
        backend().projectAdmin(), session().currency(), m_trainings, m_model->everyProject(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const domain::ProjectRow made = dialog->saved();
        emit statusMessage(tr("Project '%1' added (inactive)").arg(made.name));
        // Show it where it is: new projects are inactive.
        if (m_filter->currentIndex() == 0)
            m_filter->setCurrentIndex(1);
        selectProject(made.id);
        m_wanted = made.id;
    });
    dialog->open();
}

void OrgProjectsPage::editProject()
{
    const domain::ProjectRow *p = current();
    if (!p || !m_edit->isEnabled())
        return;
    auto *dialog = new ProjectFormDialog(
        backend().projectAdmin(), session().currency(), m_trainings, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(tr("Project '%1' saved").arg(dialog->saved().name));
        m_wanted = dialog->saved().id;
    });
    dialog->open();
}

void OrgProjectsPage::showMembers()
{
    const domain::ProjectRow *p = current();
    if (!p)
        return;
    auto *dialog = new ProjectMembersDialog(backend().projectAdmin(), *p, trainingTitles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: it may stay open beside the page
}

void OrgProjectsPage::openInTaskingManager()
{
    if (const domain::ProjectRow *p = current())
        openExternal(QUrl(p->url));
}

void OrgProjectsPage::toggleActive()
{
    const domain::ProjectRow *p = current();
    if (!p || !m_activity->isEnabled())
        return;
    const domain::ProjectRow project = *p;
    if (!project.active) { // activating needs no confirmation
        sendActive(project, true);
        return;
    }
    askToConfirm(this, QStringLiteral("confirmDeactivate"), tr("Deactivate"),
        tr("Deactivate '%1'? People no longer see it in their project lists.").arg(project.name),
        tr("Deactivate"), [this, project](bool yes) {
            if (yes)
                sendActive(project, false);
        });
}

void OrgProjectsPage::sendActive(const domain::ProjectRow &project, bool active)
{
    domain::ProjectEdit edit;
    edit.active = active;
    m_wanted = project.id;
    sendChange(backend().projectAdmin().update(project.id, edit),
        active ? tr("Project '%1' activated").arg(project.name)
               : tr("Project '%1' deactivated").arg(project.name),
        [this](bool busy) {
            m_sending = busy;
            updateActions();
        });
}

void OrgProjectsPage::confirmDelete()
{
    const domain::ProjectRow *p = current();
    if (!p || !m_delete->isEnabled())
        return;
    const domain::ProjectRow project = *p;
    askToConfirm(this, QStringLiteral("confirmDeleteProject"), tr("Delete project"),
        tr("Delete '%1'? Its memberships, tasks and sync history are removed. This cannot be "
           "undone.")
            .arg(project.name),
        tr("Delete"), [this, project](bool yes) {
            if (!yes)
                return;
            sendChange(backend().projectAdmin().remove(project.id),
                tr("Project '%1' deleted").arg(project.name), [this](bool busy) {
                    m_sending = busy;
                    updateActions();
                });
        });
}

void OrgProjectsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void OrgProjectsPage::retranslateUi()
{
    m_active->setTitle(tr("Active"));
    m_active->setSubLine(tr("projects"));
    m_inactive->setTitle(tr("Inactive"));
    m_tasks->setTitle(tr("Tasks"));
    m_tasks->setSubLine(tr("in active projects"));
    m_spent->setTitle(tr("Spent"));
    m_spent->setSubLine(tr("on active projects"));
    m_nearBudget->setTitle(tr("Near budget"));
    m_nearBudget->setSubLine(tr("90 % used or more"));
    m_filter->setItemText(0, tr("Active"));
    m_filter->setItemText(1, tr("Inactive"));
    m_filter->setItemText(2, tr("Completed"));
    m_filter->setItemText(3, tr("All"));
    m_filter->setAccessibleName(tr("Status"));
    m_add->setText(tr("Add project…"));
    m_add->setToolTip(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    m_edit->setText(tr("Edit…"));
    m_members->setText(tr("Members…"));
    m_open->setText(tr("Open in Tasking Manager"));
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Bring the project's work in from the Tasking Manager now"));
    m_syncHistory->setText(tr("Sync history"));
    m_delete->setText(tr("Delete…"));
    m_table->setEmptyText(tr("No projects here. Add one from its Tasking Manager address."));
    updateActions();
}

} // namespace mikro::ui
