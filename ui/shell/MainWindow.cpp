#include "ui/shell/MainWindow.h"

#include "models/StatusWords.h"
#include "services/client/Session.h"
#include "services/client/offline/OfflineBackend.h"
#include "services/core/Clock.h"
#include "ui/common/Banner.h"
#include "ui/common/Look.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/dialogs/PendingChangesDialog.h"
#include "ui/pages/AccountPage.h"
#include "ui/pages/AuditLogPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/MyChecklistsPage.h"
#include "ui/pages/OrgChecklistsPage.h"
#include "ui/pages/OrgDashboardPage.h"
#include "ui/pages/OrgProjectsPage.h"
#include "ui/pages/OrgSyncPage.h"
#include "ui/pages/OrgTrainingPage.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/pages/ProjectsPage.h"
#include "ui/pages/ReconciliationPage.h"
#include "ui/pages/ReviewChecklistsPage.h"
#include "ui/pages/TaskReviewPage.h"
#include "ui/pages/TrainingPage.h"
#include "ui/pages/UsersPage.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/Sidebar.h"
#include "ui/shell/SignOutQuestion.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mikro::ui {

namespace {

/// QSettings keys; the version resets a layout saved by an older window (UI.md §1.8).
constexpr int LayoutVersion = 1;

} // namespace

MainWindow::MainWindow(const PageContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sidebar(new Sidebar)
    , m_stack(new QStackedWidget)
    , m_banner(new Banner)
    , m_pageTitle(new QLabel)
    , m_copyAge(new QLabel)
    , m_connection(new QToolButton)
    , m_personName(new QLabel)
    , m_roleBadge(new QLabel)
    , m_organisation(new QLabel)
    , m_accountMenu(new QToolButton)
    , m_updated(new QLabel)
    , m_work(new QProgressBar)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *dashboard = new DashboardPage(context);
    auto *projects = new ProjectsPage(context);
    auto *payments = new PaymentsPage(context);
    auto *training = new TrainingPage(context);
    auto *checklists = new MyChecklistsPage(context);
    auto *review = new ReviewChecklistsPage(context);
    auto *reconciliation = new ReconciliationPage(context);
    auto *users = new UsersPage(context);
    auto *organisation = new OrgDashboardPage(context);
    auto *audit = new AuditLogPage(context);
    auto *taskReview = new TaskReviewPage(context);
    auto *orgProjects = new OrgProjectsPage(context);
    auto *orgChecklists = new OrgChecklistsPage(context);
    auto *orgTraining = new OrgTrainingPage(context);
    auto *orgSync = new OrgSyncPage(context);
    m_account = new AccountPage(context);
    m_pages = { { PageId::Dashboard, dashboard }, { PageId::Projects, projects },
        { PageId::Payments, payments }, { PageId::Training, training },
        { PageId::Checklists, checklists }, { PageId::Review, review },
        { PageId::Reconciliation, reconciliation }, { PageId::Users, users },
        { PageId::Organisation, organisation }, { PageId::Audit, audit },
        { PageId::TaskReview, taskReview }, { PageId::OrgProjects, orgProjects },
        { PageId::OrgChecklists, orgChecklists }, { PageId::OrgTraining, orgTraining },
        { PageId::OrgSync, orgSync }, { PageId::Account, m_account } };
    for (Page *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        connect(page, &Page::updatedChanged, this, &MainWindow::pageLoaded);
        connect(page, &Page::statusMessage, this, &MainWindow::showStatus);
        connect(page, &Page::connectionObserved, this, &MainWindow::setOnline);
        connect(page, &Page::workProgress, this, &MainWindow::showWorkProgress);
        connect(page, &Page::countChanged, this,
            [this, id = m_pages.key(page)](int count) { m_sidebar->setCount(id, count); });
    }
    connect(dashboard, &DashboardPage::accountPageRequested, this,
        [this] { openPage(PageId::Account); });
    connect(
        payments, &PaymentsPage::accountPageRequested, this, [this] { openPage(PageId::Account); });
    connect(projects, &ProjectsPage::trainingPageRequested, this,
        [this] { openPage(PageId::Training); });
    connect(dashboard, &DashboardPage::trainingPageRequested, this,
        [this] { openPage(PageId::Training); });
    connect(dashboard, &DashboardPage::checklistsPageRequested, this,
        [this] { openPage(PageId::Checklists); });
    connect(dashboard, &DashboardPage::paymentsPageRequested, this,
        [this] { openPage(PageId::Payments); });
    connect(
        dashboard, &DashboardPage::reviewPageRequested, this, [this] { openPage(PageId::Review); });
    connect(organisation, &OrgDashboardPage::reconciliationPageRequested, this,
        [this] { openPage(PageId::Reconciliation); });
    connect(organisation, &OrgDashboardPage::reviewPageRequested, this,
        [this] { openPage(PageId::TaskReview); });
    connect(organisation, &OrgDashboardPage::syncPageRequested, this,
        [this] { openPage(PageId::OrgSync); });
    connect(
        orgSync, &OrgSyncPage::reviewPageRequested, this, [this] { openPage(PageId::TaskReview); });
    connect(orgProjects, &OrgProjectsPage::syncHistoryRequested, this,
        [this, orgSync](qint64 projectId) {
            openPage(PageId::OrgSync);
            orgSync->selectProject(projectId);
        });
    connect(orgChecklists, &OrgChecklistsPage::reviewRequested, this, [this, review](qint64 id) {
        openPage(PageId::Review);
        review->select(id);
    });
    // An audit entry opens its person, request or payment where a page shows it (UI.md §5.9).
    connect(audit, &AuditLogPage::entityRequested, this,
        [this, users, reconciliation, orgProjects, orgTraining](
            const QString &entity, const QString &id) {
            if (entity == QLatin1String("user")) {
                openPage(PageId::Users);
                users->selectPerson(id);
            } else if (entity == QLatin1String("training")) {
                openPage(PageId::OrgTraining);
                orgTraining->selectTraining(id.toLongLong());
            } else if (entity == QLatin1String("project")) {
                openPage(PageId::OrgProjects);
                orgProjects->selectProject(id.toLongLong());
            } else if (entity == QLatin1String("payment_request")
                || entity == QLatin1String("payment")) {
                openPage(PageId::Reconciliation);
                reconciliation->showRecord(entity == QLatin1String("payment"), id.toLongLong());
            }
        });
    m_noOrganisation = buildNoOrganisation();
    m_stack->addWidget(m_noOrganisation);
    connect(m_account, &AccountPage::signOutRequested, this, &MainWindow::askToSignOut);
    connect(m_sidebar, &Sidebar::pageChosen, this, &MainWindow::openPage);
    connect(&context.session, &client::Session::changed, this, &MainWindow::showSession);
    connect(&context.session, &client::Session::roleChanged, this, &MainWindow::onRoleChanged);

    buildMenus();
    auto *central = new QWidget;
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sidebar);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setMinimumWidth(
        m_updated->fontMetrics().horizontalAdvance(QStringLiteral("Updated 00:00 AM")) + 16);
    m_work->setObjectName(QStringLiteral("workProgress"));
    m_work->setMaximumWidth(180);
    m_work->setFormat(QStringLiteral("%v / %m"));
    m_work->hide();
    statusBar()->addPermanentWidget(m_work);
    if (client::OfflineBackend *offline = m_context.backend.offline()) {
        connect(&offline->connectivity(), &client::Connectivity::changed, this,
            &MainWindow::showConnection);
        connect(&offline->offlineChecklists(), &client::OfflineChecklistsClient::sentAfterWaiting,
            this, [this](int count) { showStatus(tr("%n change(s) sent", nullptr, count)); });
        // The light probe while nothing waits to be sent: the page shown reads again.
        connect(&offline->connectivity(), &client::Connectivity::retryDue, this, [this, offline] {
            const auto id = currentPage();
            if (id && (!offline->isOpen() || offline->outbox().waitingCount() == 0))
                m_pages.value(*id)->refresh();
        });
    }
    statusBar()->addPermanentWidget(m_updated);
    setMinimumSize(1024, 640);
    retranslateUi();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::settingsRequested);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::askToSignOut);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, [this] {
        if (const auto id = currentPage())
            m_pages.value(*id)->refresh();
    });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_goToMenu = m_viewMenu->addMenu(QString());
    for (int n = 1; n <= 9; ++n) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        connect(go, &QAction::triggered, this, [this, n] {
            const QList<PageId> order = m_sidebar->pages();
            if (n <= order.size() && m_context.session.hasOrganisation())
                openPage(order.at(n - 1));
        });
        addAction(go);
        m_goTo << go;
    }
    m_labelsAction = m_viewMenu->addAction(QString());
    m_labelsAction->setCheckable(true);
    m_labelsAction->setChecked(true);
    m_labelsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_labelsAction, &QAction::toggled, m_sidebar, &Sidebar::setLabelsShown);
    m_viewMenu->addSeparator();
    m_pendingAction = m_viewMenu->addAction(QString(), this, &MainWindow::showPendingChanges);
    m_pendingAction->setObjectName(QStringLiteral("pendingChangesAction"));
    m_historyAction = m_viewMenu->addAction(QString(), this, &MainWindow::showHistory);
    m_resetAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    m_resetAction->setObjectName(QStringLiteral("resetLayoutAction"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

QWidget *MainWindow::buildHeader()
{
    auto *header = new QFrame;
    header->setObjectName(QStringLiteral("header"));
    header->setFrameShape(QFrame::StyledPanel);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_copyAge->setObjectName(QStringLiteral("offlineCopyAge"));
    m_copyAge->hide();
    m_connection->setObjectName(QStringLiteral("connectionIndicator"));
    m_personName->setObjectName(QStringLiteral("personName"));
    m_roleBadge->setObjectName(QStringLiteral("roleBadge"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    for (QLabel *label : { m_pageTitle, m_personName, m_organisation })
        label->setTextFormat(Qt::PlainText);
    m_connection->setAutoRaise(true);
    m_connection->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_connection, &QToolButton::clicked, this, &MainWindow::showPendingChanges);
    QFont big = m_pageTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_pageTitle->setFont(big);
    QFont bold = m_personName->font();
    bold.setBold(true);
    m_personName->setFont(bold);
    m_roleBadge->setStyleSheet(look::badgeStyle(look::Tone::Neutral, palette()));
    auto *menu = new QMenu(m_accountMenu);
    m_accountAction = menu->addAction(QString(), this, [this] { openPage(PageId::Account); });
    m_accountSignOut = menu->addAction(QString(), this, &MainWindow::askToSignOut);
    m_accountMenu->setMenu(menu);
    m_accountMenu->setPopupMode(QToolButton::InstantPopup);
    m_accountMenu->setAutoRaise(true);
    auto *layout = new QHBoxLayout(header);
    layout->addWidget(m_pageTitle);
    layout->addWidget(m_copyAge);
    layout->addSpacing(16);
    layout->addWidget(m_connection);
    layout->addStretch();
    layout->addWidget(m_personName);
    layout->addWidget(m_roleBadge);
    layout->addWidget(m_organisation);
    layout->addWidget(m_accountMenu);
    return header;
}

QWidget *MainWindow::buildNoOrganisation()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("noOrganisation"));
    auto *headline = new QLabel(panel);
    headline->setObjectName(QStringLiteral("noOrganisationHeadline"));
    auto *text = new QLabel(panel);
    text->setObjectName(QStringLiteral("noOrganisationText"));
    text->setWordWrap(true);
    auto *check = new QPushButton(panel);
    check->setObjectName(QStringLiteral("checkAgain"));
    check->setStyleSheet(look::primaryButtonStyle());
    auto *signOut = new QPushButton(panel);
    signOut->setObjectName(QStringLiteral("noOrganisationSignOut"));
    QFont big = headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    headline->setFont(big);
    headline->setAlignment(Qt::AlignCenter);
    text->setAlignment(Qt::AlignCenter);
    connect(check, &QPushButton::clicked, this, &MainWindow::checkAgainRequested);
    connect(signOut, &QPushButton::clicked, this, &MainWindow::askToSignOut);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(check);
    buttons->addWidget(signOut);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(panel);
    layout->addStretch();
    layout->addWidget(headline);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch();
    return panel;
}

void MainWindow::start(std::optional<PageId> page)
{
    showSession();
    if (!m_context.session.hasOrganisation()) {
        m_stack->setCurrentWidget(m_noOrganisation);
        m_pageTitle->setText(tr("Account"));
        return;
    }
    const PageId first = page.value_or(startPage());
    m_recordPages = true; // the pages opened while the window was built are not the person's
    openPage(first);
    // A sidebar count is there from the start, not only once its page was opened.
    for (const PageId counted : { PageId::Review, PageId::Reconciliation, PageId::TaskReview })
        if (first != counted && m_sidebar->pages().contains(counted))
            m_pages.value(counted)->refresh();
}

PageId MainWindow::startPage() const
{
    // UI.md §1.8: the role's dashboard, or the role's last page when Settings chose it.
    const PageId home = homePageFor(m_context.session.role());
    QSettings settings;
    if (settings.value(QStringLiteral("general/startPage")).toString() != QLatin1String("last"))
        return home;
    const std::optional<PageId> last = pageFromKey(settings.value(lastPageKey()).toString());
    if (!last)
        return home;
    const QList<NavEntry> pages = navigationFor(m_context.session.role());
    const bool offered
        = std::ranges::any_of(pages, [&](const NavEntry &e) { return e.page == last; });
    return offered ? *last : home;
}

QString MainWindow::lastPageKey() const
{
    return remembered::group() + QStringLiteral("/lastPage/")
        + domain::roleText(m_context.session.role());
}

void MainWindow::openPage(PageId id)
{
    if (!m_context.session.hasOrganisation() && id != PageId::Account)
        return;
    Page *target = m_pages.value(id);
    m_sidebar->select(id);
    m_stack->setCurrentWidget(target);
    m_pageTitle->setText(
        m_sidebar->labelOf(id).isEmpty() ? target->title() : m_sidebar->labelOf(id));
    showUpdated(*target);
    target->setFocus();
    if (m_recordPages)
        QSettings().setValue(lastPageKey(), pageKey(id));
}

std::optional<PageId> MainWindow::currentPage() const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (it.value() == m_stack->currentWidget())
            return it.key();
    return std::nullopt;
}

void MainWindow::showSession()
{
    const client::Session &s = m_context.session;
    m_personName->setText(s.displayName());
    m_roleBadge->setText(models::roleWord(s.role()));
    m_organisation->setText(s.hasOrganisation() ? s.organisationName() : tr("No organisation yet"));
    m_sidebar->setEntries(s.hasOrganisation()
            ? navigationFor(s.role())
            : QList<NavEntry> { { PageId::Account, tr("Account") } });
    if (const auto id = currentPage())
        m_sidebar->select(*id);
    // Go to ▸ lists the sidebar's pages in order, with Ctrl+1…9.
    m_goToMenu->clear();
    const QList<PageId> order = m_sidebar->pages();
    for (int n = 0; n < order.size() && n < m_goTo.size(); ++n) {
        m_goTo[n]->setText(m_sidebar->labelOf(order[n]));
        m_goToMenu->addAction(m_goTo[n]);
    }
}

void MainWindow::onRoleChanged()
{
    showSession();
    showStatus(tr("Your role is now %1").arg(models::roleWord(m_context.session.role())));
    openPage(currentPage().value_or(homePageFor(m_context.session.role())));
}

void MainWindow::showWorkProgress(int done, int total, const QString &what)
{
    // A bar while a page's long work runs, whichever page is shown; its words in the tooltip
    // and for screen readers.
    m_work->setVisible(total > 0);
    if (total <= 0)
        return;
    m_work->setRange(0, total);
    m_work->setValue(done);
    m_work->setToolTip(what);
    m_work->setAccessibleName(what);
}

void MainWindow::pageLoaded(const QString &)
{
    if (const auto *page = qobject_cast<const Page *>(sender());
        page && page == m_stack->currentWidget())
        showUpdated(*page);
}

void MainWindow::showUpdated(const Page &page)
{
    m_updated->setText(page.updatedText());
    m_copyAge->setText(page.showsOfflineCopy() ? page.updatedText() : QString());
    m_copyAge->setStyleSheet(
        QStringLiteral("color: %1").arg(look::toneText(look::Tone::Warn, palette()).name()));
    m_copyAge->setVisible(page.showsOfflineCopy());
}

void MainWindow::setOnline(bool online)
{
    m_online = online;
    if (client::OfflineBackend *offline = m_context.backend.offline()) {
        // A page's read is a real outcome too (UI.md §1.4).
        if (online)
            offline->connectivity().contactMade();
        else if (offline->connectivity().reachable())
            offline->connectivity().contactLost();
        return; // the state change shows it
    }
    showConnection();
}

QString MainWindow::connectionText() const
{
    client::OfflineBackend *offline = m_context.backend.offline();
    if (!offline)
        return m_online ? tr("Online") : tr("Offline");
    const int waiting = offline->isOpen() ? offline->outbox().waitingCount() : 0;
    const int settled = offline->isOpen() ? offline->outbox().settledCount() : 0;
    switch (offline->connectivity().state()) {
    case client::Connectivity::State::Online:
        return tr("Online");
    case client::Connectivity::State::Syncing:
        return tr("Sending %n change(s)…", nullptr, waiting);
    case client::Connectivity::State::Offline:
        return waiting > 0 ? tr("Offline · %n change(s) waiting", nullptr, waiting) : tr("Offline");
    case client::Connectivity::State::Attention:
        return tr("Online · %n need(s) attention", nullptr, settled);
    }
    return tr("Online");
}

void MainWindow::showConnection()
{
    // Words with a mark, never colour alone (UI.md §1.4).
    client::OfflineBackend *offline = m_context.backend.offline();
    using State = client::Connectivity::State;
    const State state = offline ? offline->connectivity().state()
        : m_online              ? State::Online
                                : State::Offline;
    QString mark = QStringLiteral("●");
    look::Tone tone = look::Tone::Good;
    if (state == State::Syncing) {
        mark = QStringLiteral("↻");
        tone = look::Tone::Neutral;
    } else if (state == State::Offline) {
        mark = QStringLiteral("○");
        tone = look::Tone::Neutral;
    } else if (state == State::Attention) {
        mark = QStringLiteral("▲");
        tone = look::Tone::Warn;
    }
    m_connection->setText(mark + u' ' + connectionText());
    m_connection->setStyleSheet(
        QStringLiteral("QToolButton { color: %1; }").arg(look::toneText(tone, palette()).name()));
    QString tip = state == State::Offline
        ? tr("The Mikro server can't be reached. Pages show what they last loaded; checklist "
             "work is kept on this computer and sent when the server answers again.")
        : tr("The Mikro server answered the last request.");
    if (offline && offline->connectivity().lastContact().isValid())
        tip += u'\n'
            + tr("Last contact %1")
                  .arg(
                      QLocale().toString(offline->connectivity().lastContact().toLocalTime().time(),
                          QLocale::ShortFormat));
    if (offline && offline->connectivity().nextRetry().isValid())
        tip += u'\n'
            + tr("Next try %1")
                  .arg(QLocale().toString(offline->connectivity().nextRetry().toLocalTime().time(),
                      QLocale::ShortFormat));
    if (offline)
        tip += u'\n' + tr("Click for Pending changes.");
    m_connection->setToolTip(tip);
    m_connection->setAccessibleName(connectionText());
    m_connection->setEnabled(offline != nullptr);
    m_pendingAction->setEnabled(offline != nullptr);
}

void MainWindow::showPendingChanges()
{
    client::OfflineBackend *offline = m_context.backend.offline();
    if (!offline)
        return;
    if (!m_pending) {
        auto *dialog = new PendingChangesDialog(*offline, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_pending = dialog;
    }
    m_pending->show();
    m_pending->raise();
    m_pending->activateWindow();
}

void MainWindow::showWarning(const QString &message)
{
    m_banner->showMessage(Banner::Level::Warning, message);
}

void MainWindow::setKeychainAvailable(bool available)
{
    m_account->setKeychainAvailable(available);
}

void MainWindow::showStatus(const QString &message)
{
    m_history.append({ m_context.clock.nowUtc(), message });
    statusBar()->showMessage(message, 8000);
}

QStringList MainWindow::messageHistory() const
{
    QStringList out;
    for (const auto &[at, text] : m_history)
        out << QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat) + QLatin1Char(' ')
                + text;
    return out;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHistory()
{
    const QStringList lines = messageHistory();
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Message history"),
        lines.isEmpty() ? tr("No messages yet.") : lines.join(QLatin1Char('\n')),
        QMessageBox::Close, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Mikro"),
        tr("Mikro %1\nTask tracking and payments for OpenStreetMap mappers.")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Close, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(remembered::group());
    if (settings.value(QStringLiteral("version")).toInt() != LayoutVersion) {
        settings.endGroup();
        return;
    }
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    // A geometry on a screen that no longer exists is centred on the primary one.
    if (!QGuiApplication::screenAt(geometry().center()) && QGuiApplication::primaryScreen())
        move(QGuiApplication::primaryScreen()->availableGeometry().center() - rect().center());
    m_labelsAction->setChecked(settings.value(QStringLiteral("sidebarLabels"), true).toBool());
    settings.endGroup();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(remembered::group());
    settings.setValue(QStringLiteral("version"), LayoutVersion);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("sidebarLabels"), m_sidebar->labelsShown());
    settings.endGroup();
}

void MainWindow::resetLayout()
{
    QSettings().remove(remembered::group()); // with each page's tabs, splitters and last page
    QSettings().remove(QStringLiteral("tables")); // every table's columns and order
    m_labelsAction->setChecked(true);
    resize(1024, 640);
    showStatus(tr("Layout reset"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Mikro"));
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("Settings…"));
    m_signOutAction->setText(tr("Sign out"));
    m_quitAction->setText(tr("Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("Refresh"));
    m_goToMenu->setTitle(tr("Go to"));
    m_labelsAction->setText(tr("Show sidebar labels"));
    m_historyAction->setText(tr("Message history…"));
    m_pendingAction->setText(tr("Pending changes…"));
    m_resetAction->setText(tr("Reset layout"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("Keyboard shortcuts"));
    m_aboutAction->setText(tr("About Mikro"));
    m_accountAction->setText(tr("Account"));
    m_accountSignOut->setText(tr("Sign out"));
    m_accountMenu->setText(tr("Account"));
    m_accountMenu->setAccessibleName(tr("Account menu"));
    auto *headline
        = m_noOrganisation->findChild<QLabel *>(QStringLiteral("noOrganisationHeadline"));
    headline->setText(tr("You're not in an organisation yet"));
    m_noOrganisation->findChild<QLabel *>(QStringLiteral("noOrganisationText"))
        ->setText(tr("Your profile is ready. An admin of your organisation has to add you in the "
                     "sign-in service; then choose Check again."));
    m_noOrganisation->findChild<QPushButton *>(QStringLiteral("checkAgain"))
        ->setText(tr("Check again"));
    m_noOrganisation->findChild<QPushButton *>(QStringLiteral("noOrganisationSignOut"))
        ->setText(tr("Sign out"));
    showConnection();
    showSession();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) { // light ↔ dark: the tone colours follow
        m_roleBadge->setStyleSheet(look::badgeStyle(look::Tone::Neutral, palette()));
        showConnection();
        if (const auto *page = qobject_cast<const Page *>(m_stack->currentWidget()))
            showUpdated(*page);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::askToSignOut()
{
    static_cast<void>(SignOutQuestion::ask(
        this, m_context.backend.offline(), [this] { emit signOutRequested(); }));
}

} // namespace mikro::ui
