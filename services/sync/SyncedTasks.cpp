#include "services/sync/SyncedTasks.h"

#include "services/core/Clock.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"
#include "services/tm4/Tm4Types.h"

using namespace Qt::StringLiterals;

namespace mikro::sync {

core::Result<QHash<qint64, StoredTask>> loadStored(store::Database &db, qint64 projectId)
{
    return db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<QHash<qint64, StoredTask>> {
            auto rows = tx.exec(u"SELECT task_id, status, COALESCE(mapped_by, ''), "
                                "COALESCE(last_history_id, 0) FROM tasks WHERE project_id = :p"_s,
                { { u"p"_s, projectId } });
            if (!rows.ok())
                return rows.error();
            QHash<qint64, StoredTask> stored;
            store::Rows &q = rows.value();
            while (q.next())
                stored.insert(q.value(0).toLongLong(),
                    { q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong() });
            return stored;
        });
}

core::Result<void> registerNew(
    store::Database &db, const core::Clock &clock, qint64 projectId, const QList<qint64> &taskIds)
{
    if (taskIds.isEmpty())
        return {};
    return db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        const QVariant now = store::utcValue(clock.nowUtc());
        for (const qint64 taskId : taskIds) {
            auto inserted = tx.exec(
                u"INSERT INTO tasks (project_id, task_id, status, mapping_rate_cents, "
                "validation_rate_cents, updated_at) SELECT id, :t, 'READY', mapping_rate_cents, "
                "validation_rate_cents, :now FROM projects WHERE id = :p "
                "ON CONFLICT (project_id, task_id) DO NOTHING"_s,
                { { u"p"_s, projectId }, { u"t"_s, taskId }, { u"now"_s, now } });
            if (!inserted.ok())
                return inserted.error();
        }
        return {};
    });
}

core::Result<void> storeStatus(store::Database &db, const core::Clock &clock, qint64 projectId,
    qint64 taskId, const QString &status)
{
    return db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto updated = tx.exec(u"UPDATE tasks SET status = :s, updated_at = :now "
                               "WHERE project_id = :p AND task_id = :t AND status <> :s"_s,
            { { u"p"_s, projectId }, { u"t"_s, taskId }, { u"s"_s, status },
                { u"now"_s, store::utcValue(clock.nowUtc()) } });
        if (!updated.ok())
            return updated.error();
        return {};
    });
}

QList<domain::TaskEvent> newEvents(
    qint64 projectId, const tm4::TaskDetail &detail, qint64 lastHistoryId, bool everything)
{
    qsizetype keep = detail.stateChanges.size(); // newest first: keep [0, keep)
    for (qsizetype i = 0; i < detail.stateChanges.size(); ++i) {
        if (detail.stateChanges[i].state == "SPLIT"_L1) {
            keep = i + 1;
            break;
        }
    }
    QList<domain::TaskEvent> events;
    for (qsizetype i = keep - 1; i >= 0; --i) {
        const tm4::StateChange &change = detail.stateChanges[i];
        if (!everything && change.historyId <= lastHistoryId)
            continue;
        events << domain::TaskEvent { projectId, detail.taskId, change.historyId, change.state,
            change.actor, change.at };
    }
    return events;
}

} // namespace mikro::sync
