#pragma once

#include "services/client/codec/JsonWriter.h"
#include "services/core/Result.h"
#include "services/domain/people/OrganisationSettings.h"

#include <QJsonObject>

namespace mikro::client {

/// The organisation's settings as `user/fetch_org_settings` and `user/update_org_settings`
/// answer them: `org {id, name, currency, min_payout, currency_locked}` (API.md §5).
[[nodiscard]] JsonWriter writeOrgSettings(const domain::OrgSettings &settings);
[[nodiscard]] core::Result<domain::OrgSettings> readOrgSettings(const QJsonObject &answer);

} // namespace mikro::client
