#include "ui/common/Banner.h"

#include "ui/common/Look.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace mikro::ui {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_details(new QToolButton(this))
    , m_action(new QPushButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_dismiss->setObjectName(QStringLiteral("bannerDismiss"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAutoRaise(true);
    m_dismiss->setAutoRaise(true);
    m_dismiss->setText(QStringLiteral("✕"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_action);
    layout->addWidget(m_dismiss);
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_details, &QToolButton::clicked, this, [this] {
        QMessageBox box(
            QMessageBox::Information, m_text->text(), m_text->text(), QMessageBox::Close, this);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(m_detailText);
        box.exec();
    });
    retranslateUi();
    hide();
}

void Banner::showMessage(
    Level level, const QString &message, const QString &details, const QString &action)
{
    m_level = level;
    m_text->setText(message);
    m_detailText = details;
    m_details->setVisible(!details.isEmpty());
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    applyLook();
    show();
}

QString Banner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

void Banner::applyLook()
{
    if (m_applying)
        return;
    m_applying = true; // a style sheet may itself change the palette
    setStyleSheet(look::bannerStyle(m_level == Level::Error ? look::Tone::Bad
            : m_level == Level::Warning                     ? look::Tone::Warn
                                                            : look::Tone::Neutral,
        palette()));
    m_applying = false;
}

void Banner::retranslateUi()
{
    m_details->setText(tr("Details"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange && !isHidden())
        applyLook();
    QFrame::changeEvent(event);
}

} // namespace mikro::ui
