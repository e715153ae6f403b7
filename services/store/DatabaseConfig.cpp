#include "services/store/DatabaseConfig.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mikro::store {

namespace {

void readDatabaseUrl(DatabaseConfig &config, core::ConfigReader &reader)
{
    const QUrl url(reader.text(u"DATABASE_URL"_s), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "postgres"_L1 && url.scheme() != "postgresql"_L1)
        || url.host().isEmpty() || url.path().size() < 2) {
        reader.reportMalformed(
            u"DATABASE_URL"_s, u"must look like postgresql://user:password@host:port/database"_s);
        return;
    }
    config.host = url.host();
    config.port = url.port(5432);
    config.databaseName = url.path().mid(1);
    config.user = url.userName();
    config.password = core::Secret(url.password(QUrl::FullyDecoded).toUtf8());
    config.sslMode = QUrlQuery(url).queryItemValue(u"sslmode"_s);
}

} // namespace

DatabaseConfig DatabaseConfig::fromSettings(
    core::ConfigReader &reader, const QString &defaultSqlitePath)
{
    DatabaseConfig config;
    if (reader.has(u"DATABASE_URL"_s)) {
        config.engine = Engine::Postgres;
        readDatabaseUrl(config, reader);
    } else if (reader.has(u"POSTGRES_DB"_s) || reader.has(u"POSTGRES_ENDPOINT"_s)
        || reader.has(u"POSTGRES_USER"_s)) {
        // Some set, so all are needed: a half-configured PostgreSQL must not fall back to SQLite.
        config.engine = Engine::Postgres;
        config.databaseName = reader.requiredText(u"POSTGRES_DB"_s);
        config.user = reader.requiredText(u"POSTGRES_USER"_s);
        config.host = reader.requiredText(u"POSTGRES_ENDPOINT"_s);
        config.password = core::Secret(reader.text(u"POSTGRES_PASSWORD"_s).toUtf8());
        config.port = static_cast<int>(reader.integer(u"POSTGRES_PORT"_s, 5432, 1, 65535));
    } else {
        config.engine = Engine::Sqlite;
        config.sqlitePath = reader.text(u"SQLITE_PATH"_s, defaultSqlitePath);
    }
    config.reuseStatements
        = reader.oneOf(u"DATABASE_STATEMENTS"_s, { u"reuse"_s, u"single"_s }, u"reuse"_s)
        == "reuse"_L1;
    if (config.engine == Engine::Postgres && reader.has(u"POSTGRES_SSLMODE"_s)) {
        config.sslMode = reader.oneOf(u"POSTGRES_SSLMODE"_s,
            { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s,
                u"verify-full"_s },
            u"prefer"_s);
    }
    return config;
}

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.engine = Engine::Sqlite;
    config.sqlitePath = path;
    return config;
}

QString DatabaseConfig::describe() const
{
    if (engine == Engine::Sqlite)
        return u"SQLite %1"_s.arg(sqlitePath);
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
}

} // namespace mikro::store
