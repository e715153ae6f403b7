#include "app/server/ServerComposition.h"

#include "app/server/api/HealthRoutes.h"
#include "services/http/HttpServer.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"

namespace mikro::server {

ServerComposition::ServerComposition(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_db(std::make_unique<store::Database>(m_config.database))
{
    addHealthRoutes(m_router, *m_db);
    m_http = std::make_unique<http::HttpServer>(m_router, m_config.limits);
    connect(m_http.get(), &http::HttpServer::stopped, this, &ServerComposition::stopped);
}

ServerComposition::~ServerComposition()
{
    m_http.reset(); // no handler runs past here
    m_db.reset(); // waits for storage work still on the pool
}

core::Result<int> ServerComposition::prepareStore()
{
    store::Migrator migrator(*m_db, m_clock);
    core::Result<store::MigrationReport> report = migrator.migrate();
    if (!report.ok())
        return report.error();
    return report.value().schemaVersion;
}

core::Result<quint16> ServerComposition::start()
{
    return m_http->listen(m_config.bindAddress, m_config.port);
}

void ServerComposition::shutdown()
{
    m_http->shutdown();
}

} // namespace mikro::server
