#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mikro::store {
class Database;
}

namespace mikro::testing {

/// Runs test set-up SQL in one committed transaction; a failure fails the calling test with the
/// store's diagnostic (Qt Test records it; the caller goes on, as after any QVERIFY in a helper).
void execSql(store::Database &db, const QString &sql);

/// Every row of a read-only query, its columns joined with '|'; one line naming the failure when
/// the query fails (so a comparison shows it).
[[nodiscard]] QStringList textRows(store::Database &db, const QString &sql);

/// The first column of the first row as an integer, or -1 when the query fails or has no row.
[[nodiscard]] qint64 scalarSql(store::Database &db, const QString &sql);

/// Rows where the trigger-kept totals differ from the same figures recomputed from the rows they
/// summarise: migration 0003 (ledger_totals, task_counts from ledger_entries and tasks), 0004
/// (org_task_activity from task_events), 0005 (project_task_status from tasks), 0007
/// (project_spent from ledger_entries) and 0009 (mapper_outcomes from tasks); 0 when they agree, -1
/// on error.
[[nodiscard]] qint64 derivedTotalsDrift(store::Database &db);

/// `count` audit entries of `orgId` by `actorId`, one minute apart from `newest` backwards, in
/// batches in one transaction: actions cycle through pay_request (payment_request),
/// adjustment (user) and update_project (project); details `{"amount_cents": i, "reason":
/// "Entry i"}` with i from 1 (the newest). False when the store refuses.
[[nodiscard]] bool seedAuditEntries(store::Database &db, const QString &orgId,
    const QString &actorId, int count, const QDateTime &newest);

} // namespace mikro::testing
