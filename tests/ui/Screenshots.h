#pragma once

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

} // namespace mikro::testing
