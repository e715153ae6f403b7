#pragma once

#include "services/client/ChangeFeed.h"
#include "services/core/Result.h"
#include "services/domain/checklists/ChecklistAdmin.h"
#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/checklists/ChecklistItems.h"
#include "services/domain/checklists/ChecklistService.h"

#include <QFuture>
#include <QList>

namespace mikro::client {

/// The organisation's checklists as an admin follows them: the templates (archived ones left out)
/// and everyone else's checklists, each list by id. The admin's own are under My Checklists.
struct OrgChecklists
{
    QList<domain::TemplateView> templates;
    QList<domain::InstanceView> assignments;
};

/// An admin's checklists (UI.md §5.7, API.md §10): the templates with their people's
/// progress, writing and editing a template and its items, archiving it, assigning it to people
/// and taking it back. Admins only; another organisation's template is NotFound.
class ChecklistAdminClient
{
public:
    virtual ~ChecklistAdminClient() = default;

    /// API.md `fetch_admin_checklists`.
    [[nodiscard]] virtual QFuture<core::Result<OrgChecklists>> board() = 0;
    /// A new template, live at once when `active`; its id (API.md `create_checklist`).
    [[nodiscard]] virtual QFuture<core::Result<qint64>> create(
        const domain::ChecklistDraft &draft, bool active)
        = 0;
    /// The given fields at once (API.md `update_checklist`); new rates reach every checklist not
    /// yet confirmed.
    [[nodiscard]] virtual QFuture<core::Result<void>> update(
        qint64 templateId, const domain::ChecklistEdit &edit)
        = 0;
    /// Removes and writes items by number (API.md `update_list_items`); started checklists not
    /// yet confirmed follow.
    [[nodiscard]] virtual QFuture<core::Result<void>> editItems(
        qint64 templateId, const domain::ChecklistItemsEdit &edit)
        = 0;
    /// The template leaves the lists and cannot be started; open checklists carry on.
    [[nodiscard]] virtual QFuture<core::Result<void>> archive(qint64 templateId) = 0;
    /// Every active person with their state on the template (API.md `fetch_checklist_users`).
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::ChecklistPerson>>> people(
        qint64 templateId)
        = 0;
    /// Starts the template for `userId`; the new checklist's id (Conflict `already_started`).
    [[nodiscard]] virtual QFuture<core::Result<qint64>> assign(
        qint64 templateId, const QString &userId)
        = 0;
    /// Takes a person's checklist away with its items and comments (never a confirmed one).
    [[nodiscard]] virtual QFuture<core::Result<void>> unassign(
        qint64 templateId, const QString &userId)
        = 0;
};

/// What an admin's change of checklists touches: the lists, the people's own checklists, the
/// dashboards' checklist figures, the audit log.
inline const QList<ChangeFeed::Area> checklistAdminAreas { ChangeFeed::Area::Checklists,
    ChangeFeed::Area::Dashboards, ChangeFeed::Area::Audit };

} // namespace mikro::client
