#pragma once

#include "services/core/Result.h"
#include "services/domain/crediting/CreditingService.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}
namespace mikro::tm4 {
struct TaskDetail;
}

/// The `tasks` rows as the sync engine reads and writes them, each call its own transaction.
namespace mikro::sync {

struct StoredTask
{
    QString status;
    QString mappedBy;
    qint64 lastHistoryId = 0;
};

/// Every task of the project Mikro has seen, by TM4 task id.
[[nodiscard]] core::Result<QHash<qint64, StoredTask>> loadStored(
    store::Database &db, qint64 projectId);

/// Tasks seen for the first time get their row now, with the project's rates of this moment
/// (DESIGN.md §4: rates are snapshotted when Mikro first sees a task).
[[nodiscard]] core::Result<void> registerNew(
    store::Database &db, const core::Clock &clock, qint64 projectId, const QList<qint64> &taskIds);

/// TM4's current status of a task, written only when it changed.
[[nodiscard]] core::Result<void> storeStatus(store::Database &db, const core::Clock &clock,
    qint64 projectId, qint64 taskId, const QString &status);

/// The events of one task history to hand to crediting, oldest first: STATE_CHANGE rows after
/// the newest SPLIT (those before it were copied from the parent, which was credited for them),
/// and — unless `everything` — only rows newer than the last one ingested.
[[nodiscard]] QList<domain::TaskEvent> newEvents(
    qint64 projectId, const tm4::TaskDetail &detail, qint64 lastHistoryId, bool everything);

} // namespace mikro::sync
