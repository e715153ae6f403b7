#pragma once

#include "services/client/ChecklistsClient.h"
#include "services/domain/checklists/ChecklistComments.h"
#include "services/domain/checklists/ChecklistService.h"

namespace mikro::client {

class InProcessContext;

/// ChecklistsClient on the domain services in this process.
class InProcessChecklistsClient : public ChecklistsClient
{
public:
    explicit InProcessChecklistsClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<domain::OwnChecklists>> mine() override;
    [[nodiscard]] QFuture<core::Result<qint64>> start(qint64 templateId) override;
    [[nodiscard]] QFuture<core::Result<void>> setItemDone(
        qint64 checklistId, int itemNumber, bool done) override;
    [[nodiscard]] QFuture<core::Result<qint64>> addComment(
        qint64 checklistId, const QString &text) override;
    [[nodiscard]] QFuture<core::Result<void>> deleteComment(qint64 commentId) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::InstanceView>>> toReview() override;
    [[nodiscard]] QFuture<core::Result<void>> confirmItem(
        qint64 checklistId, int itemNumber) override;
    [[nodiscard]] QFuture<core::Result<int>> confirmAll(qint64 checklistId) override;
    [[nodiscard]] QFuture<core::Result<qint64>> apply(
        const ChecklistChange &change, const QUuid &operation) override;

private:
    /// Applies the change now, without an operation id.
    [[nodiscard]] core::Result<qint64> applyNow(
        const domain::Caller &caller, const ChecklistChange &change) const;
    /// Runs `work` and announces `areas` when it succeeds.
    template <typename T, typename Work>
    QFuture<core::Result<T>> change(
        Work work, const QList<ChangeFeed::Area> &areas = checklistWorkAreas);

    InProcessContext &m_context;
    domain::ChecklistBoard m_board;
    domain::ChecklistService m_checklists;
    domain::ChecklistComments m_comments;
};

} // namespace mikro::client
