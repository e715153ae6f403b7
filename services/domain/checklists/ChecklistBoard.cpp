#include "services/domain/checklists/ChecklistBoard.h"

#include "services/core/Clock.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

constexpr qint64 StaleAfterSeconds = qint64(72) * 3600;

/// "First Last (osm)" of a users row aliased `alias`.
QString displayName(const QString &alias)
{
    return u"TRIM(COALESCE(%1.first_name, '') || ' ' || COALESCE(%1.last_name, '') || "
           "CASE WHEN %1.osm_username IS NULL THEN '' ELSE ' (' || %1.osm_username || ')' END)"_s
               .arg(alias);
}

/// Who confirmed, by name as `user_name` is written (the `cb` join), or their id when the person
/// is gone; empty while nothing is confirmed.
QString confirmerName(const QString &alias)
{
    return u"CASE WHEN cb.id IS NULL THEN COALESCE(%1.confirmed_by, '') ELSE %2 END"_s.arg(
        alias, displayName(u"cb"_s));
}

QDateTime timeOf(const QVariant &value)
{
    return store::utcFromValue(value).value_or(QDateTime());
}

/// The template columns every list reads, from `checklists c` and its author `a`.
const QString TemplateColumns = u"c.id, c.name, COALESCE(c.author_id, ''), "_s + displayName(u"a"_s)
    + u", COALESCE(c.description, ''), c.due_date, COALESCE(c.difficulty, ''), c.visible, "
      "c.active, c.completion_rate_cents, c.validation_rate_cents"_s;

TemplateView templateOf(const store::Rows &q, int at)
{
    TemplateView t;
    t.id = q.value(at).toLongLong();
    t.name = q.value(at + 1).toString();
    t.authorId = q.value(at + 2).toString();
    t.author = q.value(at + 3).toString();
    t.description = q.value(at + 4).toString();
    t.dueDate = QDate::fromString(q.value(at + 5).toString().left(10), Qt::ISODate);
    t.difficulty = q.value(at + 6).toString();
    t.visible = q.value(at + 7).toBool();
    t.active = q.value(at + 8).toBool();
    t.completionRate = core::Money(q.value(at + 9).toLongLong());
    t.validationRate = core::Money(q.value(at + 10).toLongLong());
    return t;
}

/// A comment from `first`: id, body, author id, author name, role, time.
InstanceView::Comment commentOf(const store::Rows &q, int first)
{
    return InstanceView::Comment { q.value(first).toLongLong(), q.value(first + 1).toString(),
        q.value(first + 2).toString(), q.value(first + 3).toString(), q.value(first + 4).toString(),
        timeOf(q.value(first + 5)), false };
}

/// The items of the instances in `out` (found by id through `index`), with each instance's
/// last activity.
core::Result<void> readInstanceItems(store::Transaction &tx, const QVariantMap &values,
    const QString &whose, QList<InstanceView> &out, const QHash<qint64, qsizetype> &index)
{
    auto items = tx.exec(u"SELECT i.user_checklist_id, i.id, i.position + 1, i.action, "
                         "COALESCE(i.link, ''), i.completed_at, i.confirmed_at, "_s
            + confirmerName(u"i"_s)
            + u" FROM user_checklist_items i "
              "JOIN user_checklists uc ON uc.id = i.user_checklist_id "
              "LEFT JOIN users cb ON cb.id = i.confirmed_by "
              "WHERE uc.org_id = :org AND "_s
            + whose + u" ORDER BY i.user_checklist_id, i.position"_s,
        values);
    if (!items.ok())
        return items.error();
    while (items.value().next()) {
        const store::Rows &q = items.value();
        const auto at = index.constFind(q.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        InstanceView &v = out[*at];
        InstanceView::Item item { q.value(1).toLongLong(), q.value(2).toInt(),
            q.value(3).toString(), q.value(4).toString(), timeOf(q.value(5)), timeOf(q.value(6)),
            q.value(7).toString() };
        for (const QDateTime &t : { item.completedAt, item.confirmedAt })
            if (t.isValid() && t > v.lastActivityAt)
                v.lastActivityAt = t;
        v.items << item;
    }
    return {};
}

core::Result<void> readInstanceComments(store::Transaction &tx, const QVariantMap &values,
    const QString &whose, QList<InstanceView> &out, const QHash<qint64, qsizetype> &index)
{
    // The newest CommentsInLists of each instance, with the count of all (both engines have
    // window functions).
    QVariantMap limited = values;
    limited.insert(u"keep"_s, CommentsInLists);
    auto comments = tx.exec(u"SELECT r.user_checklist_id, r.id, r.body, r.author_id, r.author, "
                            "r.author_role, r.created_at, r.total FROM (SELECT "
                            "m.user_checklist_id, m.id, m.body, m.author_id, "_s
            + displayName(u"w"_s)
            + u" AS author, m.author_role, m.created_at, ROW_NUMBER() OVER (PARTITION BY "
              "m.user_checklist_id ORDER BY m.id DESC) AS newest, COUNT(*) OVER (PARTITION BY "
              "m.user_checklist_id) AS total FROM checklist_comments m "
              "JOIN user_checklists uc ON uc.id = m.user_checklist_id "
              "JOIN users w ON w.id = m.author_id WHERE uc.org_id = :org AND "_s
            + whose
            + u" AND m.deleted_at IS NULL) r WHERE r.newest <= :keep "
              "ORDER BY r.user_checklist_id, r.id"_s,
        limited);
    if (!comments.ok())
        return comments.error();
    while (comments.value().next()) {
        const store::Rows &q = comments.value();
        if (const auto at = index.constFind(q.value(0).toLongLong()); at != index.constEnd()) {
            out[*at].comments << commentOf(q, 1);
            out[*at].commentCount = q.value(7).toInt();
        }
    }
    return {};
}

/// Completed, awaiting confirmation and stale, from the items read.
void markStates(QList<InstanceView> &out, const QDateTime &now)
{
    for (InstanceView &v : out) {
        v.completed = !v.items.isEmpty()
            && std::all_of(v.items.cbegin(), v.items.cend(),
                [](const auto &i) { return i.completedAt.isValid(); });
        v.awaitingConfirmation = !v.confirmed
            && std::any_of(v.items.cbegin(), v.items.cend(),
                [](const auto &i) { return i.completedAt.isValid() && !i.confirmedAt.isValid(); });
        // DESIGN.md §4: started, unfinished, and no progress for 72 hours.
        v.stale = !v.confirmed && v.lastActivityAt.isValid()
            && v.lastActivityAt.secsTo(now) >= StaleAfterSeconds;
    }
}

} // namespace

ChecklistBoard::ChecklistBoard(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<QList<TemplateView>> ChecklistBoard::templates(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    return readTemplates(caller, false);
}

core::Result<QList<TemplateView>> ChecklistBoard::available(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::WorkChecklists); !allowed.ok())
        return allowed.error();
    return readTemplates(caller, true);
}

core::Result<QList<InstanceView>> ChecklistBoard::mine(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::WorkChecklists); !allowed.ok())
        return allowed.error();
    return readInstances(caller, true);
}

core::Result<QList<InstanceView>> ChecklistBoard::others(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ReviewChecklists); !allowed.ok())
        return allowed.error();
    return readInstances(caller, false);
}

core::Result<QList<TemplateView>> ChecklistBoard::readTemplates(
    const Caller &caller, bool onlyAvailable) const
{
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QList<TemplateView>> {
        const QVariantMap values { { u"org"_s, caller.orgId }, { u"me"_s, caller.userId } };
        const QString which = onlyAvailable
            ? u" AND c.active AND c.visible AND NOT EXISTS (SELECT 1 FROM user_checklists u "
              "WHERE u.checklist_id = c.id AND u.user_id = :me)"_s
            : QString();
        auto rows = tx.exec(u"SELECT "_s + TemplateColumns
                + u", (SELECT COUNT(*) FROM user_checklists u WHERE u.checklist_id = c.id), "
                  "(SELECT COUNT(*) FROM user_checklists u WHERE u.checklist_id = c.id AND "
                  "u.confirmed_at IS NOT NULL), (SELECT COALESCE(SUM(u.completion_rate_cents + "
                  "u.validation_rate_cents), 0) "
                  "FROM user_checklists u WHERE u.checklist_id = c.id AND u.confirmed_at IS NOT "
                  "NULL) FROM checklists c LEFT JOIN users a ON a.id = c.author_id "
                  "WHERE c.org_id = :org AND c.archived_at IS NULL"_s
                + which + u" ORDER BY c.id"_s,
            values);
        if (!rows.ok())
            return rows.error();
        QList<TemplateView> out;
        QHash<qint64, qsizetype> index;
        while (rows.value().next()) {
            TemplateView t = templateOf(rows.value(), 0);
            t.assignedCount = rows.value().value(11).toInt();
            t.confirmedCount = rows.value().value(12).toInt();
            t.totalPayout = core::Money(rows.value().value(13).toLongLong());
            index.insert(t.id, out.size());
            out << t;
        }
        auto items = tx.exec(u"SELECT i.checklist_id, i.id, i.position + 1, i.action, "
                             "COALESCE(i.link, '') FROM checklist_items i JOIN checklists c "
                             "ON c.id = i.checklist_id WHERE c.org_id = :org "
                             "AND c.archived_at IS NULL ORDER BY i.checklist_id, i.position"_s,
            values);
        if (!items.ok())
            return items.error();
        while (items.value().next()) {
            const store::Rows &q = items.value();
            if (const auto at = index.constFind(q.value(0).toLongLong()); at != index.constEnd())
                out[*at].items << TemplateView::Item { q.value(1).toLongLong(), q.value(2).toInt(),
                    q.value(3).toString(), q.value(4).toString() };
        }
        return out;
    });
}

core::Result<QList<InstanceView>> ChecklistBoard::readInstances(
    const Caller &caller, bool own) const
{
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QList<InstanceView>> {
        const QVariantMap values { { u"org"_s, caller.orgId }, { u"me"_s, caller.userId } };
        const QString whose = own ? u"uc.user_id = :me"_s : u"uc.user_id <> :me"_s;
        auto rows = tx.exec(u"SELECT uc.id, uc.checklist_id, uc.user_id, "_s + displayName(u"o"_s)
                + u", uc.started_at, uc.completed_at, uc.confirmed_at, "_s + confirmerName(u"uc"_s)
                + u", "_s + TemplateColumns
                + u" FROM user_checklists uc JOIN users o ON o.id = uc.user_id "
                  "LEFT JOIN users cb ON cb.id = uc.confirmed_by "
                  "JOIN checklists c ON c.id = uc.checklist_id "
                  "LEFT JOIN users a ON a.id = c.author_id WHERE uc.org_id = :org AND "_s
                + whose + u" ORDER BY uc.id"_s,
            values);
        if (!rows.ok())
            return rows.error();
        QList<InstanceView> out;
        QHash<qint64, qsizetype> index;
        while (rows.value().next()) {
            const store::Rows &q = rows.value();
            InstanceView v;
            v.id = q.value(0).toLongLong();
            v.checklistId = q.value(1).toLongLong();
            v.userId = q.value(2).toString();
            v.userName = q.value(3).toString();
            v.startedAt = timeOf(q.value(4));
            v.completedAt = timeOf(q.value(5));
            v.confirmedAt = timeOf(q.value(6));
            v.confirmed = v.confirmedAt.isValid();
            v.confirmedBy = q.value(7).toString();
            v.checklist = templateOf(q, 8);
            v.lastActivityAt = v.startedAt;
            index.insert(v.id, out.size());
            out << v;
        }
        if (auto read = readInstanceItems(tx, values, whose, out, index); !read.ok())
            return read.error();
        if (auto read = readInstanceComments(tx, values, whose, out, index); !read.ok())
            return read.error();
        markStates(out, m_clock.nowUtc());
        return out;
    });
}

core::Result<CommentPage> ChecklistBoard::commentPage(
    const Caller &caller, qint64 userChecklistId, qint64 beforeId, int limit) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::WorkChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<CommentPage> {
        auto owner
            = tx.exec(u"SELECT user_id FROM user_checklists WHERE id = :id AND org_id = :org"_s,
                { { u"id"_s, userChecklistId }, { u"org"_s, caller.orgId } });
        if (!owner.ok())
            return owner.error();
        if (!owner.value().next()
            || (owner.value().value(0).toString() != caller.userId
                && !isAtLeast(caller.role, Role::Validator)))
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::domain::ChecklistBoard", "That checklist does not exist."));
        const int size = qBound(1, limit, 100);
        auto rows = tx.exec(u"SELECT m.id, m.body, m.author_id, "_s + displayName(u"w"_s)
                + u", m.author_role, m.created_at FROM checklist_comments m "
                  "JOIN users w ON w.id = m.author_id WHERE m.user_checklist_id = :uc "
                  "AND m.deleted_at IS NULL AND (:before = 0 OR m.id < :before) "
                  "ORDER BY m.id DESC LIMIT :size"_s,
            { { u"uc"_s, userChecklistId }, { u"before"_s, qMax<qint64>(0, beforeId) },
                { u"size"_s, size + 1 } });
        if (!rows.ok())
            return rows.error();
        CommentPage page;
        while (rows.value().next())
            page.comments.prepend(commentOf(rows.value(), 0));
        if (page.comments.size() > size) {
            page.more = true;
            page.comments.removeFirst();
        }
        return page;
    });
}

} // namespace mikro::domain
