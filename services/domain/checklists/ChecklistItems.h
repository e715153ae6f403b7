#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QList>
#include <QString>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// A change to a template's items (API.md `update_list_items`): items removed by number, then
/// items written by number (a number the template does not have adds an item).
struct ChecklistItemsEdit
{
    struct Item
    {
        int number = 0; ///< from 1
        QString action;
        QString link; ///< optional; http(s)
    };
    QList<int> removed;
    QList<Item> written;
};

/// Edits a template's items and carries the change to every instance not yet fully confirmed
/// (API.md §10 `update_list_items`, `delete_checklist_item`), in one transaction, audited:
/// removals first, then writes matched by number, then both renumbered 1..n in number order.
/// In an instance an item already confirmed is kept as it is, and a new item reopens a completed
/// instance; fully confirmed instances never change. Admins of the template's organisation only;
/// a template left without items is refused (InvalidInput).
class ChecklistItems
{
public:
    static constexpr int MaxItems = 200;

    ChecklistItems(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<void> edit(
        const Caller &caller, qint64 checklistId, const ChecklistItemsEdit &edit) const;
    /// Removes the template item `itemId` the same way.
    [[nodiscard]] core::Result<void> remove(
        const Caller &caller, qint64 checklistId, qint64 itemId) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
