#include "ui/shell/SignInWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace mikro::ui {

SignInWindow::SignInWindow(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tagline(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_workOffline(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_noBrowser(new QPushButton(this))
    , m_linkBox(new QFrame(this))
    , m_linkLabel(new QLabel(m_linkBox))
    , m_link(new QLineEdit(m_linkBox))
    , m_copy(new QPushButton(m_linkBox))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_settings(new QPushButton(this))
    , m_version(new QLabel(this))
{
    setObjectName(QStringLiteral("signInWindow"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_workOffline->setObjectName(QStringLiteral("workOfflineButton"));
    m_workOffline->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_busy->setObjectName(QStringLiteral("busy"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_noBrowser->setObjectName(QStringLiteral("noBrowserLink"));
    m_linkBox->setObjectName(QStringLiteral("linkBox"));
    m_link->setObjectName(QStringLiteral("linkField"));
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_details->setObjectName(QStringLiteral("details"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tagline->setWordWrap(true);
    m_signIn->setDefault(true);
    m_signIn->setMinimumHeight(36);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_noBrowser->setFlat(true);
    m_noBrowser->setCursor(Qt::PointingHandCursor);
    m_link->setReadOnly(true);
    m_linkBox->setFrameShape(QFrame::StyledPanel);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settings->setFlat(true);
    m_version->setText(QStringLiteral("Mikro %1").arg(QStringLiteral(MIKRO_VERSION)));
    m_version->setEnabled(false);

    auto *linkLayout = new QVBoxLayout(m_linkBox);
    linkLayout->addWidget(m_linkLabel);
    auto *linkRow = new QHBoxLayout();
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    linkLayout->addLayout(linkRow);

    auto *waitingRow = new QHBoxLayout();
    waitingRow->addWidget(m_noBrowser);
    waitingRow->addStretch();
    waitingRow->addWidget(m_detailsToggle);
    waitingRow->addWidget(m_cancel);

    auto *footer = new QHBoxLayout();
    footer->addWidget(m_settings);
    footer->addStretch();
    footer->addWidget(m_version);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_tagline);
    layout->addSpacing(18);
    layout->addWidget(m_signIn);
    layout->addWidget(m_workOffline);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addLayout(waitingRow);
    layout->addWidget(m_details);
    layout->addWidget(m_linkBox);
    layout->addStretch();
    layout->addLayout(footer);
    setFixedSize(460, 420);

    connect(m_signIn, &QPushButton::clicked, this, &SignInWindow::signInRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SignInWindow::cancelRequested);
    connect(m_workOffline, &QPushButton::clicked, this, &SignInWindow::workOfflineRequested);
    connect(m_settings, &QPushButton::clicked, this, &SignInWindow::settingsRequested);
    connect(m_noBrowser, &QPushButton::clicked, this, [this] { showLinkFallback(true); });
    connect(m_copy, &QPushButton::clicked, this, &SignInWindow::copyLink);
    connect(m_detailsToggle, &QToolButton::toggled, m_details, &QLabel::setVisible);
    retranslateUi();
    showReady();
}

void SignInWindow::retranslateUi()
{
    setWindowTitle(tr("Sign in to Mikro"));
    m_title->setText(tr("Mikro"));
    m_tagline->setText(tr("Task tracking and payments for OpenStreetMap mappers"));
    m_signIn->setText(m_failed ? tr("Try again") : tr("Sign in with your browser"));
    m_cancel->setText(tr("Cancel"));
    m_workOffline->setText(tr("Work offline as %1").arg(m_offlineName));
    m_noBrowser->setText(tr("Browser didn't open?"));
    m_linkLabel->setText(tr("Open this address in a browser on this computer:"));
    m_copy->setText(tr("Copy link"));
    m_detailsToggle->setText(tr("Details"));
    m_settings->setText(tr("Connection settings…"));
}

void SignInWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SignInWindow::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_signIn->setEnabled(!busy);
    m_workOffline->setVisible(!busy && !m_offlineName.isEmpty());
}

void SignInWindow::showLinkFallback(bool visible)
{
    m_linkBox->setVisible(visible);
    m_noBrowser->setVisible(!visible && m_cancel->isVisible());
}

void SignInWindow::copyLink()
{
    QApplication::clipboard()->setText(m_link->text());
    m_status->setText(tr("Link copied"));
}

void SignInWindow::showReady(const QString &message)
{
    m_failed = false;
    retranslateUi();
    setBusy(false);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    m_cancel->hide();
    m_noBrowser->hide();
    m_detailsToggle->hide();
    m_details->hide();
    showLinkFallback(false);
}

void SignInWindow::showRestoring()
{
    showReady(tr("Signing you in…"));
    setBusy(true);
}

void SignInWindow::showWaitingForBrowser(const QUrl &link, bool browserOpened)
{
    setBusy(true);
    m_status->show();
    m_cancel->show();
    m_link->setText(link.toString(QUrl::FullyEncoded));
    m_link->setCursorPosition(0);
    if (browserOpened) {
        m_status->setText(tr("Finish signing in in your browser. Mikro continues by itself."));
        m_noBrowser->show();
        showLinkFallback(false);
    } else {
        m_status->setText(
            tr("Your browser could not be opened. Copy the link below into a browser."));
        showLinkFallback(true);
    }
}

void SignInWindow::showCompleting()
{
    setBusy(true);
    m_cancel->hide();
    showLinkFallback(false);
    m_status->setText(tr("Completing sign-in…"));
}

void SignInWindow::showLoadingProfile()
{
    setBusy(true);
    m_cancel->hide();
    showLinkFallback(false);
    m_status->show();
    m_status->setText(tr("Loading your profile…"));
}

void SignInWindow::showError(const QString &message, const QString &details)
{
    m_failed = true;
    retranslateUi();
    setBusy(false);
    m_cancel->hide();
    m_noBrowser->hide();
    showLinkFallback(false);
    m_status->show();
    m_status->setText(message);
    m_details->setText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_detailsToggle->setChecked(false);
    m_details->hide();
}

void SignInWindow::offerWorkingOffline(const QString &name)
{
    m_offlineName = name;
    retranslateUi();
    m_workOffline->setVisible(!name.isEmpty() && m_signIn->isEnabled());
}

} // namespace mikro::ui
