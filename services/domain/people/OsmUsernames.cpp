#include "services/domain/people/OsmUsernames.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error error(core::ErrorKind kind, QByteArray code, const char *message)
{
    return core::Error::make(
        kind, std::move(code), QCoreApplication::translate("mikro::domain::OsmUsernames", message));
}

} // namespace

OsmUsernames::OsmUsernames(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<bool> OsmUsernames::needsApproval(
    store::Transaction &tx, const QString &userId, const QString &name)
{
    auto row = tx.exec(u"SELECT osm_username, terms_accepted_at IS NOT NULL FROM users "
                       "WHERE id = :me"_s
            + tx.forUpdate(),
        { { u"me"_s, userId } });
    if (!row.ok())
        return row.error();
    if (!row.value().next())
        return false;
    const QString current = row.value().value(0).toString();
    const bool onboarded = row.value().value(1).toBool();
    // A change of case is the same TM4 account (names match without regard to case).
    return onboarded && !current.isEmpty() && current.compare(name, Qt::CaseInsensitive) != 0;
}

core::Result<void> OsmUsernames::request(
    store::Transaction &tx, const Caller &caller, const QString &name, const QDateTime &now)
{
    // An admin of the person's organisation decides; without one nobody could (issue 11).
    if (caller.orgId.isEmpty())
        return error(core::ErrorKind::Forbidden, "no_organisation",
            QT_TRANSLATE_NOOP("mikro::domain::OsmUsernames",
                "Changing your OSM username needs an organisation to approve it."));
    auto withdrawn = tx.exec(u"UPDATE osm_username_changes SET status = 'withdrawn', "
                             "decided_at = :now WHERE user_id = :me AND status = 'pending'"_s,
        { { u"me"_s, caller.userId }, { u"now"_s, store::utcValue(now) } });
    if (!withdrawn.ok())
        return withdrawn.error();
    auto inserted = tx.exec(u"INSERT INTO osm_username_changes (org_id, user_id, osm_username, "
                            "requested_at) VALUES (:org, :me, :name, :now)"_s,
        { { u"org"_s, caller.orgId }, { u"me"_s, caller.userId }, { u"name"_s, name },
            { u"now"_s, store::utcValue(now) } });
    if (!inserted.ok())
        return inserted.error();
    return AuditLog::record(tx, caller, u"request_osm_username_change"_s, u"user"_s, caller.userId,
        { { u"osm_username"_s, name } }, now);
}

core::Result<std::optional<QString>> OsmUsernames::pendingOf(const Caller &caller) const
{
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<std::optional<QString>> {
            auto row = tx.exec(u"SELECT osm_username FROM osm_username_changes "
                               "WHERE user_id = :me AND status = 'pending'"_s,
                { { u"me"_s, caller.userId } });
            if (!row.ok())
                return row.error();
            if (!row.value().next())
                return std::optional<QString>();
            return std::optional<QString>(row.value().value(0).toString());
        });
}

core::Result<QList<UsernameChange>> OsmUsernames::pending(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManagePeople); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction(
        [&](store::Transaction &tx) -> core::Result<QList<UsernameChange>> {
            auto rows = tx.exec(
                u"SELECT c.id, c.user_id, TRIM(COALESCE(u.first_name, '') || ' ' || "
                "COALESCE(u.last_name, '')), COALESCE(u.osm_username, ''), c.osm_username, "
                "c.requested_at FROM osm_username_changes c JOIN users u ON u.id = c.user_id "
                "WHERE c.org_id = :org AND c.status = 'pending' ORDER BY c.requested_at, c.id"_s,
                { { u"org"_s, caller.orgId } });
            if (!rows.ok())
                return rows.error();
            QList<UsernameChange> out;
            while (rows.value().next()) {
                const store::Rows &q = rows.value();
                out << UsernameChange { q.value(0).toLongLong(), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    store::utcFromValue(q.value(5)).value_or(QDateTime()) };
            }
            return out;
        });
}

core::Result<void> OsmUsernames::decide(
    const Caller &caller, const QString &userId, bool approve) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManagePeople); !allowed.ok())
        return allowed.error();
    if (userId == caller.userId)
        return error(core::ErrorKind::Forbidden, "own_account",
            QT_TRANSLATE_NOOP(
                "mikro::domain::OsmUsernames", "Another admin has to decide on your own change."));
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        const QDateTime now = m_clock.nowUtc();
        auto change = tx.exec(u"SELECT c.id, c.osm_username FROM osm_username_changes c "
                              "WHERE c.user_id = :u AND c.org_id = :org AND c.status = 'pending'"_s
                + tx.forUpdate(),
            { { u"u"_s, userId }, { u"org"_s, caller.orgId } });
        if (!change.ok())
            return change.error();
        if (!change.value().next())
            return error(core::ErrorKind::NotFound, "not_found",
                QT_TRANSLATE_NOOP("mikro::domain::OsmUsernames",
                    "That person has no OSM username change waiting."));
        const qint64 id = change.value().value(0).toLongLong();
        const QString name = change.value().value(1).toString();
        if (approve) {
            auto taken = tx.exec(
                u"SELECT 1 FROM users WHERE lower(osm_username) = lower(:name) AND id <> :u"_s,
                { { u"name"_s, name }, { u"u"_s, userId } });
            if (!taken.ok())
                return taken.error();
            if (taken.value().next())
                return error(core::ErrorKind::Conflict, "duplicate",
                    QT_TRANSLATE_NOOP(
                        "mikro::domain::OsmUsernames", "That OSM username is already used."));
            // The history first, with this service's clock; the users trigger then finds the new
            // name open and leaves it alone.
            for (const auto &[sql, values] :
                { std::pair(u"UPDATE osm_usernames SET valid_to = :now WHERE user_id = :u "
                            "AND valid_to IS NULL"_s,
                      QVariantMap { { u"u"_s, userId }, { u"now"_s, store::utcValue(now) } }),
                    std::pair(u"INSERT INTO osm_usernames (user_id, osm_username, valid_from) "
                              "VALUES (:u, :name, :now)"_s,
                        QVariantMap { { u"u"_s, userId }, { u"name"_s, name },
                            { u"now"_s, store::utcValue(now) } }),
                    std::pair(u"UPDATE users SET osm_username = :name WHERE id = :u"_s,
                        QVariantMap { { u"u"_s, userId }, { u"name"_s, name } }) }) {
                auto done = tx.exec(sql, values);
                if (!done.ok())
                    return done.error();
            }
        }
        auto decided = tx.exec(u"UPDATE osm_username_changes SET status = :status, "
                               "decided_by = :me, decided_at = :now WHERE id = :id"_s,
            { { u"status"_s, approve ? u"approved"_s : u"rejected"_s }, { u"me"_s, caller.userId },
                { u"now"_s, store::utcValue(now) }, { u"id"_s, id } });
        if (!decided.ok())
            return decided.error();
        return AuditLog::record(tx, caller,
            approve ? u"approve_osm_username"_s : u"reject_osm_username"_s, u"user"_s, userId,
            { { u"osm_username"_s, name } }, now);
    });
}

} // namespace mikro::domain
