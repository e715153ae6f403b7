#include "app/desktop/DesktopComposition.h"

#include "services/core/WhenReady.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "ui/shell/MainWindow.h"

#include <QtConcurrent>

namespace mikro::desktop {

DesktopComposition::DesktopComposition(const QString &localStorePath, QObject *parent)
    : QObject(parent)
    , m_db(std::make_unique<store::Database>(store::DatabaseConfig::sqlite(localStorePath), 2))
    , m_window(std::make_unique<ui::MainWindow>())
{
}

DesktopComposition::~DesktopComposition()
{
    m_window.reset();
    m_db.reset(); // waits for work still on the store's pool
}

void DesktopComposition::start()
{
    m_window->showStorePreparing();
    m_window->show();
    auto migrated = QtConcurrent::run(
        &m_db->pool(), [this] { return store::Migrator(*m_db, m_clock).migrate(); });
    core::whenReady(
        migrated, m_window.get(), [this](const core::Result<store::MigrationReport> &report) {
            if (report.ok())
                m_window->showStoreReady(m_db->config().describe(), report.value().schemaVersion);
            else
                m_window->showStoreFailed(report.error().message, report.error().diagnostic);
        });
}

} // namespace mikro::desktop
