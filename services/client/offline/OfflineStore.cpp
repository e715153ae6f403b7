#include "services/client/offline/OfflineStore.h"

#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

/// Version 1: reads kept for offline use; the outbox in the order changes were made, each with
/// its operation id; the server ids of checklists and comments made offline.
const char *const SchemaV1[] = {
    "CREATE TABLE kept_reads (key TEXT PRIMARY KEY, body BLOB NOT NULL, saved_at TEXT NOT NULL)",
    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE, "
    "change TEXT NOT NULL, queued_at TEXT NOT NULL, state TEXT NOT NULL, "
    "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT, message TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE local_ids (local_id INTEGER PRIMARY KEY CHECK (local_id < 0), "
    "server_id INTEGER NOT NULL CHECK (server_id > 0))",
};

} // namespace

OfflineStore::OfflineStore(const QString &path)
    : m_path(path)
    , m_db(store::DatabaseConfig::sqlite(path), 1)
{
}

OfflineStore::~OfflineStore()
{
    // The storage thread's last work ends before the file's connection goes.
    m_db.pool().waitForDone();
}

QString OfflineStore::pathFor(const QString &directory, const QString &userId)
{
    const QByteArray hash
        = QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(directory).filePath(u"offline-"_s + QString::fromLatin1(hash) + u".sqlite"_s);
}

QFuture<core::Result<void>> OfflineStore::open()
{
    return QtConcurrent::run(&m_db.pool(), [this]() -> core::Result<void> {
        // FULL: a committed change survives a power cut, not only a crash (SQLite's WAL NORMAL
        // may lose the last commits then). Set on the file's one connection, outside a
        // transaction (SQLite refuses it inside one), before anything is written.
        auto connection = m_db.connection();
        if (!connection.ok())
            return connection.error();
        QSqlQuery full(connection.value());
        if (!full.exec(u"PRAGMA synchronous = FULL"_s))
            return core::Error::make(core::ErrorKind::Unavailable, "offline_file",
                QCoreApplication::translate("mikro::client::OfflineStore",
                    "This computer's offline data cannot be opened."),
                full.lastError().text());
        return m_db.inTransaction([](store::Transaction &tx) { return migrate(tx); });
    });
}

core::Result<void> OfflineStore::migrate(store::Transaction &tx)
{
    auto version = tx.exec(u"PRAGMA user_version"_s);
    if (!version.ok())
        return version.error();
    const int found = version.value().next() ? version.value().value(0).toInt() : 0;
    if (found > SchemaVersion)
        return core::Error::make(core::ErrorKind::Refused, "offline_file_newer",
            QCoreApplication::translate("mikro::client::OfflineStore",
                "This computer's offline data was written by a newer Mikro. Update Mikro to "
                "use it."));
    if (found == SchemaVersion)
        return {};
    for (const char *statement : SchemaV1)
        if (auto made = tx.exec(QString::fromLatin1(statement)); !made.ok())
            return made.error();
    if (auto set = tx.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)); !set.ok())
        return set.error();
    return {};
}

QFuture<core::Result<void>> OfflineStore::keep(
    const QString &key, const QByteArray &body, const QDateTime &at)
{
    return run<void>([key, body, at](store::Transaction &tx) -> core::Result<void> {
        auto saved = tx.exec(u"INSERT INTO kept_reads (key, body, saved_at) VALUES (:k, :b, :at) "
                             "ON CONFLICT (key) DO UPDATE SET body = excluded.body, "
                             "saved_at = excluded.saved_at"_s,
            { { u"k"_s, key }, { u"b"_s, body }, { u"at"_s, store::utcValue(at) } });
        if (!saved.ok())
            return saved.error();
        return {};
    });
}

QFuture<core::Result<std::optional<CachedRead>>> OfflineStore::kept(const QString &key)
{
    return run<std::optional<CachedRead>>(
        [key](store::Transaction &tx) -> core::Result<std::optional<CachedRead>> {
            auto row = tx.exec(
                u"SELECT body, saved_at FROM kept_reads WHERE key = :k"_s, { { u"k"_s, key } });
            if (!row.ok())
                return row.error();
            if (!row.value().next())
                return std::optional<CachedRead>();
            return std::optional<CachedRead>(CachedRead { row.value().value(0).toByteArray(),
                store::utcFromValue(row.value().value(1)).value_or(QDateTime()) });
        });
}

} // namespace mikro::client
