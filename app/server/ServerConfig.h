#pragma once

#include "services/core/ConfigReader.h"
#include "services/core/Result.h"
#include "services/http/HttpLimits.h"
#include "services/store/DatabaseConfig.h"

#include <QHostAddress>

namespace mikro::server {

/// Everything mikro-server reads from its environment (DESIGN.md §7), checked at once so that a
/// bad deployment stops with one line naming every problem.
struct ServerConfig
{
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = 8080;
    QString logLevel = QStringLiteral("info");
    store::DatabaseConfig database;
    http::HttpLimits limits;

    [[nodiscard]] static core::Result<ServerConfig> fromSettings(
        core::ConfigReader reader, const QString &defaultSqlitePath);
};

} // namespace mikro::server
