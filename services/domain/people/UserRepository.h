#pragma once

#include "services/core/Result.h"
#include "services/domain/people/UserProfile.h"

#include <QDateTime>

#include <optional>

namespace mikro::store {
class Transaction;
}

namespace mikro::domain {

struct UserRow
{
    UserProfile profile;
    std::optional<QDateTime> deactivatedAt;
};

/// SQL for the `users` and `orgs` rows of sign-in and the Account page. Every function runs inside
/// the caller's transaction.
class UserRepository
{
public:
    [[nodiscard]] static core::Result<std::optional<UserRow>> find(
        store::Transaction &tx, const QString &id);
    /// Creates the org row if it does not exist yet (its name starts as its id).
    [[nodiscard]] static core::Result<void> ensureOrg(
        store::Transaction &tx, const QString &orgId, const QDateTime &now);
    /// Inserts the person unless a concurrent first request already did.
    [[nodiscard]] static core::Result<void> insert(
        store::Transaction &tx, const UserProfile &user, const QDateTime &now);
    /// Sets last_login_at, the org when the row has none, and email and names only when given.
    [[nodiscard]] static core::Result<void> recordLogin(store::Transaction &tx, const QString &id,
        const QString &orgId, const QString &email, const QString &firstName,
        const QString &lastName, const QDateTime &now);
    [[nodiscard]] static core::Result<UserFigures> figures(
        store::Transaction &tx, const QString &id);
};

} // namespace mikro::domain
