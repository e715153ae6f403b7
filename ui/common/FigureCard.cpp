#include "ui/common/FigureCard.h"

#include "ui/common/Look.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace mikro::ui {

FigureCard::FigureCard(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_subLine(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(objectName);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    m_subLine->setObjectName(objectName + QStringLiteral("SubLine"));
    for (QLabel *label : { m_title, m_value, m_subLine }) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setText(QStringLiteral("—"));
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_value);
    m_layout->addWidget(m_subLine);
    m_layout->addStretch();
    setMinimumWidth(150);
    applyLook();
}

void FigureCard::setTitle(const QString &title)
{
    m_title->setText(title);
    m_value->setAccessibleName(title);
}

void FigureCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void FigureCard::setSubLine(const QString &text)
{
    m_subLine->setText(text);
    m_subLine->setVisible(!text.isEmpty());
}

void FigureCard::setAccent(bool accent)
{
    m_accent = accent;
    applyLook();
}

void FigureCard::addWidget(QWidget *widget)
{
    m_layout->insertWidget(m_layout->count() - 1, widget);
}

QString FigureCard::value() const
{
    return m_value->text();
}

QString FigureCard::subLine() const
{
    return m_subLine->text();
}

void FigureCard::applyLook()
{
    if (m_applying)
        return;
    m_applying = true;
    const QString edge = m_accent ? look::KaartOrange.name() : QStringLiteral("palette(mid)");
    setStyleSheet(QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-left: %2px "
                                 "solid %3; border-radius: 4px; background: palette(base); }")
                      .arg(objectName())
                      .arg(m_accent ? 4 : 1)
                      .arg(edge));
    m_applying = false;
}

void FigureCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyLook();
    QFrame::changeEvent(event);
}

} // namespace mikro::ui
