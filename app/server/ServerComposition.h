#pragma once

#include "app/server/ServerConfig.h"
#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/http/Router.h"

#include <QObject>

#include <memory>

namespace mikro::store {
class Database;
}
namespace mikro::http {
class HttpServer;
}

namespace mikro::server {

/// Builds mikro-server's object graph from its configuration and owns it: clock, store (migrated
/// at start), routes and the HTTP server. Destroyed in reverse order after the server stopped.
class ServerComposition : public QObject
{
    Q_OBJECT
public:
    explicit ServerComposition(ServerConfig config, QObject *parent = nullptr);
    ~ServerComposition() override;

    /// Applies migrations; Internal/Unavailable errors say why the store is not usable.
    [[nodiscard]] core::Result<int> prepareStore();
    /// Starts listening; returns the bound port.
    [[nodiscard]] core::Result<quint16> start();
    void shutdown();

signals:
    void stopped();

private:
    ServerConfig m_config;
    core::SystemClock m_clock;
    std::unique_ptr<store::Database> m_db;
    http::Router m_router;
    std::unique_ptr<http::HttpServer> m_http;
};

} // namespace mikro::server
