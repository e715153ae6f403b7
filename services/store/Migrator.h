#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/store/DatabaseConfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mikro::store {

class Database;

/// One versioned schema change: `NNNN_name.sql`, or an engine pair `NNNN_name.postgres.sql` and
/// `NNNN_name.sqlite.sql`, shipped as resources under :/mikro/migrations.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
    QByteArray checksum; ///< SHA-256 hex of `sql`, recorded so that an edited migration is noticed
};

struct MigrationReport
{
    QList<int> applied; ///< versions this run applied, in order
    int alreadyApplied = 0; ///< versions found applied before this run
    int schemaVersion = 0; ///< the highest version now applied
};

/// Applies pending migrations at start-up in one transaction and records each in
/// `schema_migrations`. On PostgreSQL the transaction first takes an advisory lock, so instances
/// starting at once apply each migration exactly once; on SQLite BEGIN IMMEDIATE does the same.
/// A recorded migration whose text changed since is refused (Internal `migration_changed`).
/// Runs synchronously on the calling thread's connection: call it from a store pool thread or
/// before the program starts serving.
/// What a store holds against what this program knows: `applied` 0 is a new, empty store.
struct SchemaState
{
    int applied = 0; ///< the highest version recorded in the store
    int known = 0; ///< the highest version this program ships
};

class Migrator
{
public:
    Migrator(Database &db, const core::Clock &clock,
        QString resourceDir = QStringLiteral(":/mikro/migrations"));

    [[nodiscard]] core::Result<QList<Migration>> available() const;
    [[nodiscard]] core::Result<MigrationReport> migrate();
    /// Reads the store's schema version without changing anything (Settings ▸ Test connection).
    [[nodiscard]] core::Result<SchemaState> state();

private:
    Database &m_db;
    const core::Clock &m_clock;
    QString m_resourceDir;
};

} // namespace mikro::store
