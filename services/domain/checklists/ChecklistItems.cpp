#include "services/domain/checklists/ChecklistItems.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

/// Item rows of one template or one instance: the same shape in both tables.
struct ItemTable
{
    QString table; ///< checklist_items or user_checklist_items
    QString owner; ///< checklist_id or user_checklist_id
    bool hasConfirmation = false;
};

const ItemTable TemplateItems { u"checklist_items"_s, u"checklist_id"_s, false };
const ItemTable InstanceItems { u"user_checklist_items"_s, u"user_checklist_id"_s, true };

struct Row
{
    qint64 id = 0;
    int number = 0;
    bool confirmed = false;
};

core::Error invalid(const char *message)
{
    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
        QCoreApplication::translate("mikro::domain::ChecklistItems", message))
        .withField(u"list_items"_s);
}

core::Result<void> check(const ChecklistItemsEdit &edit)
{
    if (edit.removed.size() + edit.written.size() > qsizetype(2) * ChecklistItems::MaxItems)
        return invalid(QT_TRANSLATE_NOOP("mikro::domain::ChecklistItems", "Too many items."));
    for (int n : edit.removed)
        if (n < 1 || n > ChecklistItems::MaxItems)
            return invalid(
                QT_TRANSLATE_NOOP("mikro::domain::ChecklistItems", "Item numbers start at 1."));
    for (const auto &item : edit.written) {
        const QString action = item.action.trimmed();
        if (item.number < 1 || item.number > ChecklistItems::MaxItems || action.isEmpty()
            || action.size() > 1000)
            return invalid(QT_TRANSLATE_NOOP("mikro::domain::ChecklistItems",
                "Every item needs a number from 1 and an action of up to 1000 characters."));
        const QUrl url(item.link, QUrl::StrictMode);
        if (!item.link.isEmpty()
            && (!url.isValid() || url.host().isEmpty() || item.link.size() > 500
                || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)))
            return invalid(QT_TRANSLATE_NOOP(
                "mikro::domain::ChecklistItems", "Links must be http or https addresses."));
    }
    return {};
}

core::Result<QList<Row>> readRows(store::Transaction &tx, const ItemTable &t, qint64 owner)
{
    auto current = tx.exec(
        u"SELECT id, position + 1, %1 FROM %2 WHERE %3 = :o ORDER BY position"_s.arg(
            t.hasConfirmation ? u"confirmed_at IS NOT NULL"_s : u"FALSE"_s, t.table, t.owner),
        { { u"o"_s, owner } });
    if (!current.ok())
        return current.error();
    QList<Row> rows;
    while (current.value().next())
        rows << Row { current.value().value(0).toLongLong(), current.value().value(1).toInt(),
            current.value().value(2).toBool() };
    return rows;
}

/// Deletes the removed items (a confirmed item stays in its instance) and drops them from `rows`.
core::Result<void> removeItems(
    store::Transaction &tx, const ItemTable &t, QList<Row> &rows, const ChecklistItemsEdit &edit)
{
    for (auto it = rows.begin(); it != rows.end();) {
        if (it->confirmed || !edit.removed.contains(it->number)) {
            ++it;
            continue;
        }
        auto gone
            = tx.exec(u"DELETE FROM %1 WHERE id = :id"_s.arg(t.table), { { u"id"_s, it->id } });
        if (!gone.ok())
            return gone.error();
        it = rows.erase(it);
    }
    return {};
}

/// Writes one item: the unconfirmed item of that number is rewritten, a new number is added
/// (parked at 2,000,000 + number until renumbered). Ok(true) when added.
core::Result<bool> writeItem(store::Transaction &tx, const ItemTable &t, qint64 owner,
    QList<Row> &rows, const ChecklistItemsEdit::Item &item)
{
    const auto existing = std::find_if(
        rows.begin(), rows.end(), [&](const Row &r) { return r.number == item.number; });
    const QVariant link = item.link.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(item.link.trimmed());
    if (existing != rows.end()) {
        if (existing->confirmed)
            return false;
        auto written
            = tx.exec(u"UPDATE %1 SET action = :action, link = :link WHERE id = :id"_s.arg(t.table),
                { { u"action"_s, item.action.trimmed() }, { u"link"_s, link },
                    { u"id"_s, existing->id } });
        if (!written.ok())
            return written.error();
        return false;
    }
    auto inserted
        = tx.exec(u"INSERT INTO %1 (%2, position, action, link) VALUES (:o, :pos, :action, "
                  ":link) RETURNING id"_s.arg(t.table, t.owner),
            { { u"o"_s, owner }, { u"pos"_s, 2000000 + item.number },
                { u"action"_s, item.action.trimmed() }, { u"link"_s, link } });
    if (!inserted.ok())
        return inserted.error();
    inserted.value().next();
    rows << Row { inserted.value().value(0).toLongLong(), item.number, false };
    return true;
}

/// Positions 0, 1, … in the order of the items' numbers.
core::Result<void> renumber(store::Transaction &tx, const ItemTable &t, QList<Row> &rows)
{
    std::stable_sort(
        rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.number < b.number; });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto placed = tx.exec(u"UPDATE %1 SET position = :pos WHERE id = :id"_s.arg(t.table),
            { { u"pos"_s, int(i) }, { u"id"_s, rows[i].id } });
        if (!placed.ok())
            return placed.error();
    }
    return {};
}

/// Applies `edit` to one owner's items; confirmed items are left as they are. Ok(true) when an
/// item was added.
core::Result<bool> apply(
    store::Transaction &tx, const ItemTable &t, qint64 owner, const ChecklistItemsEdit &edit)
{
    auto rows = readRows(tx, t, owner);
    if (!rows.ok())
        return rows.error();
    if (auto removed = removeItems(tx, t, rows.value(), edit); !removed.ok())
        return removed.error();
    // Out of the way of the unique positions while the rows move.
    auto parked = tx.exec(
        u"UPDATE %1 SET position = position + 1000000 WHERE %2 = :o"_s.arg(t.table, t.owner),
        { { u"o"_s, owner } });
    if (!parked.ok())
        return parked.error();
    bool added = false;
    for (const auto &item : edit.written) {
        auto written = writeItem(tx, t, owner, rows.value(), item);
        if (!written.ok())
            return written.error();
        added = added || written.value();
    }
    if (auto placed = renumber(tx, t, rows.value()); !placed.ok())
        return placed.error();
    return added;
}

/// The instances not yet fully confirmed follow the template's edit; they are locked like a
/// confirmation, and a completed one that gained an item is open again. The number of them.
core::Result<qsizetype> followInstances(
    store::Transaction &tx, qint64 checklistId, const ChecklistItemsEdit &edit)
{
    auto open = tx.exec(u"SELECT id, completed_at IS NOT NULL FROM user_checklists "
                        "WHERE checklist_id = :c AND confirmed_at IS NULL ORDER BY id"_s
            + tx.forUpdate(),
        { { u"c"_s, checklistId } });
    if (!open.ok())
        return open.error();
    QList<std::pair<qint64, bool>> instances;
    while (open.value().next())
        instances << std::pair(open.value().value(0).toLongLong(), open.value().value(1).toBool());
    for (const auto &[instance, completed] : instances) {
        auto added = apply(tx, InstanceItems, instance, edit);
        if (!added.ok())
            return added.error();
        if (!added.value() || !completed)
            continue;
        auto reopened = tx.exec(u"UPDATE user_checklists SET completed_at = NULL WHERE id = :id"_s,
            { { u"id"_s, instance } });
        if (!reopened.ok())
            return reopened.error();
    }
    return instances.size();
}

} // namespace

ChecklistItems::ChecklistItems(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<void> ChecklistItems::edit(
    const Caller &caller, qint64 checklistId, const ChecklistItemsEdit &edit) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    if (auto valid = check(edit); !valid.ok())
        return valid.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto known = tx.exec(u"SELECT 1 FROM checklists WHERE id = :c AND org_id = :org "
                             "AND archived_at IS NULL"_s
                + tx.forUpdate(),
            { { u"c"_s, checklistId }, { u"org"_s, caller.orgId } });
        if (!known.ok())
            return known.error();
        if (!known.value().next())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::domain::ChecklistItems", "That checklist does not exist."));
        if (auto done = apply(tx, TemplateItems, checklistId, edit); !done.ok())
            return done.error();
        auto left = tx.exec(u"SELECT COUNT(*) FROM checklist_items WHERE checklist_id = :c"_s,
            { { u"c"_s, checklistId } });
        if (!left.ok())
            return left.error();
        left.value().next();
        if (left.value().value(0).toInt() == 0)
            return invalid(QT_TRANSLATE_NOOP(
                "mikro::domain::ChecklistItems", "A checklist needs at least one item."));
        const auto instances = followInstances(tx, checklistId, edit);
        if (!instances.ok())
            return instances.error();
        return AuditLog::record(tx, caller, u"update_list_items"_s, u"checklist"_s,
            QString::number(checklistId),
            { { u"removed"_s, edit.removed.size() }, { u"written"_s, edit.written.size() },
                { u"instances"_s, instances.value() } },
            m_clock.nowUtc());
    });
}

core::Result<void> ChecklistItems::remove(
    const Caller &caller, qint64 checklistId, qint64 itemId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    auto number = m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<int> {
        auto row = tx.exec(u"SELECT i.position + 1 FROM checklist_items i JOIN checklists c "
                           "ON c.id = i.checklist_id WHERE i.id = :i AND c.id = :c "
                           "AND c.org_id = :org"_s,
            { { u"i"_s, itemId }, { u"c"_s, checklistId }, { u"org"_s, caller.orgId } });
        if (!row.ok())
            return row.error();
        if (!row.value().next())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::domain::ChecklistItems", "That item does not exist."));
        return row.value().value(0).toInt();
    });
    if (!number.ok())
        return number.error();
    ChecklistItemsEdit removal;
    removal.removed << number.value();
    return edit(caller, checklistId, removal);
}

} // namespace mikro::domain
