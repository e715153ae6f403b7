#include "tests/support/LocalIdentityProvider.h"

using namespace Qt::StringLiterals;

namespace mikro::testing {

LocalIdentityProvider::LocalIdentityProvider(
    const core::Clock &clock, std::optional<QSslConfiguration> tls)
    : m_provider(clock, devstack::IdentityProvider::defaultSettings())
    , m_server(m_router, http::HttpLimits {})
    , m_tls(tls.has_value())
{
    m_provider.addRoutes(m_router);
    if (tls)
        m_server.setTlsConfiguration(*tls);
}

bool LocalIdentityProvider::start()
{
    const auto port = m_server.listen(QHostAddress::LocalHost, 0);
    if (!port.ok())
        return false;
    m_provider.setIssuer(
        u"%1://127.0.0.1:%2/"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(port.value()));
    return true;
}

server::ServerConfig LocalIdentityProvider::serverConfig(
    const store::DatabaseConfig &database) const
{
    server::ServerConfig config;
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.database = database;
    config.limits.workerThreads = 2;
    config.issuer = issuer();
    config.jwksUrl = QUrl(issuer() + u".well-known/jwks.json"_s);
    config.audience = m_provider.settings().audience;
    config.claimNamespace = m_provider.settings().claimNamespace;
    return config;
}

} // namespace mikro::testing
