#pragma once

#include "services/client/ChecklistAdminClient.h"

namespace mikro::client {

class InProcessContext;

/// ChecklistAdminClient on the domain services in this process.
class InProcessChecklistAdminClient : public ChecklistAdminClient
{
public:
    explicit InProcessChecklistAdminClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<OrgChecklists>> board() override;
    [[nodiscard]] QFuture<core::Result<qint64>> create(
        const domain::ChecklistDraft &draft, bool active) override;
    [[nodiscard]] QFuture<core::Result<void>> update(
        qint64 templateId, const domain::ChecklistEdit &edit) override;
    [[nodiscard]] QFuture<core::Result<void>> editItems(
        qint64 templateId, const domain::ChecklistItemsEdit &edit) override;
    [[nodiscard]] QFuture<core::Result<void>> archive(qint64 templateId) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::ChecklistPerson>>> people(
        qint64 templateId) override;
    [[nodiscard]] QFuture<core::Result<qint64>> assign(
        qint64 templateId, const QString &userId) override;
    [[nodiscard]] QFuture<core::Result<void>> unassign(
        qint64 templateId, const QString &userId) override;

private:
    /// `done` announced as a change of checklists when it succeeded.
    template <typename T>
    core::Result<T> announced(core::Result<T> done);

    InProcessContext &m_context;
    domain::ChecklistBoard m_board;
    domain::ChecklistService m_checklists;
    domain::ChecklistAdmin m_admin;
    domain::ChecklistItems m_items;
};

} // namespace mikro::client
