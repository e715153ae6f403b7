#pragma once

#include <QApplication>
#include <QDir>
#include <QString>
#include <QWidget>

namespace mikro::testing {

/// Saves a widget as PNG: into MIKRO_SCREENSHOT_DIR when set (docs/screenshots is made this
/// way), otherwise into the test's temporary directory. Returns whether the file was written.
inline bool saveScreenshot(QWidget &widget, const QString &name, const QString &fallbackDir)
{
    const QString dir = qEnvironmentVariable("MIKRO_SCREENSHOT_DIR", fallbackDir);
    QDir().mkpath(dir);
    return widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/// Saves `widget` as `name`-light.png and `name`-dark.png, each under its palette (`palette`
/// gives it: testing::uiPalette), and puts the application's palette back.
template <typename PaletteOf>
bool saveLightAndDark(
    QWidget &widget, const QString &name, const QString &fallbackDir, PaletteOf palette)
{
    const QPalette original = QApplication::palette();
    bool saved = true;
    for (const bool dark : { false, true }) {
        QApplication::setPalette(palette(dark));
        QCoreApplication::processEvents();
        saved = saveScreenshot(widget,
                    name + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")), fallbackDir)
            && saved;
    }
    QApplication::setPalette(original);
    return saved;
}

} // namespace mikro::testing
