#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace mikro::ui::look {

/// UI.md §1.9: brand colours, used sparingly.
inline const QColor KaartOrange { 0xff, 0x6b, 0x35 };
inline const QColor TextOnOrange { 0x1a, 0x1a, 0x1a };
inline const QColor KaartBlueLight { 0x00, 0x4e, 0x89 };
inline const QColor KaartBlueDark { 0x6c, 0xb4, 0xee };

/// What a status word or message means; each has its colour in both palettes, and is always
/// shown with its words.
enum class Tone { Good, Warn, Bad, Neutral };

/// Qt 6.4 has no colour-scheme query: the palette is dark when its window is darker than its
/// text (UI.md §1.9).
[[nodiscard]] bool isDark(const QPalette &palette);
/// The link and "Validated" colour of the palette.
[[nodiscard]] QColor blue(const QPalette &palette);
/// The text colour of a tone on the palette's window (contrast ≥ 4.5:1 on both palettes).
[[nodiscard]] QColor toneText(Tone tone, const QPalette &palette);

/// A page or dialog banner: a tinted background with a border of the tone.
[[nodiscard]] QString bannerStyle(Tone tone, const QPalette &palette);
/// A status badge: the tone's words in a rounded outline.
[[nodiscard]] QString badgeStyle(Tone tone, const QPalette &palette);
/// The clock of a change waiting to be sent (UI.md §6), drawn in the palette's text colour.
[[nodiscard]] QIcon waitingIcon(const QPalette &palette);
/// The one primary button of a page or dialog: orange with dark text (6.1:1).
[[nodiscard]] QString primaryButtonStyle();

} // namespace mikro::ui::look
