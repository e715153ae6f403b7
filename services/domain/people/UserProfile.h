#pragma once

#include "services/core/Money.h"
#include "services/domain/policy/Role.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mikro::domain {

/// A person's own record as /api/login and the Account page show it.
struct UserProfile
{
    QString id;
    QString orgId;
    QString email;
    QString firstName;
    QString lastName;
    QString osmUsername;
    QString paymentEmail;
    QString city;
    QString country;
    Role role = Role::User;
    std::optional<QDateTime> termsAcceptedAt;
    int mapperPoints = 0;
    int validatorPoints = 0;
    int specialProjectPoints = 0;

    [[nodiscard]] QString fullName() const;
    /// DESIGN.md §4: OSM username, payment email, country, city and the terms are all required.
    [[nodiscard]] bool needsOnboarding() const;
    bool operator==(const UserProfile &) const = default;
};

/// The Account page's figures (API.md `fetch_user_details`), all from the ledger and task tables.
struct UserFigures
{
    int tasksMapped = 0; ///< every task whose mapper they are
    int tasksValidated = 0; ///< of those, validated and not in review (API.md §3)
    core::Money paid; ///< minus the sum of payout entries
    core::Money payable; ///< earned − paid − pending (DESIGN.md §3.2)
    QString currency = QStringLiteral("USD"); ///< the org's; USD without an org
    QString orgName; ///< the organisation's name; empty without an org
    bool operator==(const UserFigures &) const = default;
};

} // namespace mikro::domain
