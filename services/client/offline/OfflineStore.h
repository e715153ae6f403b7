#pragma once

#include "services/core/Result.h"
#include "services/store/Database.h"
#include "services/store/Transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace mikro::client {

/// A read kept for offline use: the answer as its codec wrote it, and when it was read.
struct CachedRead
{
    QByteArray body;
    QDateTime savedAt;
};

/// The signed-in person's own offline file (DESIGN.md §9, UI.md §6): one SQLite database per
/// person with its own versioned schema (PRAGMA user_version) — the reads kept for offline use,
/// the outbox, the ids of what was made offline. Every statement runs on the file's one storage
/// thread, each write committed with `synchronous = FULL` before its future resolves: what the
/// person sees as done is on disk. Nothing here blocks the calling thread.
class OfflineStore
{
public:
    static constexpr int SchemaVersion = 1;

    explicit OfflineStore(const QString &path);
    ~OfflineStore();
    OfflineStore(const OfflineStore &) = delete;
    OfflineStore &operator=(const OfflineStore &) = delete;

    /// The file of `userId` in `directory` (named by a hash of the id, never the id itself).
    [[nodiscard]] static QString pathFor(const QString &directory, const QString &userId);

    /// Creates the schema or upgrades it; Refused `offline_file_newer` for a file written by a
    /// newer Mikro (it is left as it is).
    [[nodiscard]] QFuture<core::Result<void>> open();

    /// `work(store::Transaction &)` in one transaction on the storage thread.
    template <typename T, typename Work>
    [[nodiscard]] QFuture<core::Result<T>> run(Work work)
    {
        return QtConcurrent::run(
            &m_db.pool(), [this, work = std::move(work)]() mutable -> core::Result<T> {
                return m_db.inTransaction(work);
            });
    }

    [[nodiscard]] QFuture<core::Result<void>> keep(
        const QString &key, const QByteArray &body, const QDateTime &at);
    [[nodiscard]] QFuture<core::Result<std::optional<CachedRead>>> kept(const QString &key);

    [[nodiscard]] const QString &path() const { return m_path; }
    /// Waits for the statements still running on the file's thread.
    void waitForIdle() { m_db.pool().waitForDone(); }

private:
    [[nodiscard]] static core::Result<void> migrate(store::Transaction &tx);

    QString m_path;
    store::Database m_db;
};

} // namespace mikro::client
