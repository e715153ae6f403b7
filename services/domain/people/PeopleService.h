#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// DESIGN.md §4 Onboarding: everything is required, terms included.
struct OnboardingForm
{
    QString osmUsername;
    QString paymentEmail;
    QString city;
    QString country;
    bool termsAccepted = false;
    QString termsVersion;
};

/// A person's own profile edits (API.md `update_user_details`): only the given fields change.
struct ProfileChange
{
    std::optional<QString> firstName = std::nullopt;
    std::optional<QString> lastName = std::nullopt;
    std::optional<QString> osmUsername = std::nullopt;
    std::optional<QString> city = std::nullopt;
    std::optional<QString> country = std::nullopt;
    std::optional<QString> email = std::nullopt;
    std::optional<QString> paymentEmail = std::nullopt;
};

/// A project membership that a role change or a deactivation ended.
struct EndedMembership
{
    qint64 projectId = 0;
    QString memberRole;
};

/// An admin's change to one person (API.md §5 `modify_users`); absent parts stay as they are.
struct PersonChange
{
    std::optional<Role> role;
    std::optional<bool> active;
};

struct PersonChangeOutcome
{
    Role role = Role::User;
    bool active = true;
    QList<EndedMembership> ended;
};

/// One person in the admin's list, with figures from the ledger and task tables (DESIGN.md §3.2).
struct PersonSummary
{
    QString id;
    QString name;
    QString email;
    QString osmUsername;
    Role role = Role::User;
    bool active = true;
    core::Money paid;
    core::Money pending;
    core::Money payable;
    int tasksMapped = 0; ///< API.md §3 "U as mapper": every task whose mapper they are
    int tasksValidated = 0; ///< … of those, validated and not in review
    int tasksInvalidated = 0; ///< … of those, invalidated
    QString paymentEmail;
    QString city;
    QString country;
    QDateTime joined;
    QDateTime lastLoginAt; ///< invalid: never
    int mapperPoints = 0;
    int validatorPoints = 0;
    int specialProjectPoints = 0;
    int assignedProjects = 0; ///< memberships
    core::Money taskEarnings; ///< mapping and validation net of reversals

    bool operator==(const PersonSummary &) const = default;
};

/// What a change of one's own details did.
struct DetailsOutcome
{
    /// The OSM username now waiting for an admin's approval (the old one stays until then).
    std::optional<QString> osmUsernamePending;
};

/// People (DESIGN.md §4 Roles, Onboarding); the organisation's own settings are
/// OrganisationSettings'. Synchronous,
/// one transaction each; call on a store pool thread. Errors: InvalidInput `missing_field` /
/// `invalid_field` with the field; Conflict `duplicate` (OSM username taken, whatever its case);
/// Refused `terms_required`, `last_admin`, `cannot_remove_self`; NotFound for unknown people and
/// for people of another org. Admin changes are audited.
class PeopleService
{
public:
    PeopleService(store::Database &db, const core::Clock &clock);

    /// Allowed before onboarding and without an organisation.
    /// Called again after onboarding, a new OSM username waits for an admin (OsmUsernames).
    [[nodiscard]] core::Result<DetailsOutcome> onboard(
        const Caller &caller, const OnboardingForm &form) const;
    /// Role and activity in one transaction: demotion to User ends the person's validator
    /// memberships, deactivation all of them (both returned); the last active admin stays;
    /// deactivating oneself is Refused `cannot_remove_self`, a deactivated person again Conflict
    /// `already_deactivated`; reactivating an active person changes nothing. Audited.
    /// The caller's own details, in one transaction; a taken OSM username (any case) is Conflict
    /// `duplicate`; changes of the OSM username and the payment email are audited.
    /// After onboarding, a new OSM username is not set but waits for an admin (OsmUsernames).
    [[nodiscard]] core::Result<DetailsOutcome> updateDetails(
        const Caller &caller, const ProfileChange &change) const;
    [[nodiscard]] core::Result<PersonChangeOutcome> modify(
        const Caller &caller, const QString &userId, const PersonChange &change) const;
    /// Demotion to User ends the person's validator memberships, which are returned.
    [[nodiscard]] core::Result<QList<EndedMembership>> changeRole(
        const Caller &caller, const QString &userId, Role role) const;
    /// Keeps history and ledger and ends every membership (returned). Already deactivated →
    /// Conflict `already_deactivated`.
    [[nodiscard]] core::Result<QList<EndedMembership>> deactivate(
        const Caller &caller, const QString &userId) const;
    /// Lifts a deactivation; an active person stays as they are.
    [[nodiscard]] core::Result<void> reactivate(const Caller &caller, const QString &userId) const;
    [[nodiscard]] core::Result<QList<PersonSummary>> orgPeople(const Caller &caller) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

/// API.md §1.4 `email`: one `@`, a dot in the domain, no spaces.
[[nodiscard]] bool isValidEmail(const QString &value);

} // namespace mikro::domain
