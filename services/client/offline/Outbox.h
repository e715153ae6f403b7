#pragma once

#include "services/client/ChecklistChange.h"
#include "services/client/offline/OfflineStore.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

namespace mikro::core {
class Clock;
}

namespace mikro::client {

/// One change in the outbox (UI.md §1.4 Pending changes).
struct OutboxEntry
{
    /// Waiting: not sent yet, or sent and not answered (a retry follows). Conflict: the server's
    /// state differed and nothing was lost (information). Refused: not applied; the person has to
    /// know (needs attention). Sent changes leave the outbox.
    enum class State { Waiting, Conflict, Refused };

    qint64 seq = 0; ///< the order changes were made in, and replayed in
    QUuid operation; ///< the change's operation id: its Idempotency-Key
    ChecklistChange change;
    QDateTime queuedAt;
    State state = State::Waiting;
    int attempts = 0; ///< sends that got no decided answer
    QDateTime nextAttemptAt; ///< while waiting after a failed send
    QString message; ///< a conflict's or refusal's words, or the last failure's

    /// The local id a change that creates something gives it until it is sent.
    [[nodiscard]] qint64 localId() const { return -seq; }
    [[nodiscard]] bool settled() const { return state != State::Waiting; }
};

/// The durable outbox of checklist work (DESIGN.md §9, UI.md §6): each change gets its operation
/// id when it is made and is on disk before enqueue() answers; sent changes are removed with the
/// server's id of what they made, so later changes naming a local id go out with the real one.
/// It keeps a copy of its rows for the UI thread, which is the only thread to use it.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(OfflineStore &store, const core::Clock &clock, QObject *parent = nullptr);

    /// Reads the rows the file holds (changes made before a restart).
    [[nodiscard]] QFuture<core::Result<void>> load();
    /// Adds a change; the entry once it is on disk.
    [[nodiscard]] QFuture<core::Result<OutboxEntry>> enqueue(const ChecklistChange &change);

    [[nodiscard]] const QList<OutboxEntry> &entries() const { return m_entries; }
    /// The first waiting entry, the next to send (changes go in the order they were made).
    [[nodiscard]] const OutboxEntry *next() const;
    [[nodiscard]] int waitingCount() const;
    [[nodiscard]] int settledCount() const;
    /// The server's id for a local one, when the change that made it was sent.
    [[nodiscard]] std::optional<qint64> serverId(qint64 localId) const;
    /// The change with its local ids put back to the server's (nullopt: one is still unknown).
    [[nodiscard]] std::optional<ChecklistChange> resolved(const ChecklistChange &change) const;

    /// Sent: removed, with the id it made (0: none).
    [[nodiscard]] QFuture<core::Result<void>> markSent(qint64 seq, qint64 madeId);
    /// Not answered: stays waiting, tried again at `next`.
    [[nodiscard]] QFuture<core::Result<void>> markRetry(
        qint64 seq, const QDateTime &next, const QString &why);
    /// Settled without being applied (Conflict or Refused) with its words.
    [[nodiscard]] QFuture<core::Result<void>> settle(
        qint64 seq, OutboxEntry::State state, const QString &message);
    /// Removes a waiting change unsent (Discard…) or a settled one once read (Dismiss).
    [[nodiscard]] QFuture<core::Result<void>> remove(qint64 seq);

signals:
    void changed();

private:
    [[nodiscard]] OutboxEntry *find(qint64 seq);

    OfflineStore &m_store;
    const core::Clock &m_clock;
    QList<OutboxEntry> m_entries; ///< by seq
    QHash<qint64, qint64> m_serverIds; ///< local id → server id
};

} // namespace mikro::client
