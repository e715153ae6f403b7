#pragma once

#include "services/core/ConfigReader.h"
#include "services/core/Secret.h"

#include <QString>

namespace mikro::store {

enum class Engine { Postgres, Sqlite };

/// Where the store lives: PostgreSQL (production) or an embedded SQLite file (the default).
struct DatabaseConfig
{
    Engine engine = Engine::Sqlite;
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    core::Secret password;
    QString sslMode; ///< libpq sslmode (disable, require, verify-full, …); empty = libpq default
    QString sqlitePath;

    /// DESIGN.md §7: DATABASE_URL, else POSTGRES_DB/USER/PASSWORD/ENDPOINT/PORT (with
    /// POSTGRES_SSLMODE), else SQLite at `defaultSqlitePath`. Problems go to `reader`.
    [[nodiscard]] static DatabaseConfig fromSettings(
        core::ConfigReader &reader, const QString &defaultSqlitePath);
    [[nodiscard]] static DatabaseConfig sqlite(const QString &path);

    /// For logs: engine and place, never the password.
    [[nodiscard]] QString describe() const;
};

} // namespace mikro::store
