#pragma once

#include "services/core/Result.h"
#include "services/domain/checklists/ChecklistBoard.h"

#include <QFuture>

namespace mikro::client {

/// The signed-in person's own checklist work (UI.md §3.5): their checklists and the ones they may
/// start, starting one, ticking and unticking items, and comments. Item numbers count from 1.
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
};

} // namespace mikro::client
