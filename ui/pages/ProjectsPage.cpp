#include "ui/pages/ProjectsPage.h"

#include "models/SearchFilterModel.h"
#include "models/projects/ProjectsModel.h"
#include "models/training/TrainingsModel.h"
#include "services/client/Backend.h"
#include "services/client/ProjectsClient.h"
#include "services/client/Session.h"
#include "services/client/TrainingClient.h"
#include "services/client/offline/OfflineReads.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/ProgressDelegate.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

ProjectsPage::ProjectsPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Projects, Area::Training }, parent)
    , m_model(new models::ProjectsModel(this))
    , m_table(new RecordTable(m_model, QStringLiteral("projectsTable")))
    , m_filter(new QComboBox)
    , m_detailTitle(new QLabel)
    , m_detailLink(new QLabel)
    , m_detailCounts(new QLabel)
    , m_detailRates(new QLabel)
    , m_detailTrainings(new QLabel)
    , m_openTraining(new QPushButton)
    , m_open(new QPushButton)
    , m_copy(new QPushButton)
    , m_join(new QPushButton)
    , m_leave(new QPushButton)
    , m_joinBlocked(new QLabel)
{
    setObjectName(QStringLiteral("projectsPage"));
    m_filter->setObjectName(QStringLiteral("projectFilter"));
    m_filter->addItems({ QString(), QString() });
    m_open->setObjectName(QStringLiteral("openInTmButton"));
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    m_openTraining->setObjectName(QStringLiteral("openTrainingButton"));
    m_detailTitle->setObjectName(QStringLiteral("projectDetailTitle"));
    m_detailCounts->setObjectName(QStringLiteral("projectDetailCounts"));
    m_detailTrainings->setObjectName(QStringLiteral("projectDetailTrainings"));
    m_open->setDefault(true);
    m_table->setSearchable(true);
    m_table->sortBy(models::ProjectsModel::Name, Qt::AscendingOrder);
    m_table->view()->setItemDelegateForColumn(
        models::ProjectsModel::Progress, new ProgressDelegate(m_table->view()));

    QFont heading = m_detailTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_detailTitle->setFont(heading);
    for (QLabel *label : { m_detailTitle, m_detailCounts, m_detailRates, m_detailTrainings })
        label->setWordWrap(true);
    m_detailLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_detailLink, &QLabel::linkActivated, this,
        [this](const QString &link) { openExternal(QUrl(link)); });
    for (QLabel *label : { m_detailCounts, m_detailRates, m_detailTrainings, m_detailTitle })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *detail = new QWidget;
    detail->setObjectName(QStringLiteral("projectDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailLink);
    detailLayout->addWidget(m_detailCounts);
    detailLayout->addWidget(m_detailRates);
    detailLayout->addWidget(m_detailTrainings);
    detailLayout->addWidget(m_openTraining, 0, Qt::AlignLeft);
    detailLayout->addStretch();

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("projectsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_copy);
    actions->addStretch();
    actions->addWidget(m_joinBlocked);
    actions->addWidget(m_join);
    actions->addWidget(m_leave);
    contentLayout()->addLayout(top);
    contentLayout()->addWidget(splitter, 1);
    contentLayout()->addLayout(actions);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProjectsPage::showProjects);
    remembered::splitter(splitter, QStringLiteral("projects"));
    connect(m_table, &RecordTable::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_table, &RecordTable::activated, this, &ProjectsPage::openInTaskingManager);
    connect(m_open, &QPushButton::clicked, this, &ProjectsPage::openInTaskingManager);
    connect(m_copy, &QPushButton::clicked, this, &ProjectsPage::copyLink);
    connect(m_join, &QPushButton::clicked, this, &ProjectsPage::join);
    connect(m_leave, &QPushButton::clicked, this, &ProjectsPage::confirmLeave);
    connect(m_openTraining, &QPushButton::clicked, this, &ProjectsPage::trainingPageRequested);
    retranslateUi();
    showDetail();
    updateActions();
}

QString ProjectsPage::title() const
{
    return tr("Projects");
}

void ProjectsPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(filter == Filter::Assigned ? 0 : 1);
}

void ProjectsPage::load()
{
    core::whenAllReady(
        this,
        [this](const core::Result<domain::UserProjects> &projects,
            const core::Result<QList<domain::TrainingView>> &trainings) {
            if (!projects.ok() || !trainings.ok()) {
                failed(projects.ok() ? trainings.error() : projects.error());
                return;
            }
            m_projects = projects.value();
            m_trainings.clear();
            for (const domain::TrainingView &t : trainings.value())
                m_trainings.insert(t.id, t);
            showProjects();
            loaded(offlineCopyAt(client::keptkeys::Projects));
        },
        backend().projects().mine(), backend().training().mine());
}

void ProjectsPage::showProjects()
{
    QSet<qint64> passed;
    for (const domain::TrainingView &t : std::as_const(m_trainings))
        if (t.completed)
            passed.insert(t.id);
    const qint64 selected = current() ? current()->project.id : 0;
    if (m_filter->currentIndex() == 0)
        m_model->setMemberProjects(m_projects.member, passed, session().currency());
    else
        m_model->setOpenProjects(m_projects.available, passed, session().currency());
    // The person's own figures mean nothing for projects they are not on.
    for (const int column : { models::ProjectsModel::MyRole, models::ProjectsModel::MyMapped,
             models::ProjectsModel::MyValidated, models::ProjectsModel::MyEarnings })
        m_table->view()->setColumnHidden(column, m_filter->currentIndex() != 0);
    m_table->fitColumnsOnce();
    // Keep the selection on the same project across a reload.
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->projectAt(row).project.id == selected || (selected == 0 && row == 0)) {
            const QModelIndex at = m_table->proxy()->mapFromSource(m_model->index(row, 0));
            m_table->view()->setCurrentIndex(at);
            break;
        }
    retranslateUi();
    showDetail();
    updateActions();
}

const domain::MemberProject *ProjectsPage::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_model->rowCount() ? &m_model->projectAt(row) : nullptr;
}

void ProjectsPage::showDetail()
{
    const domain::MemberProject *m = current();
    const bool shown = m != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_detailTitle, m_detailLink, m_detailCounts, m_detailRates, m_detailTrainings })
        w->setVisible(shown);
    m_openTraining->setVisible(false);
    if (!m)
        return;
    const domain::ProjectRow &p = m->project;
    const QLocale locale;
    m_detailTitle->setText(p.name);
    m_detailLink->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(p.url.toHtmlEscaped(),
                tr("Project %1 in the Tasking Manager").arg(p.id).toHtmlEscaped()));
    const QString synced = p.lastSyncedAt.isValid()
        ? tr("Last synced %1")
              .arg(locale.toString(p.lastSyncedAt.toLocalTime(), QLocale::ShortFormat))
        : tr("Not synced yet");
    m_detailCounts->setText(tr("%1 tasks · %2 mapped · %3 validated · %4 invalidated")
                                .arg(locale.toString(p.totalTasks), locale.toString(p.mapped),
                                    locale.toString(p.validated), locale.toString(p.invalidated))
        + u'\n' + synced);
    const QString currency = session().currency();
    m_detailRates->setText(tr("Mapping %1 per task · Validation %2 per task")
                               .arg(core::formatMoney(p.mappingRate, currency, locale),
                                   core::formatMoney(p.validationRate, currency, locale)));
    QStringList lines;
    bool missing = false;
    for (const qint64 id : p.requiredTrainings) {
        const auto found = m_trainings.constFind(id);
        const QString name
            = found != m_trainings.constEnd() ? found->title : tr("Training %1").arg(id);
        const QString status = found != m_trainings.constEnd()
            ? models::trainingStatusText(*found, locale)
            : tr("Not attempted");
        missing = missing || found == m_trainings.constEnd() || !found->completed;
        lines << tr("%1: %2").arg(name, status);
    }
    m_detailTrainings->setText(lines.isEmpty()
            ? tr("No training required.")
            : tr("Required training:") + u'\n' + lines.join(u'\n'));
    m_openTraining->setVisible(missing);
}

void ProjectsPage::updateActions()
{
    const domain::MemberProject *m = current();
    const bool assigned = m_filter->currentIndex() == 0;
    m_open->setEnabled(m != nullptr);
    m_copy->setEnabled(m != nullptr);
    m_join->setVisible(!assigned);
    m_leave->setVisible(assigned);
    const int row = m_table->currentRow();
    // A join the server would refuse for missing training is not offered; the reason shows.
    const bool blocked = m && !assigned && !m_model->missingTrainings(row).isEmpty();
    m_join->setEnabled(m != nullptr && !m_changing && !blocked);
    m_leave->setEnabled(m != nullptr && !m_changing);
    m_join->setToolTip(blocked ? tr("Pass the required training first.") : QString());
    m_joinBlocked->setVisible(blocked);
}

void ProjectsPage::openInTaskingManager()
{
    if (const domain::MemberProject *m = current())
        openExternal(QUrl(m->project.url));
}

void ProjectsPage::copyLink()
{
    if (const domain::MemberProject *m = current()) {
        QGuiApplication::clipboard()->setText(m->project.url);
        emit statusMessage(tr("Link to %1 copied").arg(m->project.name));
    }
}

void ProjectsPage::join()
{
    if (const domain::MemberProject *m = current())
        changeMembership(true, m->project);
}

void ProjectsPage::confirmLeave()
{
    const domain::MemberProject *m = current();
    if (!m)
        return;
    const domain::ProjectRow project = m->project;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Leave %1?").arg(project.name),
        tr("Leave %1? What you earned there stays yours; to map there again you join it again "
           "or ask an admin.")
            .arg(project.name),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmLeave"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *yes = box->addButton(tr("Leave project"), QMessageBox::DestructiveRole);
    QPushButton *stay = box->addButton(tr("Stay"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    connect(box, &QMessageBox::finished, this, [this, box, yes, project] {
        if (box->clickedButton() == yes)
            changeMembership(false, project);
    });
    box->open();
}

void ProjectsPage::changeMembership(bool joining, const domain::ProjectRow &project)
{
    m_changing = true;
    updateActions();
    emit statusMessage(
        joining ? tr("Joining %1…").arg(project.name) : tr("Leaving %1…").arg(project.name));
    auto done
        = joining ? backend().projects().join(project.id) : backend().projects().leave(project.id);
    core::whenReady(done, this, [this, joining, project](const core::Result<void> &result) {
        m_changing = false;
        updateActions();
        if (!result.ok()) {
            banner()->showMessage(
                Banner::Level::Error, result.error().message, result.error().diagnostic);
            return;
        }
        emit statusMessage(
            joining ? tr("You joined %1").arg(project.name) : tr("You left %1").arg(project.name));
        if (joining)
            setFilter(Filter::Assigned);
    });
}

void ProjectsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void ProjectsPage::retranslateUi()
{
    m_filter->setItemText(0, tr("Assigned to me"));
    m_filter->setItemText(1, tr("Open projects"));
    m_filter->setAccessibleName(tr("Show projects"));
    m_open->setText(tr("Open in Tasking Manager"));
    m_copy->setText(tr("Copy link"));
    m_join->setText(tr("Join project"));
    m_leave->setText(tr("Leave project…"));
    m_openTraining->setText(tr("Open training"));
    m_joinBlocked->setText(tr("Pass the required training first."));
    m_table->setEmptyText(m_filter->currentIndex() == 0
            ? tr("You're not on a project yet. Join one under Open projects, or an admin adds "
                 "you; required training is under Training.")
            : tr("No open projects right now."));
}

} // namespace mikro::ui
