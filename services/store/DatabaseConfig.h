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
    /// DATABASE_STATEMENTS=reuse (default) keeps each connection's prepared statements; `single`
    /// prepares and deallocates them per execution, as behind a pooler in transaction mode
    /// (PgBouncer), where a session's statements do not follow it from one transaction to the
    /// next; also the baseline of tests/bench/pg-endpoints.sh.
    bool reuseStatements = true;

    /// DESIGN.md §7: DATABASE_URL, else POSTGRES_DB/USER/PASSWORD/ENDPOINT/PORT (with
    /// POSTGRES_SSLMODE), else SQLite at `defaultSqlitePath`; DATABASE_STATEMENTS. Problems go to
    /// `reader`.
    [[nodiscard]] static DatabaseConfig fromSettings(
        core::ConfigReader &reader, const QString &defaultSqlitePath);
    [[nodiscard]] static DatabaseConfig sqlite(const QString &path);

    /// For logs: engine and place, never the password.
    [[nodiscard]] QString describe() const;
};

} // namespace mikro::store
