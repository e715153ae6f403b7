#include "ui/shell/MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace mikro::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_storeState(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addStretch();
    m_headline->setAlignment(Qt::AlignCenter);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_headline->setFont(big);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addStretch();
    setCentralWidget(central);
    m_storeState->setObjectName(QStringLiteral("storeState"));
    statusBar()->addPermanentWidget(m_storeState);
    resize(960, 640);
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Mikro"));
    m_headline->setText(tr("Welcome to Mikro"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
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

void MainWindow::showStoreFailed(const QString &message, const QString &details)
{
    m_detail->setText(tr("%1\nClose Mikro, check that the data folder is writable, and start it "
                         "again.")
                          .arg(message));
    m_storeState->setText(tr("Local store: unavailable"));
    m_storeState->setToolTip(details);
}

} // namespace mikro::ui
