#include "ui/common/CheckBoxStyle.h"

#include "ui/common/Look.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace mikro::ui {

CheckBoxStyle::CheckBoxStyle(QStyle *base)
    : QProxyStyle(base)
{
}

// QApplication takes ownership of its style and deletes it when replaced or at exit; the
// analyzer cannot see that.
// NOLINTBEGIN(clang-analyzer-cplusplus.NewDeleteLeaks)
void CheckBoxStyle::install(QStyle *base)
{
    QApplication::setStyle(new CheckBoxStyle(base));
}
// NOLINTEND(clang-analyzer-cplusplus.NewDeleteLeaks)

void CheckBoxStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorItemViewItemCheck || !look::isDark(option->palette))
        return;
    // A visible edge on the dark base: the text's colour, half strength.
    QColor edge = option->palette.color(QPalette::Text);
    edge.setAlphaF(option->state & State_Enabled ? 0.55F : 0.3F);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(edge);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(1, 1, -2, -2));
    painter->restore();
}

} // namespace mikro::ui
