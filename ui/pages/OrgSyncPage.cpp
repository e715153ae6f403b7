#include "ui/pages/OrgSyncPage.h"

#include "models/ItemRoles.h"
#include "models/sync/SyncProjectsModel.h"
#include "models/sync/SyncRunsModel.h"
#include "services/client/Backend.h"
#include "services/client/DashboardsClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/FigureCard.h"
#include "ui/common/ProgressDelegate.h"
#include "ui/common/RecordTable.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;
using models::SyncState;

namespace {

bool busy(SyncState state)
{
    return state == SyncState::Running || state == SyncState::RunningElsewhere
        || state == SyncState::Waiting;
}

} // namespace

OrgSyncPage::OrgSyncPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Sync, Area::Projects }, parent)
    , m_projects(new models::SyncProjectsModel(this))
    , m_runs(new models::SyncRunsModel(this))
    , m_projectsTable(new RecordTable(m_projects, QStringLiteral("syncProjectsTable")))
    , m_runsTable(new RecordTable(m_runs, QStringLiteral("syncRunsTable")))
    , m_syncedCard(new FigureCard(QStringLiteral("syncedProjectsCard")))
    , m_lastCard(new FigureCard(QStringLiteral("lastCompletedRunCard")))
    , m_failedCard(new FigureCard(QStringLiteral("failedLastRunCard")))
    , m_eventsCard(new FigureCard(QStringLiteral("newEventsCard")))
    , m_reviewCard(new FigureCard(QStringLiteral("syncNeedsReviewCard")))
    , m_openReview(new QPushButton)
    , m_syncNow(new QPushButton)
    , m_full(new QCheckBox)
    , m_syncAll(new QPushButton)
    , m_cancel(new QPushButton)
    , m_openTm(new QPushButton)
    , m_footer(new QLabel)
    , m_historyTitle(new QLabel)
    , m_older(new QPushButton)
    , m_errorText(new QPlainTextEdit)
    , m_copyError(new QPushButton)
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("orgSyncPage"));
    m_openReview->setObjectName(QStringLiteral("syncOpenReviewButton"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_full->setObjectName(QStringLiteral("fullSyncBox"));
    m_syncAll->setObjectName(QStringLiteral("syncAllButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_openTm->setObjectName(QStringLiteral("openInTm4Button"));
    m_footer->setObjectName(QStringLiteral("syncFooter"));
    m_historyTitle->setObjectName(QStringLiteral("syncHistoryTitle"));
    m_older->setObjectName(QStringLiteral("olderRunsButton"));
    m_errorText->setObjectName(QStringLiteral("syncErrorText"));
    m_copyError->setObjectName(QStringLiteral("copySyncErrorButton"));
    m_openReview->setFlat(true);
    m_reviewCard->addWidget(m_openReview);
    m_errorText->setReadOnly(true);
    m_errorText->setTabChangesFocus(true);
    m_errorText->setMaximumHeight(90);
    m_poll->setSingleShot(true);
    m_poll->setInterval(PollEvery);
    m_projectsTable->setSearchable(true);
    m_projectsTable->setStatusColumn(models::SyncProjectsModel::LastRun);
    m_projectsTable->sortBy(models::SyncProjectsModel::LastRun, Qt::AscendingOrder);
    m_projectsTable->view()->setItemDelegateForColumn(
        models::SyncProjectsModel::Progress, new ProgressDelegate(m_projectsTable->view()));
    m_runsTable->setStatusColumn(models::SyncRunsModel::Status);
    m_runsTable->sortBy(models::SyncRunsModel::Started, Qt::DescendingOrder);

    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_syncedCard, m_lastCard, m_failedCard, m_eventsCard,
        m_reviewCard };
    for (int i = 0; i < all.size(); ++i)
        cards->addWidget(all[i], 0, i);
    auto *actions = new QHBoxLayout;
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_syncNow, m_full, m_syncAll, m_cancel, m_openTm })
        actions->addWidget(w);
    actions->addStretch();
    actions->addWidget(m_footer);
    auto *historyActions = new QHBoxLayout;
    historyActions->addWidget(m_older);
    historyActions->addStretch();
    historyActions->addWidget(m_copyError);

    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(m_projectsTable, 3);
    contentLayout()->addLayout(actions);
    contentLayout()->addWidget(m_historyTitle);
    contentLayout()->addWidget(m_runsTable, 2);
    contentLayout()->addWidget(m_errorText);
    contentLayout()->addLayout(historyActions);

    auto *syncKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    syncKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(syncKey, &QShortcut::activated, m_syncNow, &QPushButton::click);
    connect(m_projectsTable, &RecordTable::currentRowChanged, this, [this] {
        updateActions();
        loadRuns(false);
    });
    connect(m_runsTable, &RecordTable::currentRowChanged, this, &OrgSyncPage::showRunError);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        QList<qint64> chosen;
        for (const int row : m_projectsTable->selectedRows())
            chosen << m_projects->projectAt(row).projectId;
        if (const sync::ProjectSyncStatus *p = currentProject(); chosen.isEmpty() && p)
            chosen << p->projectId; // the current row, when nothing is selected
        startSync(chosen);
    });
    connect(m_syncAll, &QPushButton::clicked, this, [this] {
        QList<qint64> staffed;
        for (int row = 0; row < m_projects->rowCount(); ++row) {
            const sync::ProjectSyncStatus &p = m_projects->projectAt(row);
            // A project another instance is syncing cannot be started (UI.md §5.8).
            if (p.active && p.members > 0
                && m_projects->stateAt(row) != SyncState::RunningElsewhere)
                staffed << p.projectId;
        }
        startSync(staffed);
    });
    connect(m_cancel, &QPushButton::clicked, this, &OrgSyncPage::cancelSync);
    connect(m_openTm, &QPushButton::clicked, this, [this] {
        if (const sync::ProjectSyncStatus *p = currentProject())
            openExternal(QUrl(p->url));
    });
    connect(m_older, &QPushButton::clicked, this, [this] { loadRuns(true); });
    connect(m_copyError, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_errorText->toPlainText()); });
    connect(m_openReview, &QPushButton::clicked, this, &OrgSyncPage::reviewPageRequested);
    connect(m_poll, &QTimer::timeout, this, &OrgSyncPage::poll);
    retranslateUi();
    updateActions();
}

QString OrgSyncPage::title() const
{
    return tr("Sync");
}

void OrgSyncPage::selectProject(qint64 projectId)
{
    if (!m_projectsTable->selectId(projectId))
        m_wanted = projectId;
}

void OrgSyncPage::load()
{
    client::Backend &b = backend();
    core::whenAllReady(
        this,
        [this](const core::Result<client::SyncOverview> &overview,
            const core::Result<domain::OrgDashboard> &figures) {
            for (const core::Error *e : { overview.ok() ? nullptr : &overview.error(),
                     figures.ok() ? nullptr : &figures.error() }) {
                if (e) {
                    failed(*e);
                    return;
                }
            }
            m_needsReview = figures.value().needsReview;
            present(overview.value());
            loaded();
        },
        b.sync().overview(),
        b.dashboards().org(QTimeZone::systemTimeZone(), QLocale().firstDayOfWeek()));
}

void OrgSyncPage::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    core::whenReady(backend().sync().overview(), this,
        [this](const core::Result<client::SyncOverview> &overview) {
            m_polling = false;
            if (!overview.ok()) {
                // Progress is read again in a moment; one banner says why it stopped.
                banner()->showMessage(
                    Banner::Level::Error, overview.error().message, overview.error().diagnostic);
                m_poll->start();
                return;
            }
            present(overview.value());
        });
}

void OrgSyncPage::present(const client::SyncOverview &overview)
{
    const sync::ProjectSyncStatus *shown = currentProject();
    const qint64 selected = m_wanted != 0 ? std::exchange(m_wanted, 0)
        : shown                           ? shown->projectId
                                          : 0;
    m_projects->setBoard(overview.projects, overview.scheduler);
    if (selected != 0)
        m_projectsTable->selectId(selected);
    m_projectsTable->fitColumnsOnce();
    if (!m_progressWidened) {
        // Fitted while nothing ran, the progress column would cut "Fetching histories 34 / 120".
        QTableView *view = m_projectsTable->view();
        view->setColumnWidth(models::SyncProjectsModel::Progress,
            qMax(view->columnWidth(models::SyncProjectsModel::Progress),
                view->fontMetrics().horizontalAdvance(QCoreApplication::translate(
                    "mikro::models::SyncProjectsModel", "Fetching histories %1 / %2")
                                                          .arg(8888)
                                                          .arg(8888))
                    + 24));
        m_progressWidened = true;
    }
    showCards(overview);
    followBatch();
    // The history is read again for another project, a new run or a run that ended.
    const sync::ProjectSyncStatus *p = currentProject();
    if (!p || p->projectId != m_historyOf || p->runId != m_historyRun
        || p->status != m_historyStatus)
        loadRuns(false);
    updateActions();
    if (anyBusy() || !m_batch.isEmpty())
        m_poll->start();
}

void OrgSyncPage::showCards(const client::SyncOverview &overview)
{
    const QLocale locale;
    int synced = 0;
    int failedRuns = 0;
    const sync::ProjectSyncStatus *last = nullptr;
    for (int row = 0; row < m_projects->rowCount(); ++row) {
        const sync::ProjectSyncStatus &p = m_projects->projectAt(row);
        synced += p.active && p.members > 0 ? 1 : 0;
        failedRuns += m_projects->stateAt(row) == SyncState::Failed ? 1 : 0;
        if (p.runId != 0 && p.status == sync::RunStatus::Succeeded && p.finishedAt.isValid()
            && (!last || p.finishedAt > last->finishedAt))
            last = &p;
    }
    m_syncedCard->setValue(locale.toString(synced));
    m_syncedCard->setSubLine(tr("active, with members, of %1").arg(m_projects->rowCount()));
    m_lastCard->setValue(last
            ? locale.toString(last->finishedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("None yet"));
    m_lastCard->setSubLine(last ? last->name : QString());
    m_failedCard->setValue(locale.toString(failedRuns));
    m_failedCard->setAccent(failedRuns > 0);
    m_eventsCard->setValue(locale.toString(overview.newEvents24h));
    m_reviewCard->setValue(locale.toString(m_needsReview));
    m_reviewCard->setAccent(m_needsReview > 0);
}

void OrgSyncPage::followBatch()
{
    if (m_batch.isEmpty())
        return; // the footer keeps how the last round ended
    int done = 0;
    int succeeded = 0;
    int failedRuns = 0;
    for (const qint64 id : std::as_const(m_batch)) {
        const int row = m_projects->rowOf(id);
        const SyncState state = row < 0 ? SyncState::Never : m_projects->stateAt(row);
        if (busy(state))
            continue;
        ++done;
        succeeded += state == SyncState::Succeeded ? 1 : 0;
        failedRuns += state == SyncState::Failed ? 1 : 0;
    }
    const int total = static_cast<int>(m_batch.size());
    if (done < total) {
        const QString text = tr("%1 of %2 projects").arg(done).arg(total);
        m_footer->setText(text);
        emit statusMessage(tr("Syncing: %1").arg(text));
        emit workProgress(done, total, tr("Syncing: %1").arg(text));
        return;
    }
    m_batch.clear();
    emit workProgress(0, 0, QString());
    const QString text
        = tr("Sync finished: %1 succeeded, %2 failed").arg(succeeded).arg(failedRuns);
    m_footer->setText(text);
    emit statusMessage(text);
    // What the runs brought in shows on the other pages (this one has read it already).
    QList<Area> others = client::syncedAreas;
    others.removeAll(Area::Sync);
    backend().feed().announce(others);
}

void OrgSyncPage::loadRuns(bool older)
{
    const sync::ProjectSyncStatus *p = currentProject();
    if (!p) {
        m_historyOf = 0;
        m_runs->setRuns({});
        m_historyTitle->setText(tr("Run history"));
        m_older->setVisible(false);
        showRunError();
        return;
    }
    const qint64 project = p->projectId;
    const qint64 latest = p->runId;
    if (!older) {
        m_historyOf = project;
        m_historyRun = latest;
        m_historyStatus = p->status;
        m_historyTitle->setText(tr("Run history of %1").arg(p->name));
    }
    core::whenReady(backend().sync().runs(project, older ? m_nextBefore : 0), this,
        [this, project, older](const core::Result<client::SyncRunsPage> &page) {
            if (project != m_historyOf)
                return; // another project was selected meanwhile
            if (!page.ok()) {
                banner()->showMessage(
                    Banner::Level::Error, page.error().message, page.error().diagnostic);
                return;
            }
            const qint64 selectedRun = m_runsTable->currentRow() >= 0
                ? m_runs->runAt(m_runsTable->currentRow()).runId
                : 0;
            if (older)
                m_runs->appendRuns(page.value().runs);
            else
                m_runs->setRuns(page.value().runs);
            m_nextBefore = page.value().nextBeforeId;
            m_older->setVisible(m_nextBefore != 0);
            if (!m_runsTable->selectId(selectedRun))
                m_runsTable->selectId(0);
            m_runsTable->fitColumnsOnce();
            showRunError();
        });
}

void OrgSyncPage::showRunError()
{
    const int row = m_runsTable->currentRow();
    if (row < 0 || row >= m_runs->rowCount()) {
        m_errorText->setPlainText(QString());
        m_errorText->setPlaceholderText(tr("Select a run to read its error."));
        m_copyError->setEnabled(false);
        return;
    }
    const QString error = m_runs->runAt(row).error;
    m_errorText->setPlainText(error);
    m_errorText->setPlaceholderText(tr("This run had no error."));
    m_copyError->setEnabled(!error.isEmpty());
}

void OrgSyncPage::updateActions()
{
    const sync::ProjectSyncStatus *p = currentProject();
    const int row = m_projectsTable->currentRow();
    const SyncState state = p ? m_projects->stateAt(row) : SyncState::Never;
    // Another instance's run can be neither started again nor cancelled from here.
    m_syncNow->setEnabled(!m_sending && p && state != SyncState::RunningElsewhere);
    m_syncAll->setEnabled(!m_sending && m_projects->rowCount() > 0);
    m_cancel->setEnabled(
        !m_sending && (state == SyncState::Running || state == SyncState::Waiting));
    m_openTm->setEnabled(p && !p->url.isEmpty());
}

void OrgSyncPage::startSync(const QList<qint64> &projects)
{
    if (projects.isEmpty() || m_sending)
        return;
    m_sending = true;
    updateActions();
    struct Round
    {
        qsizetype left = 0;
        int queued = 0;
        QList<core::Error> refusals;
    };
    auto round = std::make_shared<Round>();
    round->left = projects.size();
    const bool full = m_full->isChecked();
    for (const qint64 id : projects) {
        m_batch.insert(id);
        core::whenReady(backend().sync().start(id, full), this,
            [this, round, id](const core::Result<bool> &queued) {
                if (queued.ok())
                    round->queued += queued.value() ? 1 : 0;
                else {
                    round->refusals << queued.error();
                    m_batch.remove(id);
                }
                if (--round->left > 0)
                    return;
                m_sending = false;
                updateActions();
                // One banner for what was refused, however many rows (an unreachable Tasking
                // Manager refuses them all alike).
                if (!round->refusals.isEmpty()) {
                    const core::Error &first = round->refusals.constFirst();
                    const auto more = round->refusals.size() - 1;
                    showRefusalAndReload(more == 0
                            ? first.message
                            : tr("%1 (and %n more)", nullptr, static_cast<int>(more))
                                  .arg(first.message),
                        first.diagnostic);
                } else {
                    emit statusMessage(tr("Sync requested for %n project(s)", nullptr,
                        static_cast<int>(m_batch.size())));
                }
                poll();
            });
    }
}

void OrgSyncPage::cancelSync()
{
    const sync::ProjectSyncStatus *p = currentProject();
    if (!p || m_sending)
        return;
    const QString name = p->name;
    m_sending = true;
    updateActions();
    core::whenReady(backend().sync().cancel(p->projectId), this,
        [this, name](const core::Result<bool> &cancelled) {
            m_sending = false;
            updateActions();
            if (!cancelled.ok()) {
                showRefusalAndReload(cancelled.error().message, cancelled.error().diagnostic);
                return;
            }
            emit statusMessage(cancelled.value()
                    ? tr("The sync of %1 stops after the request in flight; what it brought in "
                         "stays.")
                          .arg(name)
                    : tr("The sync of %1 had already ended.").arg(name));
            poll();
        });
}

const sync::ProjectSyncStatus *OrgSyncPage::currentProject() const
{
    const int row = m_projectsTable->currentRow();
    return row >= 0 && row < m_projects->rowCount() ? &m_projects->projectAt(row) : nullptr;
}

bool OrgSyncPage::anyBusy() const
{
    for (int row = 0; row < m_projects->rowCount(); ++row)
        if (busy(m_projects->stateAt(row)))
            return true;
    return false;
}

void OrgSyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void OrgSyncPage::retranslateUi()
{
    m_syncedCard->setTitle(tr("Synced projects"));
    m_lastCard->setTitle(tr("Last completed run"));
    m_failedCard->setTitle(tr("Failed last run"));
    m_failedCard->setSubLine(tr("projects"));
    m_eventsCard->setTitle(tr("New events (24 h)"));
    m_eventsCard->setSubLine(tr("task changes brought in"));
    m_reviewCard->setTitle(tr("Needs review"));
    m_openReview->setText(tr("Open Review"));
    m_syncNow->setText(tr("Sync &now"));
    m_syncNow->setToolTip(
        tr("Sync the selected projects (%1)")
            .arg(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText)));
    m_full->setText(tr("&Full (every task's history)"));
    m_full->setToolTip(tr("A full sync reads the history of every task, not only of the tasks "
                          "that changed. It catches a task invalidated and validated again "
                          "between two syncs, and takes longer."));
    m_syncAll->setText(tr("Sync all &active"));
    m_syncAll->setToolTip(tr("Sync every active project that has members"));
    m_cancel->setText(tr("Cance&l"));
    m_cancel->setToolTip(tr("Stops after the request in flight; what was brought in stays"));
    m_openTm->setText(tr("Open in &Tasking Manager"));
    m_older->setText(tr("Show &older runs"));
    m_copyError->setText(tr("&Copy error"));
    m_errorText->setAccessibleName(tr("Error of the selected run"));
    m_projectsTable->setEmptyText(tr("No projects yet. Add one on the Projects page."));
    m_runsTable->setEmptyText(tr("This project has not been synced yet."));
    if (m_historyOf == 0)
        m_historyTitle->setText(tr("Run history"));
    showRunError();
}

} // namespace mikro::ui
