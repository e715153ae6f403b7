#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/people/UserProfile.h"

#include <QJsonObject>

namespace mikro::client {

/// The answer of `/api/login` (API.md §4), added to `envelope`: `id`, `name` (the full name),
/// `email`, `role`, `osm_username`, `payment_email`, `city`, `country`, `needs_onboarding`
/// (following from the others), `org_id`, `terms_accepted_at`. Read back, the full name is the
/// first name and the last name is empty (so fullName() is what was written); the points are
/// not in it and stay zero.
void writeLoginAnswer(JsonWriter &envelope, const domain::UserProfile &profile);
[[nodiscard]] core::Result<domain::UserProfile> readLoginAnswer(const QJsonObject &answer);
/// What of `profile` the login answer carries, as readLoginAnswer gives it back: what an
/// in-process admission answers, so both backends agree.
[[nodiscard]] domain::UserProfile loginView(const domain::UserProfile &profile);

/// What `fetch_user_details` / `fetch_user_profile` answer (API.md §5): the caller's profile
/// (with its id, an addition to API.md), their figures, and their OSM username waiting for an
/// admin's approval (empty: none).
struct AccountDetails
{
    domain::UserProfile profile;
    domain::UserFigures figures;
    QString osmUsernamePending;
    bool operator==(const AccountDetails &) const = default;
};

/// `id`, `role`, `first_name`, `last_name`, `full_name` (following from them), `osm_username`,
/// `osm_username_pending`, `city`, `country`, `email`, `payment_email`, `org_id`,
/// `terms_accepted_at`, the three points, `total_tasks_mapped`, `total_tasks_validated`,
/// `total_payout` $, `payable` $, `currency` and `org_name` (an addition to API.md: the desktop's
/// header names the organisation), added to `envelope`.
void writeAccountDetails(JsonWriter &envelope, const AccountDetails &details);
[[nodiscard]] core::Result<AccountDetails> readAccountDetails(const QJsonObject &answer);

} // namespace mikro::client
