#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QString>

#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// An organisation's settings (API.md `user/fetch_org_settings`).
struct OrgSettings
{
    QString id;
    QString name;
    QString currency;
    core::Money minimumPayout;
    /// The organisation has ledger entries, so its currency can no longer change.
    bool currencyLocked = false;
    bool operator==(const OrgSettings &) const = default;
};

/// The organisation's own settings (DESIGN.md §4 Organisations): every member reads them, admins
/// change them (audited). Synchronous, one transaction each; call on a store pool thread.
class OrganisationSettings
{
public:
    OrganisationSettings(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<OrgSettings> settings(const Caller &caller) const;
    /// Empty or absent values leave a setting unchanged (API.md §1.4). InvalidInput for a
    /// currency that is not three capital letters, a negative minimum payout or a name over 255
    /// characters; changing the currency of an organisation that has ledger entries is Refused
    /// `currency_in_use`.
    [[nodiscard]] core::Result<void> update(const Caller &caller, const QString &name,
        const QString &currency, std::optional<core::Money> minimumPayout) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
