#include "services/domain/people/PeopleService.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/people/OsmUsernames.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("mikro::domain::PeopleService", text);
}

core::Error fieldError(QByteArray code, const QString &field, const char *message)
{
    return core::Error::make(core::ErrorKind::InvalidInput, std::move(code), translated(message))
        .withField(field);
}

/// API.md §1.4 `str`: trimmed, bounded, no control characters but newline and tab.
core::Result<QString> text(const QString &value, const QString &field, qsizetype limit)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return fieldError("missing_field", field,
            QT_TRANSLATE_NOOP("mikro::domain::PeopleService", "This field is required."));
    if (trimmed.size() > limit)
        return fieldError("invalid_field", field,
            QT_TRANSLATE_NOOP("mikro::domain::PeopleService", "This text is too long."));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return fieldError("invalid_field", field,
                QT_TRANSLATE_NOOP(
                    "mikro::domain::PeopleService", "This text holds control characters."));
    }
    return trimmed;
}

core::Error notFound()
{
    return core::Error::make(core::ErrorKind::NotFound, "not_found",
        translated(
            QT_TRANSLATE_NOOP("mikro::domain::PeopleService", "That person does not exist.")));
}

core::Error refused(QByteArray code, const char *message)
{
    return core::Error::make(core::ErrorKind::Refused, std::move(code), translated(message));
}

/// The role of a person of the caller's org, or NotFound (another org's people are unknown).
core::Result<Role> roleInOrg(store::Transaction &tx, const QString &orgId, const QString &userId)
{
    auto row = tx.exec(
        u"SELECT role FROM users WHERE id = :id AND org_id = :org AND deactivated_at IS NULL"_s,
        { { u"id"_s, userId }, { u"org"_s, orgId } });
    if (!row.ok())
        return row.error();
    if (!row.value().next())
        return notFound();
    return roleFromText(row.value().value(0).toString()).value_or(Role::User);
}

struct OrgPerson
{
    Role role = Role::User;
    bool active = true;
};

/// Any person of the org, active or deactivated, or NotFound (another org's people are unknown).
core::Result<OrgPerson> personInOrg(
    store::Transaction &tx, const QString &orgId, const QString &userId)
{
    auto row = tx.exec(u"SELECT role, deactivated_at FROM users WHERE id = :id AND org_id = :org"_s,
        { { u"id"_s, userId }, { u"org"_s, orgId } });
    if (!row.ok())
        return row.error();
    if (!row.value().next())
        return notFound();
    return OrgPerson { roleFromText(row.value().value(0).toString()).value_or(Role::User),
        row.value().value(1).isNull() };
}

core::Result<qint64> activeAdmins(store::Transaction &tx, const QString &orgId)
{
    auto row = tx.exec(
        u"SELECT COUNT(*) FROM users WHERE org_id = :org AND role = 'admin' AND deactivated_at IS NULL"_s,
        { { u"org"_s, orgId } });
    if (!row.ok())
        return row.error();
    row.value().next();
    return row.value().value(0).toLongLong();
}

/// Serialises the people changes of one organisation and re-checks, under that lock, that the
/// caller is still an active admin: two admins demoting or deactivating each other at once would
/// otherwise each count two admins and both succeed (write skew). SQLite's writers are serial
/// already (BEGIN IMMEDIATE); PostgreSQL takes the organisation's row lock.
core::Result<void> lockOrgAsAdmin(store::Transaction &tx, const Caller &caller)
{
    auto locked = tx.exec(
        u"SELECT id FROM orgs WHERE id = :org"_s + tx.forUpdate(), { { u"org"_s, caller.orgId } });
    if (!locked.ok())
        return locked.error();
    auto role = roleInOrg(tx, caller.orgId, caller.userId);
    if (!role.ok() && role.error().kind != core::ErrorKind::NotFound)
        return role.error();
    Caller current = caller;
    current.role = role.ok() ? role.value() : Role::User;
    return AccessPolicy::check(current, Action::ManagePeople);
}

/// Ends the person's memberships (only the validator ones when `validatorOnly`) and says which.
core::Result<QList<EndedMembership>> endMemberships(
    store::Transaction &tx, const QString &userId, bool validatorOnly)
{
    const QString which = validatorOnly ? u" AND member_role = 'validator'"_s : QString();
    auto rows = tx.exec(u"SELECT project_id, member_role FROM project_members WHERE user_id = :id"_s
            + which + u" ORDER BY project_id"_s,
        { { u"id"_s, userId } });
    if (!rows.ok())
        return rows.error();
    QList<EndedMembership> ended;
    while (rows.value().next())
        ended.append({ rows.value().value(0).toLongLong(), rows.value().value(1).toString() });
    auto deleted = tx.exec(
        u"DELETE FROM project_members WHERE user_id = :id"_s + which, { { u"id"_s, userId } });
    if (!deleted.ok())
        return deleted.error();
    return ended;
}

} // namespace

bool isValidEmail(const QString &value)
{
    const QString email = value.trimmed();
    if (email.size() > 255 || email.count(u'@') != 1 || email.contains(u' '))
        return false;
    const qsizetype at = email.indexOf(u'@');
    const QString domain = email.mid(at + 1);
    return at > 0 && domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.');
}

namespace {

/// Whether someone other than `me` uses `name`, whatever its case.
core::Result<bool> nameTaken(store::Transaction &tx, const QString &name, const QString &me)
{
    auto taken
        = tx.exec(u"SELECT 1 FROM users WHERE lower(osm_username) = lower(:name) AND id <> :me"_s,
            { { u"name"_s, name }, { u"me"_s, me } });
    if (!taken.ok())
        return taken.error();
    return taken.value().next();
}

} // namespace

PeopleService::PeopleService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<DetailsOutcome> PeopleService::onboard(
    const Caller &caller, const OnboardingForm &form) const
{
    auto osm = text(form.osmUsername, u"osm_username"_s, 255);
    if (!osm.ok())
        return osm.error();
    if (!isValidEmail(form.paymentEmail))
        return fieldError(form.paymentEmail.trimmed().isEmpty() ? "missing_field" : "invalid_field",
            u"payment_email"_s,
            QT_TRANSLATE_NOOP("mikro::domain::PeopleService", "Enter a valid email address."));
    auto city = text(form.city, u"city"_s, 255);
    if (!city.ok())
        return city.error();
    auto country = text(form.country, u"country"_s, 255);
    if (!country.ok())
        return country.error();
    if (!form.termsAccepted)
        return refused("terms_required",
            QT_TRANSLATE_NOOP("mikro::domain::PeopleService", "Accept the terms to continue."));
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<DetailsOutcome> {
        // Case-insensitive uniqueness, checked here for a clear answer; the unique index on
        // lower(osm_username) settles races.
        auto taken = nameTaken(tx, osm.value(), caller.userId);
        if (!taken.ok())
            return taken.error();
        const core::Error duplicate = core::Error::make(core::ErrorKind::Conflict, "duplicate",
            translated(QT_TRANSLATE_NOOP(
                "mikro::domain::PeopleService", "That OSM username is already used.")))
                                          .withField(u"osm_username"_s);
        if (taken.value())
            return duplicate;
        // Called again after onboarding: a new name waits for an admin, the rest is corrected.
        auto approval = OsmUsernames::needsApproval(tx, caller.userId, osm.value());
        if (!approval.ok())
            return approval.error();
        DetailsOutcome outcome;
        if (approval.value()) {
            if (auto asked = OsmUsernames::request(tx, caller, osm.value(), m_clock.nowUtc());
                !asked.ok())
                return asked.error();
            outcome.osmUsernamePending = osm.value();
        }
        auto updated = tx.exec(
            u"UPDATE users SET osm_username = CASE WHEN :keep = 1 THEN osm_username ELSE :osm END, "
            "payment_email = :email, city = :city, country = :country, "
            "terms_accepted_at = COALESCE(terms_accepted_at, :now), terms_version = :version "
            "WHERE id = :me"_s,
            { { u"keep"_s, approval.value() ? 1 : 0 }, { u"osm"_s, osm.value() },
                { u"email"_s, form.paymentEmail.trimmed() }, { u"city"_s, city.value() },
                { u"country"_s, country.value() },
                { u"version"_s, form.termsVersion.isEmpty() ? u"1"_s : form.termsVersion },
                { u"now"_s, store::utcValue(m_clock.nowUtc()) }, { u"me"_s, caller.userId } });
        if (!updated.ok())
            return updated.error().cause == core::Cause::DuplicateKey
                ? core::Result<DetailsOutcome>(duplicate)
                : core::Result<DetailsOutcome>(updated.error());
        return outcome;
    });
}

core::Result<DetailsOutcome> PeopleService::updateDetails(
    const Caller &caller, const ProfileChange &change) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::EditOwnProfile); !allowed.ok())
        return allowed.error();
    // Column ← checked value; column names are fixed here, values are bound.
    QList<std::pair<QString, QString>> set;
    for (const auto &[column, value, limit] :
        { std::tuple(u"first_name"_s, change.firstName, qsizetype(100)),
            std::tuple(u"last_name"_s, change.lastName, qsizetype(100)),
            std::tuple(u"osm_username"_s, change.osmUsername, qsizetype(255)),
            std::tuple(u"city"_s, change.city, qsizetype(255)),
            std::tuple(u"country"_s, change.country, qsizetype(255)) }) {
        if (!value)
            continue;
        auto checked = text(*value, column, limit);
        if (!checked.ok())
            return checked.error();
        set.append({ column, checked.value() });
    }
    for (const auto &[column, value] : { std::pair(u"email"_s, change.email),
             std::pair(u"payment_email"_s, change.paymentEmail) }) {
        if (!value)
            continue;
        if (!isValidEmail(*value))
            return fieldError("invalid_field", column,
                QT_TRANSLATE_NOOP("mikro::domain::PeopleService", "Enter a valid email address."));
        set.append({ column, value->trimmed() });
    }
    if (set.isEmpty())
        return DetailsOutcome {};
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<DetailsOutcome> {
        const core::Error duplicate = core::Error::make(core::ErrorKind::Conflict, "duplicate",
            translated(QT_TRANSLATE_NOOP(
                "mikro::domain::PeopleService", "That OSM username is already used.")))
                                          .withField(u"osm_username"_s);
        QStringList assignments;
        QVariantMap values { { u"me"_s, caller.userId } };
        QVariantMap audited;
        DetailsOutcome outcome;
        for (const auto &[column, value] : set) {
            if (column == "osm_username"_L1) {
                // After onboarding a new name waits for an admin (OsmUsernames).
                auto approval = OsmUsernames::needsApproval(tx, caller.userId, value);
                if (!approval.ok())
                    return approval.error();
                if (approval.value()) {
                    auto taken = nameTaken(tx, value, caller.userId);
                    if (!taken.ok())
                        return taken.error();
                    if (taken.value())
                        return duplicate;
                    if (auto asked = OsmUsernames::request(tx, caller, value, m_clock.nowUtc());
                        !asked.ok())
                        return asked.error();
                    outcome.osmUsernamePending = value;
                    continue;
                }
            }
            assignments << u"%1 = :%1"_s.arg(column);
            values.insert(column, value);
            if (column == "osm_username"_L1 || column == "payment_email"_L1)
                audited.insert(column, value);
        }
        if (values.contains(u"osm_username"_s)) {
            auto taken = nameTaken(tx, values.value(u"osm_username"_s).toString(), caller.userId);
            if (!taken.ok())
                return taken.error();
            if (taken.value())
                return duplicate;
        }
        if (assignments.isEmpty())
            return outcome;
        auto updated = tx.exec(
            u"UPDATE users SET "_s + assignments.join(u", "_s) + u" WHERE id = :me"_s, values);
        if (!updated.ok())
            return updated.error().cause == core::Cause::DuplicateKey
                ? core::Result<DetailsOutcome>(duplicate)
                : core::Result<DetailsOutcome>(updated.error());
        if (audited.isEmpty())
            return outcome;
        if (auto logged = AuditLog::record(tx, caller, u"update_user_details"_s, u"user"_s,
                caller.userId, audited, m_clock.nowUtc());
            !logged.ok())
            return logged.error();
        return outcome;
    });
}

core::Result<PersonChangeOutcome> PeopleService::modify(
    const Caller &caller, const QString &userId, const PersonChange &change) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManagePeople); !allowed.ok())
        return allowed.error();
    if (change.active == false && userId == caller.userId)
        return refused("cannot_remove_self",
            QT_TRANSLATE_NOOP(
                "mikro::domain::PeopleService", "You cannot deactivate your own account."));
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<PersonChangeOutcome> {
        if (auto locked = lockOrgAsAdmin(tx, caller); !locked.ok())
            return locked.error();
        auto person = personInOrg(tx, caller.orgId, userId);
        if (!person.ok())
            return person.error();
        const OrgPerson before = person.value();
        if (!before.active && change.active == false)
            return core::Error::make(core::ErrorKind::Conflict, "already_deactivated",
                translated(QT_TRANSLATE_NOOP(
                    "mikro::domain::PeopleService", "This person is already deactivated.")));
        PersonChangeOutcome outcome { change.role.value_or(before.role),
            change.active.value_or(before.active), {} };
        // Only active admins count; a change that takes away the last one is refused.
        const bool staysAdmin = outcome.role == Role::Admin && outcome.active;
        if (before.active && before.role == Role::Admin && !staysAdmin) {
            auto admins = activeAdmins(tx, caller.orgId);
            if (!admins.ok())
                return admins.error();
            if (admins.value() <= 1)
                return refused("last_admin",
                    QT_TRANSLATE_NOOP("mikro::domain::PeopleService",
                        "An organisation needs at least one admin."));
        }
        const QDateTime now = m_clock.nowUtc();
        // Deactivation keeps the person's history and ledger (DESIGN.md §3.1).
        auto updated
            = tx.exec(u"UPDATE users SET role = :role, deactivated_at = "
                      u"CASE WHEN :active = 1 THEN NULL ELSE COALESCE(deactivated_at, :now) END "
                      u"WHERE id = :id"_s,
                { { u"role"_s, roleText(outcome.role) }, { u"active"_s, outcome.active ? 1 : 0 },
                    { u"now"_s, store::utcValue(now) }, { u"id"_s, userId } });
        if (!updated.ok())
            return updated.error();
        // Only validators and admins validate (DESIGN.md §4): a demotion ends those memberships,
        // a deactivation all of them.
        if (!outcome.active || outcome.role == Role::User) {
            auto ended = endMemberships(tx, userId, outcome.active);
            if (!ended.ok())
                return ended.error();
            outcome.ended = ended.value();
        }
        QList<std::pair<QString, QVariantMap>> audits;
        if (!before.active && outcome.active)
            audits.append({ u"reactivate"_s, {} });
        if (outcome.role != before.role)
            audits.append({ u"change_role"_s,
                { { u"from"_s, roleText(before.role) }, { u"to"_s, roleText(outcome.role) } } });
        if (before.active && !outcome.active)
            audits.append({ u"deactivate"_s, {} });
        for (const auto &[action, details] : audits) {
            if (auto audited
                = AuditLog::record(tx, caller, action, u"user"_s, userId, details, now);
                !audited.ok())
                return audited.error();
        }
        return outcome;
    });
}

core::Result<QList<EndedMembership>> PeopleService::changeRole(
    const Caller &caller, const QString &userId, Role role) const
{
    auto outcome = modify(caller, userId, { role, std::nullopt });
    return outcome.ok() ? core::Result<QList<EndedMembership>>(outcome.value().ended)
                        : core::Result<QList<EndedMembership>>(outcome.error());
}

core::Result<QList<EndedMembership>> PeopleService::deactivate(
    const Caller &caller, const QString &userId) const
{
    auto outcome = modify(caller, userId, { std::nullopt, false });
    return outcome.ok() ? core::Result<QList<EndedMembership>>(outcome.value().ended)
                        : core::Result<QList<EndedMembership>>(outcome.error());
}

core::Result<void> PeopleService::reactivate(const Caller &caller, const QString &userId) const
{
    auto outcome = modify(caller, userId, { std::nullopt, true });
    return outcome.ok() ? core::Result<void>() : core::Result<void>(outcome.error());
}

core::Result<QList<PersonSummary>> PeopleService::orgPeople(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManagePeople); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx)
                                      -> core::Result<QList<PersonSummary>> {
        // Aggregates per person in one statement (DESIGN.md §3.2), not loops over rows.
        auto rows = tx.exec(
            u"SELECT u.id, COALESCE(u.first_name, ''), COALESCE(u.last_name, ''), "
            u"COALESCE(u.email, ''), "
            "COALESCE(u.osm_username, ''), u.role, u.deactivated_at, "
            "COALESCE(l.earned, 0), COALESCE(l.paid, 0), COALESCE(r.pending, 0), "
            "COALESCE(c.mapped, 0), COALESCE(o.approved, 0), COALESCE(u.payment_email, ''), "
            "COALESCE(u.city, ''), COALESCE(u.country, ''), u.created_at, u.last_login_at, "
            "u.mapper_points, u.validator_points, u.special_project_points, COALESCE(m.n, 0), "
            "COALESCE(l.tasks, 0), COALESCE(o.invalidated, 0) "
            "FROM users u "
            "LEFT JOIN task_counts c ON c.user_id = u.id "
            // API.md §3 "U as mapper": validated (not in review) and invalidated, migration 0009.
            "LEFT JOIN mapper_outcomes o ON o.user_id = u.id "
            // ledger_totals: per-person, per-kind sums kept by trigger (migration 0003).
            "LEFT JOIN (SELECT user_id, SUM(CASE WHEN kind <> 'payout' THEN amount_cents ELSE 0 "
            "END) AS earned, "
            "  -SUM(CASE WHEN kind = 'payout' THEN amount_cents ELSE 0 END) AS paid, "
            "  SUM(CASE WHEN kind IN ('mapping', 'validation', 'reversal') THEN amount_cents "
            "ELSE 0 END) AS tasks "
            "  FROM ledger_totals WHERE org_id = :org GROUP BY user_id) l ON l.user_id = u.id "
            "LEFT JOIN (SELECT user_id, COUNT(*) AS n FROM project_members GROUP BY user_id) m "
            "  ON m.user_id = u.id "
            "LEFT JOIN (SELECT user_id, SUM(amount_cents) AS pending FROM payment_requests "
            "  WHERE org_id = :org AND status = 'pending' GROUP BY user_id) r ON r.user_id = u.id "
            "WHERE u.org_id = :org ORDER BY u.id"_s,
            { { u"org"_s, caller.orgId } });
        if (!rows.ok())
            return rows.error();
        QList<PersonSummary> people;
        store::Rows &q = rows.value();
        while (q.next()) {
            PersonSummary p;
            p.id = q.value(0).toString();
            p.name
                = QStringList { q.value(1).toString(), q.value(2).toString() }.join(u' ').trimmed();
            p.email = q.value(3).toString();
            p.osmUsername = q.value(4).toString();
            p.role = roleFromText(q.value(5).toString()).value_or(Role::User);
            p.active = q.value(6).isNull();
            const qint64 earned = q.value(7).toLongLong();
            const qint64 paid = q.value(8).toLongLong();
            const qint64 pending = q.value(9).toLongLong();
            p.paid = core::Money(paid);
            p.pending = core::Money(pending);
            p.payable = core::Money(earned - paid - pending);
            p.tasksMapped = q.value(10).toInt();
            p.tasksValidated = q.value(11).toInt();
            p.paymentEmail = q.value(12).toString();
            p.city = q.value(13).toString();
            p.country = q.value(14).toString();
            p.joined = store::utcFromValue(q.value(15)).value_or(QDateTime());
            p.lastLoginAt = store::utcFromValue(q.value(16)).value_or(QDateTime());
            p.mapperPoints = q.value(17).toInt();
            p.validatorPoints = q.value(18).toInt();
            p.specialProjectPoints = q.value(19).toInt();
            p.assignedProjects = q.value(20).toInt();
            p.taskEarnings = core::Money(q.value(21).toLongLong());
            p.tasksInvalidated = q.value(22).toInt();
            people << p;
        }
        return people;
    });
}

} // namespace mikro::domain
