#pragma once

#include <QString>

class QSplitter;
class QTabBar;
class QTabWidget;

/// Window state that is remembered (UI.md §1.8): a page's last tab and its splitter's sizes,
/// restored when the widget is set up and saved at each change, under the window's versioned
/// group, so View ▸ Reset layout removes them with the rest.
namespace mikro::ui::remembered {

/// "window/v1": the QSettings group of the window's state; a changed layout bumps the version.
[[nodiscard]] QString group();

/// Call once the tab's own reaction to a change is connected: the restored tab is shown as if
/// chosen.
void tabs(QTabWidget *tabs, const QString &key);
void tabs(QTabBar *bar, const QString &key);
void splitter(QSplitter *splitter, const QString &key);

} // namespace mikro::ui::remembered
