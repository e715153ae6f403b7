#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/checklists/ChecklistAdmin.h"
#include "services/domain/checklists/ChecklistBoard.h"

#include <QJsonObject>

namespace mikro::client {

/// API.md §2 Template (a checklist template): `completed` and `confirmed` are always false and
/// `comments` always `[]`, kept so the shape stays the same.
[[nodiscard]] JsonWriter writeTemplate(const domain::TemplateView &checklist);
[[nodiscard]] core::Result<domain::TemplateView> readTemplate(const QJsonObject &object);

/// API.md §2 Instance (one person's checklist), with `comment_count` (all live comments; the
/// list carries the newest). An item's `completed` and `confirmed` follow from its dates. Not in
/// the shape, so read back empty: `awaitingConfirmation` (which list an instance is in says it)
/// and the template's own id, payout, assignment count and items (`checklist_id` is its id).
[[nodiscard]] JsonWriter writeInstance(const domain::InstanceView &instance);
[[nodiscard]] core::Result<domain::InstanceView> readInstance(const QJsonObject &object);

/// One of an Instance's `comments`.
[[nodiscard]] JsonWriter writeComment(const domain::InstanceView::Comment &comment);
[[nodiscard]] core::Result<domain::InstanceView::Comment> readComment(const QJsonObject &object);

/// The answer of `fetch_user_checklists`: the person's instances by state
/// (`user_started_checklists`, `user_completed_checklists`, `user_confirmed_checklists`) and
/// `user_available_checklists`, added to `envelope`. Read back, each list by id.
void writeOwnChecklists(JsonWriter &envelope, const domain::OwnChecklists &own);
[[nodiscard]] core::Result<domain::OwnChecklists> readOwnChecklists(const QJsonObject &answer);

/// Other people's instances of the organisation (`fetch_validator_checklists`,
/// `fetch_admin_checklists`) by state: `ready_for_confirmation` (a done item unconfirmed),
/// `confirmed_and_completed`, `stale_started_checklists` and `started_checklists`, added to
/// `envelope`. Read back as one list by id.
void writeOthersChecklists(JsonWriter &envelope, const QList<domain::InstanceView> &others);
[[nodiscard]] core::Result<QList<domain::InstanceView>> readOthersChecklists(
    const QJsonObject &answer);

/// One of `fetch_checklist_users`' `users`: `id, name, role, joined, assigned_projects`,
/// `assigned` ("Yes" or "No", from the state) and `checklist_state`.
[[nodiscard]] JsonWriter writeChecklistPerson(const domain::ChecklistPerson &person);
[[nodiscard]] core::Result<domain::ChecklistPerson> readChecklistPerson(const QJsonObject &object);

/// The answer of `fetch_checklist_comments`: `comments` and `more`, added to `envelope`.
void writeCommentPage(JsonWriter &envelope, const domain::CommentPage &page);
[[nodiscard]] core::Result<domain::CommentPage> readCommentPage(const QJsonObject &answer);

} // namespace mikro::client
