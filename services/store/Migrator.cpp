#include "services/store/Migrator.h"

#include "services/store/Database.h"
#include "services/store/SqlScript.h"
#include "services/store/SqlValues.h"
#include "services/store/StoreLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mikro::store {

namespace {

// pg_advisory_xact_lock key: "MIKR" in ASCII. Held until the migration transaction ends.
constexpr qint64 MigrationLockKey = 0x4D494B52;

core::Error migrationError(QByteArray code, const QString &diagnostic)
{
    return core::Error::make(core::ErrorKind::Internal, std::move(code),
        QCoreApplication::translate(
            "mikro::store::Migrator", "The database schema could not be prepared."),
        diagnostic);
}

} // namespace

Migrator::Migrator(Database &db, const core::Clock &clock, QString resourceDir)
    : m_db(db)
    , m_clock(clock)
    , m_resourceDir(std::move(resourceDir))
{
}

core::Result<QList<Migration>> Migrator::available() const
{
    static const QRegularExpression pattern(
        u"^(\\d{4})_([a-z0-9_]+)(\\.(postgres|sqlite))?\\.sql$"_s);
    const QString engineSuffix = m_db.engine() == Engine::Postgres ? u"postgres"_s : u"sqlite"_s;
    QMap<int, QString> chosen; // version → file; an engine-specific file wins over a shared one
    QMap<int, QString> names;
    const QStringList files = QDir(m_resourceDir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            return migrationError("migration_name", u"unexpected migration file %1"_s.arg(file));
        const QString engine = match.captured(4);
        if (!engine.isEmpty() && engine != engineSuffix)
            continue;
        const int version = match.captured(1).toInt();
        if (names.contains(version) && names.value(version) != match.captured(2))
            return migrationError("migration_name", u"two migrations numbered %1"_s.arg(version));
        if (chosen.contains(version) && engine.isEmpty())
            continue;
        chosen.insert(version, file);
        names.insert(version, match.captured(2));
    }
    QList<Migration> migrations;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        QFile file(m_resourceDir + u'/' + it.value());
        if (!file.open(QIODevice::ReadOnly))
            return migrationError("migration_unreadable", file.fileName());
        Migration migration;
        migration.version = it.key();
        migration.name = names.value(it.key());
        migration.sql = file.readAll();
        migration.checksum
            = QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex();
        migrations << migration;
    }
    if (migrations.isEmpty())
        return migrationError("migration_missing", u"no migrations under %1"_s.arg(m_resourceDir));
    return migrations;
}

core::Result<SchemaState> Migrator::state()
{
    core::Result<QList<Migration>> migrations = available();
    if (!migrations.ok())
        return migrations.error();
    SchemaState state;
    state.known = migrations.value().isEmpty() ? 0 : migrations.value().constLast().version;
    auto applied = m_db.inReadTransaction([&](Transaction &tx) -> core::Result<int> {
        const QString exists = m_db.engine() == Engine::Postgres
            ? u"SELECT to_regclass('schema_migrations') IS NOT NULL"_s
            : u"SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = 'schema_migrations'"_s;
        auto found = tx.exec(exists);
        if (!found.ok())
            return found.error();
        if (!found.value().next() || !found.value().value(0).toBool())
            return 0;
        auto highest = tx.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
        if (!highest.ok())
            return highest.error();
        return highest.value().next() ? highest.value().value(0).toInt() : 0;
    });
    if (!applied.ok())
        return applied.error();
    state.applied = applied.value();
    return state;
}

core::Result<MigrationReport> Migrator::migrate()
{
    core::Result<QList<Migration>> migrations = available();
    if (!migrations.ok())
        return migrations.error();
    return m_db.inTransaction([&](Transaction &tx) -> core::Result<MigrationReport> {
        if (m_db.engine() == Engine::Postgres) {
            // Taken before anything else, including creating schema_migrations, which would
            // otherwise race on the catalog when two instances start at once.
            auto locked = tx.exec(
                u"SELECT pg_advisory_xact_lock(:key)"_s, { { u"key"_s, MigrationLockKey } });
            if (!locked.ok())
                return locked.error();
        }
        auto created = tx.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                               "checksum TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
        if (!created.ok())
            return created.error();
        auto recorded = tx.exec(u"SELECT version, checksum FROM schema_migrations"_s);
        if (!recorded.ok())
            return recorded.error();
        QMap<int, QByteArray> done;
        Rows &rows = recorded.value();
        while (rows.next())
            done.insert(rows.value(0).toInt(), rows.value(1).toString().toLatin1());

        MigrationReport report;
        for (const Migration &migration : migrations.value()) {
            if (done.contains(migration.version)) {
                if (done.value(migration.version) != migration.checksum) {
                    return migrationError("migration_changed",
                        u"migration %1_%2 differs from the one applied"_s.arg(migration.version)
                            .arg(migration.name));
                }
                ++report.alreadyApplied;
                continue;
            }
            for (const QString &statement : splitSqlScript(QString::fromUtf8(migration.sql))) {
                auto applied = tx.exec(statement);
                if (!applied.ok())
                    return applied.error();
            }
            auto logged
                = tx.exec(u"INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                          "VALUES (:version, :name, :checksum, :applied_at)"_s,
                    { { u"version"_s, migration.version }, { u"name"_s, migration.name },
                        { u"checksum"_s, QString::fromLatin1(migration.checksum) },
                        { u"applied_at"_s, utcValue(m_clock.nowUtc()) } });
            if (!logged.ok())
                return logged.error();
            report.applied << migration.version;
            qCInfo(lcStore) << "applied migration" << migration.version << migration.name;
        }
        report.schemaVersion = migrations.value().constLast().version;
        return report;
    });
}

} // namespace mikro::store
