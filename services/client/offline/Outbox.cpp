#include "services/client/offline/Outbox.h"

#include "services/core/Clock.h"
#include "services/store/SqlValues.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

QString stateText(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Waiting:
        return u"waiting"_s;
    case OutboxEntry::State::Conflict:
        return u"conflict"_s;
    case OutboxEntry::State::Refused:
        return u"refused"_s;
    }
    return u"waiting"_s;
}

OutboxEntry::State stateFromText(const QString &text)
{
    if (text == "conflict"_L1)
        return OutboxEntry::State::Conflict;
    if (text == "refused"_L1)
        return OutboxEntry::State::Refused;
    return OutboxEntry::State::Waiting;
}

QByteArray changeText(const ChecklistChange &change)
{
    return QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
}

struct Loaded
{
    QList<OutboxEntry> entries;
    QHash<qint64, qint64> serverIds;
};

} // namespace

Outbox::Outbox(OfflineStore &store, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
}

QFuture<core::Result<void>> Outbox::load()
{
    return m_store
        .run<Loaded>([](store::Transaction &tx) -> core::Result<Loaded> {
            Loaded out;
            auto rows = tx.exec(u"SELECT seq, op_id, change, queued_at, state, attempts, "
                                "next_attempt_at, message FROM outbox ORDER BY seq"_s);
            if (!rows.ok())
                return rows.error();
            while (rows.value().next()) {
                const store::Rows &r = rows.value();
                const auto change = ChecklistChange::fromJson(
                    QJsonDocument::fromJson(r.value(2).toByteArray()).object());
                OutboxEntry e;
                e.seq = r.value(0).toLongLong();
                e.operation = QUuid::fromString(r.value(1).toString());
                e.queuedAt = store::utcFromValue(r.value(3)).value_or(QDateTime());
                e.state = stateFromText(r.value(4).toString());
                e.attempts = r.value(5).toInt();
                e.nextAttemptAt = store::utcFromValue(r.value(6)).value_or(QDateTime());
                e.message = r.value(7).toString();
                if (change) {
                    e.change = *change;
                } else {
                    // Written by a newer Mikro: kept, never sent by this one.
                    e.state = OutboxEntry::State::Refused;
                    e.message = u"unreadable change"_s;
                }
                out.entries << e;
            }
            auto ids = tx.exec(u"SELECT local_id, server_id FROM local_ids"_s);
            if (!ids.ok())
                return ids.error();
            while (ids.value().next())
                out.serverIds.insert(
                    ids.value().value(0).toLongLong(), ids.value().value(1).toLongLong());
            return out;
        })
        .then(this, [this](const core::Result<Loaded> &loaded) -> core::Result<void> {
            if (!loaded.ok())
                return loaded.error();
            m_entries = loaded.value().entries;
            m_serverIds = loaded.value().serverIds;
            emit changed();
            return {};
        });
}

QFuture<core::Result<OutboxEntry>> Outbox::enqueue(const ChecklistChange &change)
{
    OutboxEntry entry;
    entry.operation = QUuid::createUuid();
    entry.change = change;
    entry.queuedAt = m_clock.nowUtc();
    return m_store
        .run<OutboxEntry>([entry](store::Transaction &tx) -> core::Result<OutboxEntry> {
            auto inserted = tx.exec(
                u"INSERT INTO outbox (op_id, change, queued_at, state) VALUES (:op, :change, "
                ":at, 'waiting') RETURNING seq"_s,
                { { u"op"_s, entry.operation.toString(QUuid::WithoutBraces) },
                    { u"change"_s, changeText(entry.change) },
                    { u"at"_s, store::utcValue(entry.queuedAt) } });
            if (!inserted.ok())
                return inserted.error();
            if (!inserted.value().next())
                return core::Error::make(
                    core::ErrorKind::Internal, "outbox_write", u"no sequence number"_s);
            OutboxEntry made = entry;
            made.seq = inserted.value().value(0).toLongLong();
            return made;
        })
        .then(this, [this](const core::Result<OutboxEntry> &written) {
            if (written.ok()) {
                m_entries << written.value();
                emit changed();
            }
            return written;
        });
}

const OutboxEntry *Outbox::next() const
{
    const auto it = std::ranges::find_if(
        m_entries, [](const OutboxEntry &e) { return e.state == OutboxEntry::State::Waiting; });
    return it == m_entries.end() ? nullptr : &*it;
}

int Outbox::waitingCount() const
{
    return static_cast<int>(std::ranges::count_if(
        m_entries, [](const OutboxEntry &e) { return e.state == OutboxEntry::State::Waiting; }));
}

int Outbox::settledCount() const
{
    return static_cast<int>(std::ranges::count_if(m_entries, &OutboxEntry::settled));
}

std::optional<qint64> Outbox::serverId(qint64 localId) const
{
    const auto it = m_serverIds.constFind(localId);
    return it == m_serverIds.constEnd() ? std::nullopt : std::optional(*it);
}

std::optional<ChecklistChange> Outbox::resolved(const ChecklistChange &change) const
{
    ChecklistChange out = change;
    for (qint64 *id : { &out.checklistId, &out.commentId }) {
        if (*id >= 0)
            continue;
        const auto known = serverId(*id);
        if (!known)
            return std::nullopt;
        *id = *known;
    }
    return out;
}

OutboxEntry *Outbox::find(qint64 seq)
{
    const auto it = std::ranges::find(m_entries, seq, &OutboxEntry::seq);
    return it == m_entries.end() ? nullptr : &*it;
}

QFuture<core::Result<void>> Outbox::markSent(qint64 seq, qint64 madeId)
{
    const OutboxEntry *entry = find(seq);
    const qint64 localId = entry && entry->change.createsId() && madeId > 0 ? -seq : 0;
    return m_store
        .run<void>([seq, localId, madeId](store::Transaction &tx) -> core::Result<void> {
            // One transaction: the change leaves the outbox and its id is known, or neither.
            if (localId != 0) {
                auto kept = tx.exec(u"INSERT OR REPLACE INTO local_ids (local_id, server_id) "
                                    "VALUES (:l, :s)"_s,
                    { { u"l"_s, localId }, { u"s"_s, madeId } });
                if (!kept.ok())
                    return kept.error();
            }
            auto removed = tx.exec(u"DELETE FROM outbox WHERE seq = :seq"_s, { { u"seq"_s, seq } });
            if (!removed.ok())
                return removed.error();
            return {};
        })
        .then(this, [this, seq, localId, madeId](const core::Result<void> &done) {
            if (done.ok()) {
                if (localId != 0)
                    m_serverIds.insert(localId, madeId);
                m_entries.removeIf([seq](const OutboxEntry &e) { return e.seq == seq; });
                emit changed();
            }
            return done;
        });
}

QFuture<core::Result<void>> Outbox::markRetry(qint64 seq, const QDateTime &next, const QString &why)
{
    return m_store
        .run<void>([seq, next, why](store::Transaction &tx) -> core::Result<void> {
            auto updated = tx.exec(u"UPDATE outbox SET attempts = attempts + 1, next_attempt_at = "
                                   ":next, message = :why WHERE seq = :seq"_s,
                { { u"seq"_s, seq }, { u"next"_s, store::utcValue(next) }, { u"why"_s, why } });
            if (!updated.ok())
                return updated.error();
            return {};
        })
        .then(this, [this, seq, next, why](const core::Result<void> &done) {
            if (OutboxEntry *e = find(seq); done.ok() && e) {
                ++e->attempts;
                e->nextAttemptAt = next;
                e->message = why;
                emit changed();
            }
            return done;
        });
}

QFuture<core::Result<void>> Outbox::settle(
    qint64 seq, OutboxEntry::State state, const QString &message)
{
    return m_store
        .run<void>([seq, state, message](store::Transaction &tx) -> core::Result<void> {
            auto updated = tx.exec(
                u"UPDATE outbox SET state = :state, message = :message WHERE seq = :seq"_s,
                { { u"seq"_s, seq }, { u"state"_s, stateText(state) }, { u"message"_s, message } });
            if (!updated.ok())
                return updated.error();
            return {};
        })
        .then(this, [this, seq, state, message](const core::Result<void> &done) {
            if (OutboxEntry *e = find(seq); done.ok() && e) {
                e->state = state;
                e->message = message;
                emit changed();
            }
            return done;
        });
}

QFuture<core::Result<void>> Outbox::remove(qint64 seq)
{
    return m_store
        .run<void>([seq](store::Transaction &tx) -> core::Result<void> {
            auto removed = tx.exec(u"DELETE FROM outbox WHERE seq = :seq"_s, { { u"seq"_s, seq } });
            if (!removed.ok())
                return removed.error();
            return {};
        })
        .then(this, [this, seq](const core::Result<void> &done) {
            if (done.ok()) {
                m_entries.removeIf([seq](const OutboxEntry &e) { return e.seq == seq; });
                emit changed();
            }
            return done;
        });
}

} // namespace mikro::client
