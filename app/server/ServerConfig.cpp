#include "app/server/ServerConfig.h"

using namespace Qt::StringLiterals;

namespace mikro::server {

core::Result<ServerConfig> ServerConfig::fromSettings(
    core::ConfigReader reader, const QString &defaultSqlitePath)
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
    config.limits.maxBodyBytes
        = reader.integer(u"MAX_BODY_BYTES"_s, config.limits.maxBodyBytes, 1024, 64 * 1024 * 1024);
    config.limits.workerThreads = static_cast<int>(reader.integer(u"HTTP_WORKERS"_s, 0, 0, 256));
    config.database = store::DatabaseConfig::fromSettings(reader, defaultSqlitePath);
    if (core::Result<void> checked = reader.finish(); !checked.ok())
        return checked.error();
    return config;
}

} // namespace mikro::server
