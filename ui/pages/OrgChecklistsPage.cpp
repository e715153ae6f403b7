#include "ui/pages/OrgChecklistsPage.h"

#include "models/checklists/ChecklistAssignmentsModel.h"
#include "models/checklists/ChecklistTemplatesModel.h"
#include "models/checklists/MyChecklistsModel.h"
#include "services/client/Backend.h"
#include "services/client/DashboardsClient.h"
#include "services/client/Session.h"
#include "services/core/Clock.h"
#include "services/core/WhenReady.h"
#include "ui/common/Confirm.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/AssignChecklistDialog.h"
#include "ui/dialogs/ChecklistTemplateDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;
using models::AssignmentState;

namespace {

constexpr AssignmentState States[] = { AssignmentState::Assigned, AssignmentState::InProgress,
    AssignmentState::AwaitingConfirmation, AssignmentState::Confirmed };

QWidget *tabOf(QLayout *layout)
{
    auto *tab = new QWidget;
    tab->setLayout(layout);
    return tab;
}

} // namespace

OrgChecklistsPage::OrgChecklistsPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Checklists, Area::Dashboards, Area::People }, parent)
    , m_templates(new models::ChecklistTemplatesModel(this))
    , m_assignments(new models::ChecklistAssignmentsModel(this))
    , m_tabs(new QTabWidget)
    , m_templatesTable(new RecordTable(m_templates, QStringLiteral("checklistTemplatesTable")))
    , m_assignmentsTable(
          new RecordTable(m_assignments, QStringLiteral("checklistAssignmentsTable")))
    , m_activeCard(new FigureCard(QStringLiteral("activeTemplatesCard")))
    , m_inProgressCard(new FigureCard(QStringLiteral("inProgressChecklistsCard")))
    , m_awaitingCard(new FigureCard(QStringLiteral("awaitingConfirmationCard")))
    , m_staleCard(new FigureCard(QStringLiteral("staleChecklistsCard")))
    , m_paidCard(new FigureCard(QStringLiteral("paidForChecklistsCard")))
    , m_new(new QPushButton)
    , m_edit(new QPushButton)
    , m_duplicate(new QPushButton)
    , m_activity(new QPushButton)
    , m_assign(new QPushButton)
    , m_archive(new QPushButton)
    , m_templateFilter(new QComboBox)
    , m_stateFilter(new QComboBox)
    , m_staleOnly(new QCheckBox)
    , m_unassign(new QPushButton)
    , m_openInReview(new QPushButton)
{
    setObjectName(QStringLiteral("orgChecklistsPage"));
    m_tabs->setObjectName(QStringLiteral("checklistTabs"));
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_edit->setObjectName(QStringLiteral("editTemplateButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateTemplateButton"));
    m_activity->setObjectName(QStringLiteral("templateActivityButton"));
    m_assign->setObjectName(QStringLiteral("assignTemplateButton"));
    m_archive->setObjectName(QStringLiteral("archiveTemplateButton"));
    m_templateFilter->setObjectName(QStringLiteral("assignmentTemplateFilter"));
    m_stateFilter->setObjectName(QStringLiteral("assignmentStateFilter"));
    m_staleOnly->setObjectName(QStringLiteral("assignmentStaleOnly"));
    m_unassign->setObjectName(QStringLiteral("unassignChecklistButton"));
    m_openInReview->setObjectName(QStringLiteral("openInReviewButton"));
    for (QComboBox *box : { m_templateFilter, m_stateFilter })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter->addItem(QString());
    for (const AssignmentState state : States)
        m_stateFilter->addItem(QString(), static_cast<int>(state));
    m_templatesTable->setSearchable(true);
    m_templatesTable->setStatusColumn(models::ChecklistTemplatesModel::Status);
    m_templatesTable->sortBy(models::ChecklistTemplatesModel::Status, Qt::AscendingOrder);
    m_assignmentsTable->setSearchable(true);
    m_assignmentsTable->sortBy(models::ChecklistAssignmentsModel::LastActivity, Qt::AscendingOrder);

    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_activeCard, m_inProgressCard, m_awaitingCard, m_staleCard,
        m_paidCard };
    for (int i = 0; i < all.size(); ++i)
        cards->addWidget(all[i], 0, i);

    auto *templateActions = new QHBoxLayout;
    for (QPushButton *b : { m_new, m_edit, m_duplicate, m_activity, m_assign, m_archive })
        templateActions->addWidget(b);
    templateActions->addStretch();
    auto *templatesTab = new QVBoxLayout;
    templatesTab->addWidget(m_templatesTable, 1);
    templatesTab->addLayout(templateActions);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_templateFilter);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_staleOnly);
    filters->addStretch();
    auto *assignmentActions = new QHBoxLayout;
    assignmentActions->addWidget(m_unassign);
    assignmentActions->addWidget(m_openInReview);
    assignmentActions->addStretch();
    auto *assignmentsTab = new QVBoxLayout;
    assignmentsTab->addLayout(filters);
    assignmentsTab->addWidget(m_assignmentsTable, 1);
    assignmentsTab->addLayout(assignmentActions);

    m_tabs->addTab(tabOf(templatesTab), QString());
    m_tabs->addTab(tabOf(assignmentsTab), QString());
    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(m_tabs, 1);

    auto *newKey = new QShortcut(QKeySequence::New, this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, [this] { newTemplate(false); });
    connect(
        m_templatesTable, &RecordTable::currentRowChanged, this, &OrgChecklistsPage::updateActions);
    connect(m_templatesTable, &RecordTable::activated, this, &OrgChecklistsPage::editTemplate);
    connect(m_assignmentsTable, &RecordTable::currentRowChanged, this,
        &OrgChecklistsPage::updateActions);
    connect(m_assignmentsTable, &RecordTable::activated, this, [this] {
        if (const domain::InstanceView *v = currentAssignment())
            emit reviewRequested(v->id);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &OrgChecklistsPage::updateActions);
    connect(m_new, &QPushButton::clicked, this, [this] { newTemplate(false); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { newTemplate(true); });
    connect(m_edit, &QPushButton::clicked, this, &OrgChecklistsPage::editTemplate);
    connect(m_activity, &QPushButton::clicked, this, &OrgChecklistsPage::toggleActive);
    connect(m_assign, &QPushButton::clicked, this, &OrgChecklistsPage::assignPeople);
    connect(m_archive, &QPushButton::clicked, this, &OrgChecklistsPage::confirmArchive);
    connect(m_unassign, &QPushButton::clicked, this, &OrgChecklistsPage::confirmUnassign);
    connect(m_openInReview, &QPushButton::clicked, this, [this] {
        if (const domain::InstanceView *v = currentAssignment())
            emit reviewRequested(v->id);
    });
    for (QComboBox *box : { m_templateFilter, m_stateFilter })
        connect(
            box, &QComboBox::currentIndexChanged, this, &OrgChecklistsPage::applyAssignmentFilter);
    connect(m_staleOnly, &QCheckBox::toggled, this, &OrgChecklistsPage::applyAssignmentFilter);
    retranslateUi();
    updateActions();
}

QString OrgChecklistsPage::title() const
{
    return tr("Checklists");
}

void OrgChecklistsPage::load()
{
    client::Backend &b = backend();
    core::whenAllReady(
        this,
        [this](const core::Result<client::OrgChecklists> &board,
            const core::Result<domain::OrgDashboard> &figures) {
            for (const core::Error *e : { board.ok() ? nullptr : &board.error(),
                     figures.ok() ? nullptr : &figures.error() }) {
                if (e) {
                    failed(*e);
                    return;
                }
            }
            present(board.value(), figures.value().money.checklistEarnings);
            loaded();
        },
        b.checklistAdmin().board(),
        b.dashboards().org(QTimeZone::systemTimeZone(), QLocale().firstDayOfWeek()));
}

void OrgChecklistsPage::present(const client::OrgChecklists &board, core::Money paid)
{
    const domain::TemplateView *shownTemplate = currentTemplate();
    const qint64 selectedTemplate = m_wanted != 0 ? std::exchange(m_wanted, 0)
        : shownTemplate                           ? shownTemplate->id
                                                  : 0;
    const domain::InstanceView *shownAssignment = currentAssignment();
    const qint64 selectedAssignment = shownAssignment ? shownAssignment->id : 0;
    m_paid = paid;
    m_templates->setTemplates(board.templates, session().currency());
    m_assignments->setAssignments(board.assignments);
    fillTemplateFilter();
    if (selectedTemplate != 0)
        m_templatesTable->selectId(selectedTemplate);
    if (selectedAssignment != 0)
        m_assignmentsTable->selectId(selectedAssignment);
    m_templatesTable->fitColumnsOnce();
    m_assignmentsTable->fitColumnsOnce();
    showCards();
    updateActions();
}

void OrgChecklistsPage::showCards()
{
    const auto &templates = m_templates->templates();
    const auto &assignments = m_assignments->everyAssignment();
    const auto count = [&assignments](AssignmentState state) {
        return static_cast<int>(
            std::ranges::count_if(assignments, [state](const domain::InstanceView &v) {
                return models::assignmentState(v) == state;
            }));
    };
    const QLocale locale;
    m_activeCard->setValue(locale.toString(
        static_cast<int>(std::ranges::count_if(templates, &domain::TemplateView::active))));
    m_inProgressCard->setValue(
        locale.toString(count(AssignmentState::Assigned) + count(AssignmentState::InProgress)));
    const int awaiting = count(AssignmentState::AwaitingConfirmation);
    m_awaitingCard->setValue(locale.toString(awaiting));
    m_awaitingCard->setAccent(awaiting > 0);
    const int stale
        = static_cast<int>(std::ranges::count_if(assignments, &domain::InstanceView::stale));
    m_staleCard->setValue(locale.toString(stale));
    m_staleCard->setAccent(stale > 0);
    m_paidCard->setValue(core::formatMoney(m_paid, session().currency(), locale));
}

void OrgChecklistsPage::fillTemplateFilter()
{
    const qint64 chosen = m_templateFilter->currentData().toLongLong();
    const QSignalBlocker quiet(m_templateFilter);
    m_templateFilter->clear();
    m_templateFilter->addItem(tr("Every checklist"), qint64(0));
    QList<domain::TemplateView> byName = m_templates->templates();
    std::ranges::sort(byName, {}, [](const domain::TemplateView &t) { return t.name.toLower(); });
    for (const domain::TemplateView &t : byName)
        m_templateFilter->addItem(t.name, t.id);
    m_templateFilter->setCurrentIndex(std::max(0, m_templateFilter->findData(chosen)));
    applyAssignmentFilter();
}

void OrgChecklistsPage::applyAssignmentFilter()
{
    models::ChecklistAssignmentsModel::Filter filter;
    filter.templateId = m_templateFilter->currentData().toLongLong();
    if (m_stateFilter->currentIndex() > 0)
        filter.state = static_cast<AssignmentState>(m_stateFilter->currentData().toInt());
    filter.staleOnly = m_staleOnly->isChecked();
    m_assignments->setFilter(filter);
    updateActions();
}

const domain::TemplateView *OrgChecklistsPage::currentTemplate() const
{
    const int row = m_templatesTable->currentRow();
    return row >= 0 && row < m_templates->rowCount() ? &m_templates->templateAt(row) : nullptr;
}

const domain::InstanceView *OrgChecklistsPage::currentAssignment() const
{
    const int row = m_assignmentsTable->currentRow();
    return row >= 0 && row < m_assignments->rowCount() ? &m_assignments->assignmentAt(row)
                                                       : nullptr;
}

void OrgChecklistsPage::updateActions()
{
    const domain::TemplateView *t = currentTemplate();
    for (QPushButton *b : { m_edit, m_duplicate, m_activity, m_assign, m_archive })
        b->setEnabled(t && !m_sending);
    m_new->setEnabled(!m_sending);
    m_activity->setText(t && t->active ? tr("Deactivate") : tr("Activate"));
    const bool inactive = t && !t->active;
    m_assign->setEnabled(m_assign->isEnabled() && !inactive);
    m_assign->setToolTip(
        inactive ? tr("Activate it first: only active templates can be assigned") : QString());

    const domain::InstanceView *v = currentAssignment();
    const bool started = v && models::itemsDone(*v) > 0;
    m_unassign->setEnabled(v && !m_sending && !started);
    m_unassign->setToolTip(started ? tr("Something is done on it already") : QString());
    m_openInReview->setEnabled(v != nullptr);
}

void OrgChecklistsPage::setSending(bool busy)
{
    m_sending = busy;
    updateActions();
}

void OrgChecklistsPage::newTemplate(bool duplicate)
{
    if (!m_new->isEnabled())
        return;
    std::optional<domain::TemplateView> copyOf;
    if (duplicate) {
        const domain::TemplateView *t = currentTemplate();
        if (!t)
            return;
        copyOf = *t;
    }
    auto *dialog = new ChecklistTemplateDialog(backend().checklistAdmin(), session().currency(),
        clock().nowUtc().toLocalTime().date(), copyOf, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(tr("Checklist template created"));
        m_wanted = dialog->savedId();
        m_tabs->setCurrentIndex(TemplatesTab);
    });
    dialog->open();
}

void OrgChecklistsPage::editTemplate()
{
    const domain::TemplateView *t = currentTemplate();
    if (!t || !m_edit->isEnabled())
        return;
    auto *dialog = new ChecklistTemplateDialog(backend().checklistAdmin(), session().currency(),
        clock().nowUtc().toLocalTime().date(), *t, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(tr("Checklist template saved"));
        m_wanted = dialog->savedId();
    });
    dialog->open();
}

void OrgChecklistsPage::toggleActive()
{
    const domain::TemplateView *t = currentTemplate();
    if (!t || !m_activity->isEnabled())
        return;
    domain::ChecklistEdit edit;
    edit.active = !t->active;
    m_wanted = t->id;
    sendChange(backend().checklistAdmin().update(t->id, edit),
        *edit.active ? tr("'%1' activated").arg(t->name)
                     : tr("'%1' deactivated: people who started it carry on").arg(t->name),
        [this](bool busy) { setSending(busy); });
}

void OrgChecklistsPage::assignPeople()
{
    const domain::TemplateView *t = currentTemplate();
    if (!t || !m_assign->isEnabled())
        return;
    auto *dialog = new AssignChecklistDialog(backend().checklistAdmin(), *t, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrgChecklistsPage::confirmArchive()
{
    const domain::TemplateView *t = currentTemplate();
    if (!t || !m_archive->isEnabled())
        return;
    const domain::TemplateView checklist = *t;
    askToConfirm(this, QStringLiteral("confirmArchiveChecklist"), tr("Archive template"),
        tr("Archive '%1'? It leaves the lists and can no longer be started or assigned. People "
           "who have it can still finish it and have it confirmed; what was paid stays.")
            .arg(checklist.name),
        tr("Archive"), [this, checklist](bool yes) {
            if (!yes)
                return;
            sendChange(backend().checklistAdmin().archive(checklist.id),
                tr("'%1' archived").arg(checklist.name), [this](bool busy) { setSending(busy); });
        });
}

void OrgChecklistsPage::confirmUnassign()
{
    const domain::InstanceView *v = currentAssignment();
    if (!v || !m_unassign->isEnabled())
        return;
    const domain::InstanceView checklist = *v;
    askToConfirm(this, QStringLiteral("confirmUnassignChecklist"), tr("Unassign checklist"),
        tr("Take '%1' away from %2? Their checklist and its comments are removed.")
            .arg(checklist.checklist.name, checklist.userName),
        tr("Unassign"), [this, checklist](bool yes) {
            if (!yes)
                return;
            sendChange(backend().checklistAdmin().unassign(checklist.checklistId, checklist.userId),
                tr("'%1' taken away from %2").arg(checklist.checklist.name, checklist.userName),
                [this](bool busy) { setSending(busy); });
        });
}

void OrgChecklistsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void OrgChecklistsPage::retranslateUi()
{
    m_activeCard->setTitle(tr("Active templates"));
    m_inProgressCard->setTitle(tr("In progress"));
    m_inProgressCard->setSubLine(tr("assigned or started"));
    m_awaitingCard->setTitle(tr("Awaiting confirmation"));
    m_staleCard->setTitle(tr("Stale"));
    m_staleCard->setSubLine(tr("no progress for 3 days"));
    m_paidCard->setTitle(tr("Paid for checklists"));
    m_paidCard->setSubLine(tr("people and validators, all time"));
    m_tabs->setTabText(TemplatesTab, tr("&Templates"));
    m_tabs->setTabText(AssignmentsTab, tr("A&ssignments"));
    m_new->setText(tr("New template…"));
    m_new->setToolTip(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    m_edit->setText(tr("Edit…"));
    m_duplicate->setText(tr("Duplicate"));
    m_assign->setText(tr("Assign…"));
    m_archive->setText(tr("Archive…"));
    m_templateFilter->setAccessibleName(tr("Checklist"));
    if (m_templateFilter->count() > 0)
        m_templateFilter->setItemText(0, tr("Every checklist"));
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->setItemText(0, tr("Every state"));
    for (int i = 0; i < std::ssize(States); ++i)
        m_stateFilter->setItemText(i + 1, models::assignmentStateText(States[i]));
    m_staleOnly->setText(tr("Stale only"));
    m_unassign->setText(tr("Unassign…"));
    m_openInReview->setText(tr("Open in review"));
    m_templatesTable->setEmptyText(tr("No checklist templates yet. Write one with New template…"));
    m_assignmentsTable->setEmptyText(tr("Nobody has a checklist here."));
    updateActions();
}

} // namespace mikro::ui
