#include "app/server/ServerConfig.h"

using namespace Qt::StringLiterals;

namespace mikro::server {

core::Result<ServerConfig> ServerConfig::fromSettings(
    core::ConfigReader reader, const QString &defaultSqlitePath, Purpose purpose)
{
    ServerConfig config;
    config.port
        = static_cast<quint16>(reader.integer(u"PORT"_s, 8080, 0, 65535)); // 0: any free port
    if (reader.has(u"BIND_ADDRESS"_s)) {
        const QHostAddress address(reader.text(u"BIND_ADDRESS"_s));
        if (address.isNull())
            reader.reportMalformed(u"BIND_ADDRESS"_s, u"must be an IP address"_s);
        else
            config.bindAddress = address;
    }
    config.logLevel = reader.oneOf(
        u"LOG_LEVEL"_s, { u"debug"_s, u"info"_s, u"warning"_s, u"error"_s }, u"info"_s);
    config.logFormat = reader.oneOf(u"LOG_FORMAT"_s, { u"text"_s, u"json"_s }, u"text"_s);
    config.limits.maxBodyBytes = reader.integer(
        u"MAX_BODY_BYTES"_s, config.limits.maxBodyBytes, 1024, qint64(64) * 1024 * 1024);
    config.limits.workerThreads = static_cast<int>(reader.integer(u"HTTP_WORKERS"_s, 0, 0, 256));
    config.limits.maxConnectionsPerClient = static_cast<int>(reader.integer(
        u"HTTP_MAX_CONNECTIONS_PER_CLIENT"_s, config.limits.maxConnectionsPerClient, 0, 100000));
    config.storePoolSize = static_cast<int>(reader.integer(u"STORE_POOL_SIZE"_s, 0, 0, 256));
    config.database = store::DatabaseConfig::fromSettings(reader, defaultSqlitePath);

    // DESIGN.md §6: the issuer is exactly https://<AUTH0_DOMAIN>/. AUTH0_ISSUER_URL replaces it for
    // the devstack's identity provider, which serves plain http on loopback.
    const QString domain = purpose == Purpose::Serve ? reader.requiredText(u"AUTH0_DOMAIN"_s)
                                                     : reader.text(u"AUTH0_DOMAIN"_s);
    if (reader.has(u"AUTH0_ISSUER_URL"_s)) {
        const QUrl issuer = reader.httpUrl(u"AUTH0_ISSUER_URL"_s);
        if (issuer.isValid() && !issuer.path().endsWith(u'/'))
            reader.reportMalformed(u"AUTH0_ISSUER_URL"_s, u"must end with /"_s);
        config.issuer = issuer.toString();
    } else if (!domain.isEmpty()) {
        if (domain.contains(u'/') || domain.contains(u'@'))
            reader.reportMalformed(u"AUTH0_DOMAIN"_s,
                u"must be a host name such as mikro.eu.auth0.com (a :port is allowed)"_s);
        config.issuer = u"https://%1/"_s.arg(domain);
    }
    config.jwksUrl = QUrl(config.issuer + u".well-known/jwks.json"_s);
    config.audience = reader.text(u"API_AUDIENCE"_s, u"https://mikro/api/authorize"_s);
    config.claimNamespace = reader.text(u"AUTH0_NAMESPACE"_s, u"mikro"_s);
    config.caFile = reader.text(u"AUTH0_CA_FILE"_s);
    for (const QString &origin : reader.text(u"CORS_ORIGINS"_s).split(u',', Qt::SkipEmptyParts))
        config.corsOrigins << origin.trimmed();
    config.tm4 = tm4::Tm4Settings::fromConfig(reader);
    config.syncInterval = std::chrono::minutes(
        reader.integer(u"SYNC_INTERVAL_MINUTES"_s, 30, 0, qint64(7) * 24 * 60));
    config.fullSyncEvery
        = std::chrono::hours(reader.integer(u"FULL_SYNC_HOURS"_s, 24, 1, qint64(24) * 90));
    if (core::Result<void> checked = reader.finish(); !checked.ok())
        return checked.error();
    return config;
}

} // namespace mikro::server
