#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace mikro::ui {

/// Asks `question` without blocking (UI.md §7: Cancel is the default, the answer comes back
/// later): `answered(true)` after the button named `yesText`, `answered(false)` otherwise. The box
/// deletes itself; it is returned for tests and screenshots.
QMessageBox *askToConfirm(QWidget *parent, const QString &objectName, const QString &title,
    const QString &question, const QString &yesText, std::function<void(bool yes)> answered);

} // namespace mikro::ui
