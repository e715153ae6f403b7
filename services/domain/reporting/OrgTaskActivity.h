#pragma once

#include "services/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace mikro::store {
class Transaction;
}

namespace mikro::domain {

/// Reads the organisation's task activity rollup (migration 0004): for each action, the number of
/// distinct tasks with an event of that action in each window [bounds[i], bounds[i + 1]). One
/// grouped statement over a few rows per quarter hour, whatever the number of events.
///
/// Exact when every bound is on a quarter hour (every local midnight is, in the zones in use
/// today); a bound off the quarter hour is taken as the quarter hour it falls in.
[[nodiscard]] core::Result<QMap<QString, QList<int>>> orgDistinctTasks(store::Transaction &tx,
    const QString &orgId, const QStringList &actions, const QList<QDateTime> &bounds);

} // namespace mikro::domain
