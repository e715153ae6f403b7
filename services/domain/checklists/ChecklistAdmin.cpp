#include "services/domain/checklists/ChecklistAdmin.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <tuple>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error notFound()
{
    return core::Error::make(core::ErrorKind::NotFound, "not_found",
        QCoreApplication::translate(
            "mikro::domain::ChecklistAdmin", "That checklist does not exist."));
}

core::Error confirmedError()
{
    return core::Error::make(core::ErrorKind::Refused, "checklist_confirmed",
        QCoreApplication::translate("mikro::domain::ChecklistAdmin",
            "This checklist was confirmed and credited; it stays."));
}

core::Result<void> checkEdit(const ChecklistEdit &edit)
{
    const auto outOfBounds = [](const std::optional<QString> &text, qsizetype min, qsizetype max) {
        return text && (text->trimmed().size() < min || text->trimmed().size() > max);
    };
    for (const auto &[text, field, min, max] : { std::tuple(&edit.name, u"name"_s, 1, 255),
             std::tuple(&edit.description, u"description"_s, 0, 5000),
             std::tuple(&edit.difficulty, u"difficulty"_s, 1, 50) }) {
        if (outOfBounds(*text, min, max))
            return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                QCoreApplication::translate(
                    "mikro::domain::ChecklistAdmin", "This text is empty or too long."))
                .withField(field);
    }
    for (const auto &[rate, field] : { std::pair(edit.completionRate, u"completion_rate"_s),
             std::pair(edit.validationRate, u"validation_rate"_s) })
        if (rate && *rate < core::Money(0))
            return core::Error::make(core::ErrorKind::InvalidInput, "invalid_amount",
                QCoreApplication::translate(
                    "mikro::domain::ChecklistAdmin", "Rates cannot be negative."))
                .withField(field);
    return {};
}

/// The template's columns the edit changes, with their new values (also what is audited).
QVariantMap changedColumns(const ChecklistEdit &edit)
{
    QVariantMap changes;
    const auto text = [&](const QString &column, const std::optional<QString> &value) {
        if (value)
            changes.insert(column, value->trimmed());
    };
    text(u"name"_s, edit.name);
    text(u"description"_s, edit.description);
    text(u"difficulty"_s, edit.difficulty);
    if (edit.completionRate)
        changes.insert(u"completion_rate_cents"_s, edit.completionRate->cents());
    if (edit.validationRate)
        changes.insert(u"validation_rate_cents"_s, edit.validationRate->cents());
    if (edit.visible)
        changes.insert(u"visible"_s, *edit.visible);
    if (edit.active)
        changes.insert(u"active"_s, *edit.active);
    if (edit.dueDate) // a null date clears it
        changes.insert(u"due_date"_s,
            edit.dueDate->isValid() ? QVariant(edit.dueDate->toString(Qt::ISODate))
                                    : QVariant(QMetaType::fromType<QString>()));
    return changes;
}

/// The rates snapshotted by instances not yet confirmed follow the template.
core::Result<void> followRates(
    store::Transaction &tx, qint64 checklistId, const ChecklistEdit &edit)
{
    for (const auto &[rate, column] : { std::pair(edit.completionRate, u"completion_rate_cents"_s),
             std::pair(edit.validationRate, u"validation_rate_cents"_s) }) {
        if (!rate)
            continue;
        auto followed = tx.exec(u"UPDATE user_checklists SET %1 = :rate "
                                "WHERE checklist_id = :id AND confirmed_at IS NULL"_s.arg(column),
            { { u"rate"_s, rate->cents() }, { u"id"_s, checklistId } });
        if (!followed.ok())
            return followed.error();
    }
    return {};
}

} // namespace

ChecklistAdmin::ChecklistAdmin(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<void> ChecklistAdmin::update(
    const Caller &caller, qint64 checklistId, const ChecklistEdit &edit) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    if (auto valid = checkEdit(edit); !valid.ok())
        return valid.error();
    const QVariantMap changes = changedColumns(edit);
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        QStringList sets;
        QVariantMap values { { u"id"_s, checklistId }, { u"org"_s, caller.orgId } };
        for (auto change = changes.cbegin(); change != changes.cend(); ++change) {
            sets << u"%1 = :%1"_s.arg(change.key());
            values.insert(change.key(), change.value());
        }
        auto updated = tx.exec(u"UPDATE checklists SET "_s
                + (sets.isEmpty() ? u"id = id"_s : sets.join(u", "_s))
                + u" WHERE id = :id AND org_id = :org AND archived_at IS NULL RETURNING id"_s,
            values);
        if (!updated.ok())
            return updated.error();
        if (!updated.value().next())
            return notFound();
        if (auto followed = followRates(tx, checklistId, edit); !followed.ok())
            return followed.error();
        if (changes.isEmpty())
            return {};
        return AuditLog::record(tx, caller, u"update_checklist"_s, u"checklist"_s,
            QString::number(checklistId), changes, m_clock.nowUtc());
    });
}

core::Result<void> ChecklistAdmin::archive(const Caller &caller, qint64 checklistId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        const QDateTime now = m_clock.nowUtc();
        auto archived = tx.exec(u"UPDATE checklists SET archived_at = :now, active = FALSE "
                                "WHERE id = :id AND org_id = :org AND archived_at IS NULL "
                                "RETURNING id"_s,
            { { u"now"_s, store::utcValue(now) }, { u"id"_s, checklistId },
                { u"org"_s, caller.orgId } });
        if (!archived.ok())
            return archived.error();
        if (!archived.value().next())
            return notFound();
        return AuditLog::record(tx, caller, u"delete_checklist"_s, u"checklist"_s,
            QString::number(checklistId), {}, now);
    });
}

core::Result<QList<ChecklistPerson>> ChecklistAdmin::people(
    const Caller &caller, qint64 checklistId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx)
                                      -> core::Result<QList<ChecklistPerson>> {
        const QVariantMap values { { u"c"_s, checklistId }, { u"org"_s, caller.orgId } };
        auto known = tx.exec(u"SELECT 1 FROM checklists WHERE id = :c AND org_id = :org "
                             "AND archived_at IS NULL"_s,
            values);
        if (!known.ok())
            return known.error();
        if (!known.value().next())
            return notFound();
        auto rows = tx.exec(
            u"SELECT u.id, TRIM(COALESCE(u.first_name, '') || ' ' || COALESCE(u.last_name, '')), "
            "u.role, u.created_at, "
            "(SELECT COUNT(*) FROM project_members m WHERE m.user_id = u.id), "
            "CASE WHEN c.id IS NULL THEN 'none' WHEN c.confirmed_at IS NOT NULL THEN 'confirmed' "
            "WHEN c.completed_at IS NOT NULL THEN 'completed' ELSE 'started' END "
            "FROM users u LEFT JOIN user_checklists c ON c.user_id = u.id AND c.checklist_id = :c "
            "WHERE u.org_id = :org AND u.deactivated_at IS NULL ORDER BY u.id"_s,
            values);
        if (!rows.ok())
            return rows.error();
        QList<ChecklistPerson> out;
        store::Rows &q = rows.value();
        while (q.next())
            out << ChecklistPerson { q.value(0).toString(), q.value(1).toString(),
                q.value(2).toString(), store::utcFromValue(q.value(3)).value_or(QDateTime()),
                q.value(4).toInt(), q.value(5).toString() };
        return out;
    });
}

core::Result<void> ChecklistAdmin::unassign(
    const Caller &caller, qint64 checklistId, const QString &userId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto instance
            = tx.exec(u"SELECT id, confirmed_at FROM user_checklists WHERE checklist_id = :c "
                      "AND user_id = :u AND org_id = :org"_s,
                { { u"c"_s, checklistId }, { u"u"_s, userId }, { u"org"_s, caller.orgId } });
        if (!instance.ok())
            return instance.error();
        if (!instance.value().next())
            return notFound();
        const qint64 id = instance.value().value(0).toLongLong();
        if (!instance.value().value(1).isNull())
            return confirmedError();
        // Items and comments go with the instance (ON DELETE CASCADE). The condition is checked
        // again by the delete itself: a confirmation that commits meanwhile keeps the instance.
        auto removed = tx.exec(
            u"DELETE FROM user_checklists WHERE id = :id AND confirmed_at IS NULL RETURNING id"_s,
            { { u"id"_s, id } });
        if (!removed.ok())
            return removed.error();
        if (!removed.value().next())
            return confirmedError();
        return AuditLog::record(tx, caller, u"unassign_user_checklist"_s, u"checklist"_s,
            QString::number(checklistId), { { u"user_id"_s, userId } }, m_clock.nowUtc());
    });
}

} // namespace mikro::domain
