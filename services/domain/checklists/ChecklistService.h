#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

struct ChecklistDraft
{
    struct Item
    {
        QString action;
        QString link; ///< optional; http(s) only
    };
    QString name;
    QString description;
    std::optional<QDate> dueDate;
    core::Money completionRate;
    core::Money validationRate;
    QString difficulty;
    bool visible = false;
    QList<Item> items;
};

/// What an item's change did to its checklist (API.md §10: `checklist_completed` /
/// `checklist_confirmed`, and the message that names the checklist when it is done).
struct ItemOutcome
{
    /// completeItem: every item is completed now; confirmItem: the checklist is confirmed now
    /// (this confirmation was its last; its rewards were credited).
    bool checklistDone = false;
    QString checklistName;
    bool operator==(const ItemOutcome &) const = default;
};

/// Checklists (DESIGN.md §4 Checklists): admins write templates; people start or are assigned
/// one (rates snapshotted then); the owner completes items and may untick one until it is
/// confirmed; validators and admins confirm items of other people's checklists, never their own.
/// When the last item is confirmed, the owner gets the completion rate and the validator who
/// confirmed it the validation rate — once, even when two validators confirm at the same moment.
/// Comments are ChecklistComments'.
/// Synchronous, one transaction each; call on a store pool thread.
class ChecklistService
{
public:
    ChecklistService(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<qint64> createTemplate(
        const Caller &caller, const ChecklistDraft &draft) const;
    [[nodiscard]] core::Result<void> setActive(
        const Caller &caller, qint64 checklistId, bool active) const;
    /// Starts the checklist for `userId` (the caller themselves, or anyone of the org for an
    /// admin).
    [[nodiscard]] core::Result<qint64> start(
        const Caller &caller, qint64 checklistId, const QString &userId) const;
    /// An admin starts the checklist for `userId` (API.md `assign_user_checklist`: admins only,
    /// whoever the person is, the admin included).
    [[nodiscard]] core::Result<qint64> assign(
        const Caller &caller, qint64 checklistId, const QString &userId) const;
    [[nodiscard]] core::Result<ItemOutcome> completeItem(
        const Caller &caller, qint64 userChecklistId, int position, bool completed) const;
    [[nodiscard]] core::Result<ItemOutcome> confirmItem(
        const Caller &caller, qint64 userChecklistId, int position) const;
    /// Confirms every completed, unconfirmed item at once, under confirmItem's rules and credits;
    /// Refused `items_incomplete` while any item is not completed. The number confirmed.
    [[nodiscard]] core::Result<int> confirmAll(const Caller &caller, qint64 userChecklistId) const;
    /// The owner's "submit": changes nothing (completion comes with the last item); Refused
    /// `items_incomplete` until every item is completed.
    [[nodiscard]] core::Result<void> submit(const Caller &caller, qint64 userChecklistId) const;

private:
    [[nodiscard]] core::Result<qint64> startFor(
        const Caller &caller, qint64 checklistId, const QString &userId, bool forSomeoneElse) const;
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
