#pragma once

#include "services/core/ConfigReader.h"
#include "services/core/Result.h"
#include "services/http/HttpLimits.h"
#include "services/store/DatabaseConfig.h"
#include "services/tm4/Tm4Settings.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

namespace mikro::server {

/// Everything mikro-server reads from its environment (DESIGN.md §7), checked at once so that a
/// bad deployment stops with one line naming every problem.
struct ServerConfig
{
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = 8080;
    QString logLevel = QStringLiteral("info");
    QString logFormat = QStringLiteral("text"); ///< "text" or "json" (one object a line)
    store::DatabaseConfig database;
    http::HttpLimits limits;
    int storePoolSize = 0; ///< STORE_POOL_SIZE; 0: two per HTTP worker, at least four
    QString issuer; ///< `https://<AUTH0_DOMAIN>/`, or AUTH0_ISSUER_URL (the devstack)
    QUrl jwksUrl; ///< `<issuer>.well-known/jwks.json`
    QString audience; ///< API_AUDIENCE
    QString claimNamespace; ///< AUTH0_NAMESPACE
    QString caFile; ///< AUTH0_CA_FILE: extra CA certificates trusted for the JWKS fetch
    QStringList corsOrigins; ///< CORS_ORIGINS
    tm4::Tm4Settings tm4; ///< TM4_API_URL, TM4_API_TOKEN, TM4_AUTH_SCHEME, …
    std::chrono::minutes syncInterval { 30 }; ///< SYNC_INTERVAL_MINUTES; 0 = no scheduled sync
    std::chrono::hours fullSyncEvery { 24 }; ///< FULL_SYNC_HOURS

    /// What the program is about to do: serving needs everything, `--migrate-only` the store
    /// alone, `--sync-once` the store and TM4.
    enum class Purpose { Serve, MigrateOnly, SyncOnce };
    [[nodiscard]] static core::Result<ServerConfig> fromSettings(core::ConfigReader reader,
        const QString &defaultSqlitePath, Purpose purpose = Purpose::Serve);
};

} // namespace mikro::server
