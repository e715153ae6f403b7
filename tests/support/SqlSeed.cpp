#include "tests/support/SqlSeed.h"

#include "services/store/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mikro::testing {

void execSql(store::Database &db, const QString &sql)
{
    auto tx = db.begin();
    QVERIFY(tx.ok());
    const auto done = tx.value().exec(sql);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().diagnostic));
    QVERIFY(tx.value().commit().ok());
}

QStringList textRows(store::Database &db, const QString &sql)
{
    auto tx = db.begin(store::Database::Access::ReadOnly);
    if (!tx.ok())
        return { u"no transaction"_s };
    auto result = tx.value().exec(sql);
    if (!result.ok())
        return { result.error().diagnostic };
    QStringList out;
    store::Rows &q = result.value();
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << q.value(i).toString();
        out << columns.join(u'|');
    }
    return out;
}

qint64 scalarSql(store::Database &db, const QString &sql)
{
    auto tx = db.begin(store::Database::Access::ReadOnly);
    if (!tx.ok())
        return -1;
    auto rows = tx.value().exec(sql);
    return rows.ok() && rows.value().next() ? rows.value().value(0).toLongLong() : -1;
}

qint64 derivedTotalsDrift(store::Database &db)
{
    const qint64 ledger = scalarSql(db,
        u"SELECT COUNT(*) FROM ("
        "SELECT org_id, user_id, kind, SUM(amount_cents) AS a, COUNT(*) AS n FROM ledger_entries "
        "GROUP BY org_id, user_id, kind) s "
        "FULL OUTER JOIN ledger_totals t "
        "ON t.org_id = s.org_id AND t.user_id = s.user_id AND t.kind = s.kind "
        "WHERE s.a IS NULL OR t.amount_cents IS NULL OR s.a <> t.amount_cents OR s.n <> t.entries"_s);
    const qint64 tasks = scalarSql(db,
        u"SELECT COUNT(*) FROM users u LEFT JOIN task_counts c ON c.user_id = u.id "
        "WHERE COALESCE(c.mapped, 0) <> (SELECT COUNT(*) FROM tasks WHERE mapper_user_id = u.id) "
        "OR COALESCE(c.validated, 0) <> (SELECT COUNT(*) FROM tasks WHERE validator_user_id = u.id)"_s);
    const qint64 outcomes = scalarSql(db,
        u"SELECT COUNT(*) FROM users u LEFT JOIN mapper_outcomes o ON o.user_id = u.id "
        "WHERE COALESCE(o.approved, 0) <> (SELECT COUNT(*) FROM tasks WHERE mapper_user_id = u.id "
        "AND status = 'VALIDATED' AND NOT needs_review) "
        "OR COALESCE(o.invalidated, 0) <> (SELECT COUNT(*) FROM tasks WHERE mapper_user_id = u.id "
        "AND status = 'INVALIDATED')"_s);
    const QString slot = db.engine() == store::Engine::Postgres
        ? u"activity_slot(%1)"_s
        : u"CAST(strftime('%s', %1) AS INTEGER) / 900"_s;
    const qint64 activity = scalarSql(db,
        u"SELECT COUNT(*) FROM (SELECT org_id, action, slot, prev_slot, COUNT(*) AS n FROM ("
        "SELECT p.org_id, e.action, "_s
            + slot.arg(u"e.action_at"_s) + u" AS slot, COALESCE("_s
            + slot.arg(u"LAG(e.action_at) OVER (PARTITION BY e.project_id, e.task_id, e.action "
                       "ORDER BY e.action_at, e.history_id)"_s)
            + u", -1) AS prev_slot FROM task_events e JOIN projects p ON p.id = e.project_id "
              "WHERE e.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED')) r "
              "GROUP BY org_id, action, slot, prev_slot) s "
              "FULL OUTER JOIN org_task_activity t ON t.org_id = s.org_id AND t.action = s.action "
              "AND t.slot = s.slot AND t.prev_slot = s.prev_slot "
              "WHERE s.n IS NULL OR t.events IS NULL OR s.n <> t.events"_s);
    const qint64 statuses = scalarSql(db,
        u"SELECT COUNT(*) FROM (SELECT project_id, status, COUNT(*) AS n FROM tasks "
        "GROUP BY project_id, status) s FULL OUTER JOIN project_task_status t "
        "ON t.project_id = s.project_id AND t.status = s.status "
        "WHERE COALESCE(s.n, 0) <> COALESCE(t.tasks, 0)"_s);
    const qint64 spent = scalarSql(db,
        u"SELECT COUNT(*) FROM (SELECT project_id, SUM(amount_cents) AS a FROM ledger_entries "
        "WHERE project_id IS NOT NULL AND kind IN ('mapping', 'validation', 'reversal') "
        "GROUP BY project_id) s FULL OUTER JOIN project_spent t ON t.project_id = s.project_id "
        "WHERE COALESCE(s.a, 0) <> COALESCE(t.spent_cents, 0)"_s);
    if (ledger < 0 || tasks < 0 || outcomes < 0 || activity < 0 || statuses < 0 || spent < 0)
        return -1;
    return ledger + tasks + outcomes + activity + statuses + spent;
}

bool seedAuditEntries(store::Database &db, const QString &orgId, const QString &actorId, int count,
    const QDateTime &newest)
{
    static const QStringList Actions { u"pay_request"_s, u"adjustment"_s, u"update_project"_s };
    static const QStringList Entities { u"payment_request"_s, u"user"_s, u"project"_s };
    auto tx = db.begin();
    if (!tx.ok())
        return false;
    constexpr int Batch = 500;
    // The oldest first, so ids grow with time as in a real log.
    for (int from = count; from >= 1; from -= Batch) {
        QStringList rows;
        for (int i = from; i > qMax(0, from - Batch); --i)
            rows << u"('%1', '%2', '%3', '%4', '%5', '{\"amount_cents\": %5, \"reason\": "
                    "\"Entry %5\"}', '%6')"_s.arg(orgId, actorId, Actions[i % 3], Entities[i % 3])
                        .arg(i)
                        .arg(newest.addSecs(-60LL * i).toUTC().toString(Qt::ISODate));
        if (!tx.value()
                 .exec(u"INSERT INTO audit_log (org_id, actor_id, action, entity, entity_id, "
                       "details, at) VALUES "_s
                     + rows.join(u", "_s))
                 .ok())
            return false;
    }
    return tx.value().commit().ok();
}

} // namespace mikro::testing
