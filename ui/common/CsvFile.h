#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace mikro::ui {

/// Asks where to save a CSV export (a non-blocking save dialog with `suggestedName`), then calls
/// `chosen` with the path.
void askForCsvPath(QWidget *parent, const QString &title, const QString &suggestedName,
    std::function<void(const QString &path)> chosen);
/// Writes `bytes` to `path`; empty on success, else what went wrong.
[[nodiscard]] QString writeCsvFile(const QString &path, const QByteArray &bytes);

} // namespace mikro::ui
