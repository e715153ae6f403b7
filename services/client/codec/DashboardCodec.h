#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/reporting/DashboardService.h"

#include <QJsonObject>

namespace mikro::client {

/// `project/fetch_user_dashboard` (an addition to API.md for the desktop, UI.md §2.2 and §3.1):
/// the person's dashboard in the caller's calendar. The money figures of UI.md §2.1
/// (`earned_total`… each with `_cents`), `tasks_mapped`, `tasks_validated`, `tasks_invalidated`,
/// `validations_made`, `invalidations_made`, `tasks_this_month`, `tasks_last_month`,
/// `active_projects`, and `weeks`: twelve objects, oldest first, each `week_start` (a date) with
/// the `mapped`, `validated`, `validated_by_me` and `invalidated_by_me` counts.
void writePersonDashboard(JsonWriter &envelope, const domain::PersonDashboard &dashboard);
[[nodiscard]] core::Result<domain::PersonDashboard> readPersonDashboard(const QJsonObject &answer);

/// `project/fetch_org_dashboard` (an addition for the desktop, UI.md §5.1): the organisation's
/// figures in the caller's calendar. The money figures as above, the task figures, `people`,
/// `validators`, `admins`, `inactive_projects`, `completed_projects`, `pending_requests`,
/// `needs_review`, `sync_problems`, `can_request`, `paid_this_month` (with `_cents`), and `weeks`
/// with the `mapped`, `validated` and `invalidated` counts.
void writeOrgDashboard(JsonWriter &envelope, const domain::OrgDashboard &dashboard);
[[nodiscard]] core::Result<domain::OrgDashboard> readOrgDashboard(const QJsonObject &answer);

} // namespace mikro::client
