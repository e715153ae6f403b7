#include "services/domain/reporting/OrgTaskActivity.h"

#include "services/store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

constexpr qint64 SlotSeconds = 900;

qint64 slotOf(const QDateTime &time)
{
    const qint64 seconds = time.toSecsSinceEpoch();
    return seconds >= 0 ? seconds / SlotSeconds : -((-seconds + SlotSeconds - 1) / SlotSeconds);
}

} // namespace

core::Result<QMap<QString, QList<int>>> orgDistinctTasks(store::Transaction &tx,
    const QString &orgId, const QStringList &actions, const QList<QDateTime> &bounds)
{
    QMap<QString, QList<int>> out;
    const qsizetype windows = bounds.size() - 1;
    if (windows < 1 || actions.isEmpty())
        return out;
    QVariantMap values { { u"org"_s, orgId } };
    for (qsizetype i = 0; i < bounds.size(); ++i)
        values.insert(u"s%1"_s.arg(i), slotOf(bounds[i]));
    QStringList names;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        values.insert(u"a%1"_s.arg(i), actions[i]);
        names << u":a%1"_s.arg(i);
        out.insert(actions[i], QList<int>(windows, 0));
    }
    // The window of a row, and the start of that window: a task counts there by the first of its
    // events inside it, the one whose predecessor lies before the start.
    QString window = u"0"_s;
    QString start = u"CAST(:s0 AS BIGINT)"_s;
    if (windows > 1) {
        window = u"CASE"_s;
        start = u"CASE"_s;
        for (qsizetype i = 1; i < windows; ++i) {
            window += u" WHEN slot < :s%1 THEN %2"_s.arg(i).arg(i - 1);
            start += u" WHEN slot < :s%1 THEN CAST(:s%2 AS BIGINT)"_s.arg(i).arg(i - 1);
        }
        window += u" ELSE %1 END"_s.arg(windows - 1);
        start += u" ELSE CAST(:s%1 AS BIGINT) END"_s.arg(windows - 1);
    }
    auto rows = tx.exec(u"SELECT action, "_s + window
            + u", SUM(events) FROM org_task_activity WHERE org_id = :org AND action IN ("_s
            + names.join(u", "_s)
            + u") AND slot >= :s0 AND slot < :s%1 AND prev_slot < "_s.arg(windows) + start
            + u" GROUP BY action, 2"_s,
        values);
    if (!rows.ok())
        return rows.error();
    store::Rows &q = rows.value();
    while (q.next()) {
        auto series = out.find(q.value(0).toString());
        const int w = q.value(1).toInt();
        if (series != out.end() && w >= 0 && w < windows)
            (*series)[w] = q.value(2).toInt();
    }
    return out;
}

} // namespace mikro::domain
