#pragma once

#include "services/client/ChecklistAdminClient.h"

class QJsonObject;

namespace mikro::client {

class ApiConnection;

/// ChecklistAdminClient over API.md §10 (`fetch_admin_checklists`, `create_checklist`,
/// `update_checklist`, `update_list_items`, `delete_checklist`, `fetch_checklist_users`,
/// `assign_user_checklist`, `unassign_user_checklist`).
class HttpChecklistAdminClient : public ChecklistAdminClient
{
public:
    HttpChecklistAdminClient(ApiConnection &api, ChangeFeed &feed);

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
    /// A change answering the integer `key` (none: 0), announced when it succeeds.
    [[nodiscard]] QFuture<core::Result<qint64>> change(
        const QString &action, const QJsonObject &body, const QString &key = {});

    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
