#pragma once

#include "services/core/Clock.h"

#include <QObject>

#include <memory>

namespace mikro::store {
class Database;
}
namespace mikro::ui {
class MainWindow;
}

namespace mikro::desktop {

/// Builds the desktop's object graph (clock, local store, main window) and owns it. The local
/// store is opened and migrated on the store's pool, never on the UI thread.
class DesktopComposition : public QObject
{
    Q_OBJECT
public:
    explicit DesktopComposition(const QString &localStorePath, QObject *parent = nullptr);
    ~DesktopComposition() override;

    void start();
    [[nodiscard]] ui::MainWindow &mainWindow() { return *m_window; }

private:
    core::SystemClock m_clock;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace mikro::desktop
