#include "services/domain/people/UserRepository.h"

#include "services/store/SqlValues.h"
#include "services/store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

core::Result<std::optional<UserRow>> UserRepository::find(store::Transaction &tx, const QString &id)
{
    auto rows = tx.exec(u"SELECT id, org_id, email, first_name, last_name, osm_username, "
                        "payment_email, city, country, role, terms_accepted_at, mapper_points, "
                        "validator_points, special_project_points, deactivated_at "
                        "FROM users WHERE id = :id"_s,
        { { u"id"_s, id } });
    if (!rows.ok())
        return rows.error();
    store::Rows &q = rows.value();
    if (!q.next())
        return std::optional<UserRow>();
    UserRow row;
    UserProfile &p = row.profile;
    p.id = q.value(0).toString();
    p.orgId = q.value(1).toString();
    p.email = q.value(2).toString();
    p.firstName = q.value(3).toString();
    p.lastName = q.value(4).toString();
    p.osmUsername = q.value(5).toString();
    p.paymentEmail = q.value(6).toString();
    p.city = q.value(7).toString();
    p.country = q.value(8).toString();
    p.role = roleFromText(q.value(9).toString()).value_or(Role::User);
    p.termsAcceptedAt = store::utcFromValue(q.value(10));
    p.mapperPoints = q.value(11).toInt();
    p.validatorPoints = q.value(12).toInt();
    p.specialProjectPoints = q.value(13).toInt();
    row.deactivatedAt = store::utcFromValue(q.value(14));
    return std::optional<UserRow>(row);
}

core::Result<void> UserRepository::ensureOrg(
    store::Transaction &tx, const QString &orgId, const QDateTime &now)
{
    auto done = tx.exec(u"INSERT INTO orgs (id, name, currency, min_payout_cents, created_at) "
                        "VALUES (:id, :name, 'USD', 0, :now) ON CONFLICT (id) DO NOTHING"_s,
        { { u"id"_s, orgId }, { u"name"_s, orgId }, { u"now"_s, store::utcValue(now) } });
    if (!done.ok())
        return done.error();
    return {};
}

core::Result<void> UserRepository::insert(
    store::Transaction &tx, const UserProfile &user, const QDateTime &now)
{
    auto done = tx.exec(u"INSERT INTO users (id, org_id, email, first_name, last_name, role, "
                        "created_at, last_login_at) VALUES (:id, :org_id, :email, :first_name, "
                        ":last_name, :role, :now, :now) ON CONFLICT (id) DO NOTHING"_s,
        { { u"id"_s, user.id }, { u"org_id"_s, textOrNull(user.orgId) },
            { u"email"_s, textOrNull(user.email) }, { u"first_name"_s, textOrNull(user.firstName) },
            { u"last_name"_s, textOrNull(user.lastName) }, { u"role"_s, roleText(user.role) },
            { u"now"_s, store::utcValue(now) } });
    if (!done.ok())
        return done.error();
    return {};
}

core::Result<void> UserRepository::recordLogin(store::Transaction &tx, const QString &id,
    const QString &orgId, const QString &email, const QString &firstName, const QString &lastName,
    const QDateTime &now)
{
    // COALESCE keeps what is stored when the token carries nothing (API.md §4: never blanked).
    auto done = tx.exec(u"UPDATE users SET last_login_at = :now, "
                        "org_id = COALESCE(org_id, :org_id), "
                        "email = COALESCE(:email, email), "
                        "first_name = COALESCE(:first_name, first_name), "
                        "last_name = COALESCE(:last_name, last_name) WHERE id = :id"_s,
        { { u"id"_s, id }, { u"org_id"_s, textOrNull(orgId) }, { u"email"_s, textOrNull(email) },
            { u"first_name"_s, textOrNull(firstName) }, { u"last_name"_s, textOrNull(lastName) },
            { u"now"_s, store::utcValue(now) } });
    if (!done.ok())
        return done.error();
    return {};
}

core::Result<UserFigures> UserRepository::figures(store::Transaction &tx, const QString &id)
{
    // DESIGN.md §3.2, in one statement, from the trigger-kept totals (migration 0003): earned
    // (every non-payout entry), paid (minus payouts), pending (open requests), the task counts.
    auto rows = tx.exec(
        u"SELECT "
        "(SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_totals WHERE user_id = :id AND kind "
        "<> 'payout'), "
        "(SELECT COALESCE(-SUM(amount_cents), 0) FROM ledger_totals WHERE user_id = :id AND kind "
        "= 'payout'), "
        "(SELECT COALESCE(SUM(amount_cents), 0) FROM payment_requests WHERE user_id = :id AND "
        "status = 'pending'), "
        "COALESCE((SELECT mapped FROM task_counts WHERE user_id = :id), 0), "
        // API.md §3: of the tasks they mapped, the validated ones not in review (migration 0009).
        "COALESCE((SELECT approved FROM mapper_outcomes WHERE user_id = :id), 0), "
        "(SELECT o.currency FROM orgs o JOIN users u ON u.org_id = o.id WHERE u.id = :id), "
        "(SELECT o.name FROM orgs o JOIN users u ON u.org_id = o.id WHERE u.id = :id)"_s,
        { { u"id"_s, id } });
    if (!rows.ok())
        return rows.error();
    store::Rows &q = rows.value();
    if (!q.next())
        return UserFigures {};
    const qint64 earned = q.value(0).toLongLong();
    const qint64 paid = q.value(1).toLongLong();
    const qint64 pending = q.value(2).toLongLong();
    UserFigures figures;
    figures.paid = core::Money(paid);
    figures.payable = core::Money(earned - paid - pending);
    figures.tasksMapped = q.value(3).toInt();
    figures.tasksValidated = q.value(4).toInt();
    if (!q.value(5).isNull())
        figures.currency = q.value(5).toString();
    figures.orgName = q.value(6).toString();
    return figures;
}

} // namespace mikro::domain
