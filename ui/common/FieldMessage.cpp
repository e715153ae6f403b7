#include "ui/common/FieldMessage.h"

#include "ui/common/Look.h"

#include <QEvent>

namespace mikro::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    applyTone();
    hide();
}

void FieldMessage::showProblem(const QString &problem)
{
    // The warning sign is the icon: the words follow it, so the state never rests on colour.
    setText(problem.isEmpty() ? QString() : QStringLiteral("⚠ ") + problem);
    setAccessibleName(problem);
    setVisible(!problem.isEmpty());
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTone();
}

void FieldMessage::applyTone()
{
    const QString style
        = QStringLiteral("color: %1;").arg(look::toneText(look::Tone::Bad, palette()).name());
    if (styleSheet() != style) // the style sheet itself changes the palette
        setStyleSheet(style);
}

} // namespace mikro::ui
