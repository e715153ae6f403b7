#pragma once

#include <QProxyStyle>

namespace mikro::ui {

/// The platform's style with one mend: a check box inside a list or table (the Correct column of
/// a quiz's answers, a project's required trainings) gets an outline in the text's colour, so an
/// unticked box stays visible on a dark palette too (UI.md §1.9: Fusion draws it darker than the
/// dark base, so it vanished). Everything else is the base style's.
class CheckBoxStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// Wraps `base` (the application's style when null); the style takes ownership of it.
    explicit CheckBoxStyle(QStyle *base = nullptr);
    /// Makes a CheckBoxStyle over `base` the application's style (QApplication owns it).
    static void install(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};

} // namespace mikro::ui
