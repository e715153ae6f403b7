#include "services/domain/checklists/ChecklistService.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/checklists/UserChecklistRepository.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error failure(core::ErrorKind kind, QByteArray code, const char *message)
{
    return core::Error::make(kind, std::move(code),
        QCoreApplication::translate("mikro::domain::ChecklistService", message));
}

core::Error invalid(const QString &field, const char *message)
{
    return failure(core::ErrorKind::InvalidInput, "invalid_field", message).withField(field);
}

bool isHttpLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        && !url.host().isEmpty() && text.size() <= 500;
}

/// The checklist a validator confirms, locked: never their own (Forbidden `own_checklist`).
core::Result<OwnedChecklist> loadForConfirmation(
    store::Transaction &tx, qint64 userChecklistId, const Caller &caller)
{
    auto owned = UserChecklistRepository::load(
        tx, userChecklistId, caller.orgId, UserChecklistRepository::Lock::ForUpdate);
    if (owned.ok() && owned.value().ownerId == caller.userId)
        return failure(core::ErrorKind::Forbidden, "own_checklist",
            QT_TRANSLATE_NOOP(
                "mikro::domain::ChecklistService", "Someone else confirms your own checklist."));
    return owned;
}

/// How many of the checklist's items are not completed.
core::Result<qint64> openItems(store::Transaction &tx, qint64 userChecklistId)
{
    auto open = tx.exec(u"SELECT COUNT(*) FROM user_checklist_items WHERE user_checklist_id = :uc "
                        "AND completed_at IS NULL"_s,
        { { u"uc"_s, userChecklistId } });
    if (!open.ok())
        return open.error();
    open.value().next();
    return open.value().value(0).toLongLong();
}

/// Refused `items_incomplete` while an item of the checklist is not completed.
core::Result<void> allItemsCompleted(store::Transaction &tx, qint64 userChecklistId)
{
    const auto open = openItems(tx, userChecklistId);
    if (!open.ok())
        return open.error();
    if (open.value() > 0)
        return failure(core::ErrorKind::Refused, "items_incomplete",
            QT_TRANSLATE_NOOP(
                "mikro::domain::ChecklistService", "Every item must be completed first."));
    return {};
}

/// When every item is confirmed, closes the checklist and credits the owner's completion rate and
/// the confirming validator's validation rate — once: the conditional update decides. Whether it
/// closed now.
core::Result<bool> closeWhenConfirmed(store::Transaction &tx, const Caller &caller,
    const OwnedChecklist &o, qint64 userChecklistId, const QDateTime &now)
{
    auto closed
        = tx.exec(u"UPDATE user_checklists SET completed_at = COALESCE(completed_at, :now), "
                  "confirmed_at = :now, confirmed_by = :me WHERE id = :uc "
                  "AND confirmed_at IS NULL AND NOT EXISTS (SELECT 1 FROM user_checklist_items "
                  "WHERE user_checklist_id = :uc AND confirmed_at IS NULL) RETURNING id"_s,
            { { u"uc"_s, userChecklistId }, { u"me"_s, caller.userId },
                { u"now"_s, store::utcValue(now) } });
    if (!closed.ok())
        return closed.error();
    if (!closed.value().next())
        return false;
    const QString key = u"checklist:%1"_s.arg(userChecklistId);
    for (const auto &[user, kind, cents, suffix] :
        { std::tuple(o.ownerId, LedgerKind::Checklist, o.completionRate, u":completion"_s),
            std::tuple(caller.userId, LedgerKind::ChecklistValidation, o.validationRate,
                u":validation"_s) }) {
        if (cents <= 0)
            continue;
        LedgerEntryDraft entry;
        entry.orgId = o.orgId;
        entry.userId = user;
        entry.kind = kind;
        entry.amount = core::Money(cents);
        entry.sourceKey = key + suffix;
        entry.createdBy = caller.userId;
        auto appended = Ledger::append(tx, entry, now);
        if (!appended.ok())
            return appended.error();
    }
    return true;
}

/// The checklist's name with `done` (see ItemOutcome).
core::Result<ItemOutcome> outcomeOf(store::Transaction &tx, qint64 userChecklistId, bool done)
{
    auto read = tx.exec(u"SELECT c.name FROM user_checklists uc "
                        "JOIN checklists c ON c.id = uc.checklist_id WHERE uc.id = :uc"_s,
        { { u"uc"_s, userChecklistId } });
    if (!read.ok())
        return read.error();
    ItemOutcome outcome;
    outcome.checklistDone = done;
    if (read.value().next())
        outcome.checklistName = read.value().value(0).toString();
    return outcome;
}

/// A new template's fields, each with its own message.
core::Result<void> checkDraft(const ChecklistDraft &d)
{
    if (d.name.trimmed().isEmpty() || d.name.trimmed().size() > 255)
        return invalid(u"name"_s,
            QT_TRANSLATE_NOOP(
                "mikro::domain::ChecklistService", "A name of up to 255 characters is required."));
    if (d.description.size() > 5000)
        return invalid(u"description"_s,
            QT_TRANSLATE_NOOP("mikro::domain::ChecklistService", "This text is too long."));
    if (d.completionRate < core::Money(0) || d.validationRate < core::Money(0))
        return failure(core::ErrorKind::InvalidInput, "invalid_amount",
            QT_TRANSLATE_NOOP("mikro::domain::ChecklistService", "Rates cannot be negative."))
            .withField(u"completion_rate"_s);
    if (d.items.isEmpty())
        return invalid(u"items"_s,
            QT_TRANSLATE_NOOP(
                "mikro::domain::ChecklistService", "A checklist needs at least one item."));
    for (const auto &item : d.items) {
        if (item.action.trimmed().isEmpty() || item.action.size() > 1000)
            return invalid(u"items"_s,
                QT_TRANSLATE_NOOP("mikro::domain::ChecklistService",
                    "Every item needs an action of up to 1000 characters."));
        if (!item.link.isEmpty() && !isHttpLink(item.link))
            return invalid(u"items"_s,
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ChecklistService", "Links must be http or https addresses."));
    }
    return {};
}

} // namespace

ChecklistService::ChecklistService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<qint64> ChecklistService::createTemplate(
    const Caller &caller, const ChecklistDraft &d) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    if (auto valid = checkDraft(d); !valid.ok())
        return valid.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<qint64> {
        const QDateTime now = m_clock.nowUtc();
        auto created = tx.exec(
            u"INSERT INTO checklists (org_id, name, description, author_id, due_date, "
            "completion_rate_cents, validation_rate_cents, difficulty, visible, active, "
            "created_at) "
            "VALUES (:org, :name, :description, :me, :due, :completion, :validation, :difficulty, "
            ":visible, FALSE, :now) RETURNING id"_s,
            { { u"org"_s, caller.orgId }, { u"name"_s, d.name.trimmed() },
                { u"description"_s, d.description }, { u"me"_s, caller.userId },
                { u"due"_s,
                    d.dueDate && d.dueDate->isValid() ? QVariant(d.dueDate->toString(Qt::ISODate))
                                                      : QVariant(QMetaType::fromType<QString>()) },
                { u"completion"_s, d.completionRate.cents() },
                { u"validation"_s, d.validationRate.cents() }, { u"difficulty"_s, d.difficulty },
                { u"visible"_s, d.visible }, { u"now"_s, store::utcValue(now) } });
        if (!created.ok())
            return created.error();
        created.value().next();
        const qint64 id = created.value().value(0).toLongLong();
        for (qsizetype i = 0; i < d.items.size(); ++i) {
            auto item
                = tx.exec(u"INSERT INTO checklist_items (checklist_id, position, action, link) "
                          "VALUES (:c, :pos, :action, :link)"_s,
                    { { u"c"_s, id }, { u"pos"_s, int(i) },
                        { u"action"_s, d.items[i].action.trimmed() },
                        { u"link"_s,
                            d.items[i].link.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(d.items[i].link) } });
            if (!item.ok())
                return item.error();
        }
        auto audited = AuditLog::record(
            tx, caller, u"create_checklist"_s, u"checklist"_s, QString::number(id), {}, now);
        if (!audited.ok())
            return audited.error();
        return id;
    });
}

core::Result<void> ChecklistService::setActive(
    const Caller &caller, qint64 checklistId, bool active) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto updated = tx.exec(
            u"UPDATE checklists SET active = :a WHERE id = :id AND org_id = :org RETURNING id"_s,
            { { u"a"_s, active }, { u"id"_s, checklistId }, { u"org"_s, caller.orgId } });
        if (!updated.ok())
            return updated.error();
        if (!updated.value().next())
            return UserChecklistRepository::notFound();
        return AuditLog::record(tx, caller,
            active ? u"activate_checklist"_s : u"deactivate_checklist"_s, u"checklist"_s,
            QString::number(checklistId), {}, m_clock.nowUtc());
    });
}

core::Result<qint64> ChecklistService::assign(
    const Caller &caller, qint64 checklistId, const QString &userId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageChecklists); !allowed.ok())
        return allowed.error();
    return startFor(caller, checklistId, userId, true);
}

core::Result<qint64> ChecklistService::start(
    const Caller &caller, qint64 checklistId, const QString &userId) const
{
    const bool forSomeoneElse = userId != caller.userId;
    if (auto allowed = AccessPolicy::check(
            caller, forSomeoneElse ? Action::ManageChecklists : Action::WorkChecklists);
        !allowed.ok())
        return allowed.error();
    return startFor(caller, checklistId, userId, forSomeoneElse);
}

core::Result<qint64> ChecklistService::startFor(
    const Caller &caller, qint64 checklistId, const QString &userId, bool forSomeoneElse) const
{
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<qint64> {
        auto checklist = tx.exec(
            u"SELECT completion_rate_cents, validation_rate_cents, active, visible FROM checklists "
            "WHERE id = :id AND org_id = :org AND archived_at IS NULL"_s,
            { { u"id"_s, checklistId }, { u"org"_s, caller.orgId } });
        if (!checklist.ok())
            return checklist.error();
        if (!checklist.value().next())
            return UserChecklistRepository::notFound();
        const bool active = checklist.value().value(2).toBool();
        const bool visible = checklist.value().value(3).toBool();
        if (!active || (!forSomeoneElse && !visible))
            return failure(core::ErrorKind::Refused, "checklist_inactive",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ChecklistService", "This checklist is not open."));
        auto person = tx.exec(
            u"SELECT 1 FROM users WHERE id = :u AND org_id = :org AND deactivated_at IS NULL"_s,
            { { u"u"_s, userId }, { u"org"_s, caller.orgId } });
        if (!person.ok())
            return person.error();
        if (!person.value().next())
            return failure(core::ErrorKind::NotFound, "not_found",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ChecklistService", "That person does not exist."));
        const QDateTime now = m_clock.nowUtc();
        // The rates are snapshotted now: later edits of the template do not change what this pays.
        auto started = tx.exec(
            u"INSERT INTO user_checklists (checklist_id, user_id, org_id, completion_rate_cents, "
            "validation_rate_cents, assigned_by, started_at) VALUES (:c, :u, :org, :completion, "
            ":validation, :by, :now) RETURNING id"_s,
            { { u"c"_s, checklistId }, { u"u"_s, userId }, { u"org"_s, caller.orgId },
                { u"completion"_s, checklist.value().value(0).toLongLong() },
                { u"validation"_s, checklist.value().value(1).toLongLong() },
                { u"by"_s, caller.userId }, { u"now"_s, store::utcValue(now) } });
        if (!started.ok()) {
            if (started.error().cause == core::Cause::DuplicateKey)
                return failure(core::ErrorKind::Conflict, "already_started",
                    QT_TRANSLATE_NOOP(
                        "mikro::domain::ChecklistService", "This checklist was already started."));
            return started.error();
        }
        started.value().next();
        const qint64 id = started.value().value(0).toLongLong();
        auto copied = tx.exec(
            u"INSERT INTO user_checklist_items (user_checklist_id, position, action, link) "
            "SELECT :uc, position, action, link FROM checklist_items WHERE checklist_id = :c"_s,
            { { u"uc"_s, id }, { u"c"_s, checklistId } });
        if (!copied.ok())
            return copied.error();
        return id;
    });
}

core::Result<ItemOutcome> ChecklistService::completeItem(
    const Caller &caller, qint64 userChecklistId, int position, bool completed) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::WorkChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<ItemOutcome> {
        auto owned = UserChecklistRepository::load(tx, userChecklistId, caller.orgId);
        if (!owned.ok())
            return owned.error();
        if (owned.value().ownerId != caller.userId)
            return failure(core::ErrorKind::Forbidden, "not_owner",
                QT_TRANSLATE_NOOP("mikro::domain::ChecklistService",
                    "Only the checklist's owner ticks its items."));
        // Unticking is allowed only until the item is confirmed.
        auto updated = tx.exec(completed
                ? u"UPDATE user_checklist_items SET completed_at = COALESCE(completed_at, :now) "
                  "WHERE user_checklist_id = :uc AND position = :pos RETURNING confirmed_at"_s
                : u"UPDATE user_checklist_items SET completed_at = NULL WHERE user_checklist_id = "
                  u":uc "
                  "AND position = :pos AND confirmed_at IS NULL RETURNING confirmed_at"_s,
            { { u"uc"_s, userChecklistId }, { u"pos"_s, position },
                { u"now"_s, store::utcValue(m_clock.nowUtc()) } });
        if (!updated.ok())
            return updated.error();
        if (updated.value().next()) {
            const auto open = openItems(tx, userChecklistId);
            if (!open.ok())
                return open.error();
            return outcomeOf(tx, userChecklistId, open.value() == 0);
        }
        auto exists = tx.exec(
            u"SELECT confirmed_at FROM user_checklist_items WHERE user_checklist_id = :uc AND position = :pos"_s,
            { { u"uc"_s, userChecklistId }, { u"pos"_s, position } });
        if (!exists.ok())
            return exists.error();
        if (!exists.value().next())
            return UserChecklistRepository::notFound();
        return failure(core::ErrorKind::Conflict, "already_confirmed", // API.md §11.3
            QT_TRANSLATE_NOOP(
                "mikro::domain::ChecklistService", "A confirmed item cannot be unticked."));
    });
}

core::Result<ItemOutcome> ChecklistService::confirmItem(
    const Caller &caller, qint64 userChecklistId, int position) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ReviewChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<ItemOutcome> {
        auto owned = loadForConfirmation(tx, userChecklistId, caller);
        if (!owned.ok())
            return owned.error();
        const QDateTime now = m_clock.nowUtc();
        auto confirmed = tx.exec(
            u"UPDATE user_checklist_items SET confirmed_at = :now, confirmed_by = :me "
            "WHERE user_checklist_id = :uc AND position = :pos AND completed_at IS NOT NULL "
            "AND confirmed_at IS NULL RETURNING id"_s,
            { { u"uc"_s, userChecklistId }, { u"pos"_s, position }, { u"me"_s, caller.userId },
                { u"now"_s, store::utcValue(now) } });
        if (!confirmed.ok())
            return confirmed.error();
        if (!confirmed.value().next()) {
            auto item = tx.exec(u"SELECT completed_at, confirmed_at FROM user_checklist_items "
                                u"WHERE user_checklist_id = :uc "
                                "AND position = :pos"_s,
                { { u"uc"_s, userChecklistId }, { u"pos"_s, position } });
            if (!item.ok())
                return item.error();
            if (!item.value().next())
                return UserChecklistRepository::notFound();
            if (!item.value().value(1).isNull())
                return failure(core::ErrorKind::Conflict, "already_confirmed",
                    QT_TRANSLATE_NOOP(
                        "mikro::domain::ChecklistService", "This item was already confirmed."));
            return failure(core::ErrorKind::Refused, "item_not_completed",
                QT_TRANSLATE_NOOP("mikro::domain::ChecklistService",
                    "The owner has not completed this item yet."));
        }
        const auto closed = closeWhenConfirmed(tx, caller, owned.value(), userChecklistId, now);
        if (!closed.ok())
            return closed.error();
        return outcomeOf(tx, userChecklistId, closed.value());
    });
}

core::Result<int> ChecklistService::confirmAll(const Caller &caller, qint64 userChecklistId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ReviewChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<int> {
        auto owned = loadForConfirmation(tx, userChecklistId, caller);
        if (!owned.ok())
            return owned.error();
        if (auto done = allItemsCompleted(tx, userChecklistId); !done.ok())
            return done.error();
        const QDateTime now = m_clock.nowUtc();
        auto confirmed = tx.exec(
            u"UPDATE user_checklist_items SET confirmed_at = :now, confirmed_by = :me "
            "WHERE user_checklist_id = :uc AND completed_at IS NOT NULL AND confirmed_at IS NULL "
            "RETURNING id"_s,
            { { u"uc"_s, userChecklistId }, { u"me"_s, caller.userId },
                { u"now"_s, store::utcValue(now) } });
        if (!confirmed.ok())
            return confirmed.error();
        int count = 0;
        while (confirmed.value().next())
            ++count;
        if (auto closed = closeWhenConfirmed(tx, caller, owned.value(), userChecklistId, now);
            !closed.ok())
            return closed.error();
        return count;
    });
}

core::Result<void> ChecklistService::submit(const Caller &caller, qint64 userChecklistId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::WorkChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto owned = UserChecklistRepository::load(tx, userChecklistId, caller.orgId);
        if (!owned.ok())
            return owned.error();
        if (owned.value().ownerId != caller.userId)
            return UserChecklistRepository::notFound(); // someone else's checklist is not the
                                                        // caller's to submit
        return allItemsCompleted(tx, userChecklistId);
    });
}

} // namespace mikro::domain
