#include "ui/common/Look.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace mikro::ui::look {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QColor blue(const QPalette &palette)
{
    return isDark(palette) ? KaartBlueDark : KaartBlueLight;
}

QColor toneText(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x7d, 0xd8, 0x8f) : QColor(0x1b, 0x6e, 0x2f);
    case Tone::Warn:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString bannerStyle(Tone tone, const QPalette &palette)
{
    const QColor edge = toneText(tone, palette);
    QColor fill = edge;
    fill.setAlpha(isDark(palette) ? 48 : 28);
    return QStringLiteral(
        "QFrame#banner { background: %1; border: 1px solid %2; border-radius: 4px; }")
        .arg(fill.name(QColor::HexArgb), edge.name());
}

QString badgeStyle(Tone tone, const QPalette &palette)
{
    const QColor text = toneText(tone, palette);
    return QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 8px; "
                          "padding: 1px 8px; }")
        .arg(text.name());
}

QString primaryButtonStyle()
{
    return QStringLiteral("QPushButton { background: %1; color: %2; border: 1px solid %1; "
                          "border-radius: 4px; padding: 4px 14px; }"
                          "QPushButton:disabled { background: palette(button); "
                          "color: palette(dark); border-color: palette(mid); }")
        .arg(KaartOrange.name(), TextOnOrange.name());
}

QIcon waitingIcon(const QPalette &palette)
{
    static QHash<QRgb, QIcon> drawn; // per text colour: a table asks for it at every paint
    const QRgb ink = palette.color(QPalette::Text).rgba();
    if (const auto it = drawn.constFind(ink); it != drawn.cend())
        return *it;
    QIcon icon;
    for (const int size : { 16, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        QPen pen(palette.color(QPalette::Text), 1.5 * unit);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        const QRectF face(1.5 * unit, 1.5 * unit, 13 * unit, 13 * unit);
        painter.drawEllipse(face);
        const QPointF centre = face.center();
        painter.drawLine(centre, centre + QPointF(0, -4.5 * unit)); // minute hand at 12
        painter.drawLine(centre, centre + QPointF(3.2 * unit, 0)); // hour hand at 3
        painter.end();
        icon.addPixmap(pixmap);
    }
    drawn.insert(ink, icon);
    return icon;
}

} // namespace mikro::ui::look
