#pragma once

#include "app/devstack/sim/IdentityProvider.h"
#include "app/server/ServerConfig.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"

#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace mikro::testing {

/// The devstack's identity provider on a loopback port of its own (https with `tls`), and a
/// mikro-server configuration that trusts it: what every sign-in test starts from.
class LocalIdentityProvider
{
public:
    explicit LocalIdentityProvider(
        const core::Clock &clock, std::optional<QSslConfiguration> tls = std::nullopt);
    /// Listens and sets the issuer; false when no port could be had.
    [[nodiscard]] bool start();

    [[nodiscard]] devstack::IdentityProvider &provider() { return m_provider; }
    [[nodiscard]] QString issuer() const { return m_provider.issuer(); }
    /// A server on a free loopback port, the given store, this provider's issuer and keys.
    [[nodiscard]] server::ServerConfig serverConfig(const store::DatabaseConfig &database) const;

private:
    devstack::IdentityProvider m_provider;
    http::Router m_router;
    http::HttpServer m_server;
    bool m_tls;
};

} // namespace mikro::testing
