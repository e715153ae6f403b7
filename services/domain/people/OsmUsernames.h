#pragma once

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
class Transaction;
} // namespace mikro::store

namespace mikro::domain {

/// A person's pending request to use another OSM username.
struct UsernameChange
{
    qint64 id = 0;
    QString userId;
    QString person; ///< "First Last"
    QString currentName;
    QString requestedName;
    QDateTime requestedAt;
};

/// OSM usernames after onboarding (issue 10 #5). TM4 work is attributed by OSM username, so a new
/// name would bring someone else's work with it: a person's change waits for an admin of the
/// organisation, who approves (the name is theirs from that moment on, `osm_usernames`) or
/// rejects it. Another admin decides an admin's own change (Forbidden `own_account`). Audited.
class OsmUsernames
{
public:
    OsmUsernames(store::Database &db, const core::Clock &clock);

    /// Inside the caller's transaction: records (or replaces) the person's pending change.
    [[nodiscard]] static core::Result<void> request(
        store::Transaction &tx, const Caller &caller, const QString &name, const QDateTime &now);
    /// Whether the person is past onboarding, so that a new name needs approval.
    [[nodiscard]] static core::Result<bool> needsApproval(
        store::Transaction &tx, const QString &userId, const QString &name);
    /// The caller's own pending name, if any.
    [[nodiscard]] core::Result<std::optional<QString>> pendingOf(const Caller &caller) const;
    /// The organisation's pending changes, oldest first (admins).
    [[nodiscard]] core::Result<QList<UsernameChange>> pending(const Caller &caller) const;
    /// Approves or rejects `userId`'s pending change. NotFound when there is none; Conflict
    /// `duplicate` when the name was taken meanwhile (the request stays pending).
    [[nodiscard]] core::Result<void> decide(
        const Caller &caller, const QString &userId, bool approve) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
