#include "ui/shell/MainWindow.h"

#include "ui/shell/BalanceCards.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace mikro::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_personName(new QLabel(this))
    , m_roleBadge(new QLabel(this))
    , m_organisation(new QLabel(this))
    , m_signOut(new QToolButton(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_storeState(new QLabel(this))
    , m_balance(new BalanceCards(this))
{
    m_personName->setObjectName(QStringLiteral("personName"));
    m_roleBadge->setObjectName(QStringLiteral("roleBadge"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_banner->setObjectName(QStringLiteral("warningBanner"));
    m_storeState->setObjectName(QStringLiteral("storeState"));

    m_fileMenu = menuBar()->addMenu(QString());
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    QFont bold = m_personName->font();
    bold.setBold(true);
    m_personName->setFont(bold);
    m_roleBadge->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid palette(mid); border-radius: 8px; padding: 1px 8px; }"));
    m_signOut->setAutoRaise(true);
    connect(m_signOut, &QToolButton::clicked, this, &MainWindow::signOutRequested);

    auto *header = new QFrame(this);
    header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->addStretch();
    headerLayout->addWidget(m_personName);
    headerLayout->addWidget(m_roleBadge);
    headerLayout->addWidget(m_organisation);
    headerLayout->addSpacing(12);
    headerLayout->addWidget(m_signOut);

    m_banner->setStyleSheet(
        QStringLiteral("QFrame#warningBanner { background: #fff4d6; border: 1px solid #e0b84c; }"));
    m_bannerText->setWordWrap(true);
    auto *dismiss = new QToolButton(m_banner);
    dismiss->setObjectName(QStringLiteral("dismissBanner"));
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, m_banner, &QFrame::hide);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();

    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_headline->setFont(big);
    m_headline->setAlignment(Qt::AlignCenter);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_balance);
    layout->addStretch();
    m_balance->hide();
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_storeState);
    setMinimumSize(1024, 640);
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Mikro"));
    m_fileMenu->setTitle(tr("&File"));
    m_signOutAction->setText(tr("Sign out"));
    m_quitAction->setText(tr("Quit"));
    m_signOut->setText(tr("Sign out"));
    m_headline->setText(tr("Welcome to Mikro"));
    if (m_role == QLatin1String("admin"))
        m_roleBadge->setText(tr("Admin"));
    else if (m_role == QLatin1String("validator"))
        m_roleBadge->setText(tr("Validator"));
    else
        m_roleBadge->setText(tr("User"));
    m_organisation->setText(m_org.isEmpty() ? tr("No organisation yet") : m_org);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPerson(const QString &name, const QString &role, const QString &organisation)
{
    m_personName->setText(name);
    m_role = role;
    m_org = organisation;
    retranslateUi();
}

void MainWindow::showWarning(const QString &message)
{
    m_bannerText->setText(message);
    m_banner->show();
}

void MainWindow::showStorePreparing()
{
    m_detail->setText(tr("Preparing your local data…"));
    m_storeState->setText(tr("Local store: opening…"));
}

void MainWindow::showStoreReady(const QString &place, int schemaVersion)
{
    m_detail->setText(tr("Your local data is ready."));
    m_storeState->setText(tr("Local store: ready (schema %1)").arg(schemaVersion));
    m_storeState->setToolTip(place);
}

void MainWindow::showBalance(
    const domain::Balance &balance, const QString &currency, const QDateTime &at)
{
    m_balance->showBalance(balance, currency, at);
    m_balance->show();
}

void MainWindow::showBalanceFailed(const QString &message)
{
    m_balance->showFailure(message);
    m_balance->show();
}

void MainWindow::showStoreFailed(const QString &message, const QString &details)
{
    m_detail->setText(tr("%1\nClose Mikro, check that the data folder is writable, and start it "
                         "again.")
                          .arg(message));
    m_storeState->setText(tr("Local store: unavailable"));
    m_storeState->setToolTip(details);
}

} // namespace mikro::ui
