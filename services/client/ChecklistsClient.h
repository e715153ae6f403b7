#pragma once

#include "services/client/ChangeFeed.h"
#include "services/client/ChecklistChange.h"
#include "services/core/Result.h"
#include "services/domain/checklists/ChecklistBoard.h"

#include <QFuture>
#include <QUuid>

namespace mikro::client {

/// Checklist work (UI.md §3.5, §4.2): the signed-in person's own checklists and the ones they may
/// start, starting one, ticking and unticking items, and comments; for validators and admins,
/// other people's checklists and confirming their done items. Item numbers count from 1.
class ChecklistsClient
{
public:
    virtual ~ChecklistsClient() = default;

    [[nodiscard]] virtual QFuture<core::Result<domain::OwnChecklists>> mine() = 0;
    /// Starts a template for oneself; the new checklist's id. Announces Checklists.
    [[nodiscard]] virtual QFuture<core::Result<qint64>> start(qint64 templateId) = 0;
    /// Marks one's own item done or not done (not once confirmed). Announces Checklists.
    [[nodiscard]] virtual QFuture<core::Result<void>> setItemDone(
        qint64 checklistId, int itemNumber, bool done)
        = 0;
    /// The new comment's id. Announces Checklists.
    [[nodiscard]] virtual QFuture<core::Result<qint64>> addComment(
        qint64 checklistId, const QString &text)
        = 0;
    /// Deletes one's own comment. Announces Checklists.
    [[nodiscard]] virtual QFuture<core::Result<void>> deleteComment(qint64 commentId) = 0;

    /// Everyone else's checklists in the organisation, by id (validators and admins; the
    /// caller's own never appear).
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::InstanceView>>> toReview() = 0;
    /// Confirms another person's done item; confirming the last one credits the owner and the
    /// validator. Announces Checklists, Dashboards and Payouts.
    [[nodiscard]] virtual QFuture<core::Result<void>> confirmItem(
        qint64 checklistId, int itemNumber)
        = 0;
    /// Confirms every done, unconfirmed item of a checklist whose items are all done; how many.
    /// Announces Checklists, Dashboards and Payouts.
    [[nodiscard]] virtual QFuture<core::Result<int>> confirmAll(qint64 checklistId) = 0;

    /// One change with its operation id (API.md §1.8; the offline outbox's replay): sent again
    /// with the same id it is applied once and answers its first result — through either backend,
    /// whichever sent it first. The new checklist's or comment's id, else 0. Announces as the
    /// change's own method does.
    [[nodiscard]] virtual QFuture<core::Result<qint64>> apply(
        const ChecklistChange &change, const QUuid &operation)
        = 0;
};

/// What one's own checklist work touches, and what confirming another person's items touches
/// (the last confirmation credits the owner and the validator).
inline const QList<ChangeFeed::Area> checklistWorkAreas { ChangeFeed::Area::Checklists,
    ChangeFeed::Area::Dashboards };
inline const QList<ChangeFeed::Area> confirmationAreas { ChangeFeed::Area::Checklists,
    ChangeFeed::Area::Dashboards, ChangeFeed::Area::Payouts };

/// What a change touches: a confirmation credits people; one's own work does not.
[[nodiscard]] inline const QList<ChangeFeed::Area> &areasOf(const ChecklistChange &change)
{
    return change.kind == ChecklistChange::Kind::Confirm ? confirmationAreas : checklistWorkAreas;
}

} // namespace mikro::client
