#include "services/domain/checklists/ChecklistComments.h"

#include "services/core/Clock.h"
#include "services/domain/checklists/UserChecklistRepository.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error failure(core::ErrorKind kind, QByteArray code, const char *message)
{
    return core::Error::make(kind, std::move(code),
        QCoreApplication::translate("mikro::domain::ChecklistComments", message));
}

} // namespace

ChecklistComments::ChecklistComments(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

namespace {

/// One person's comments may not flood the lists (issue 10 #13): at most CommentsPerMinute in
/// any minute and CommentsPerDay in any 24 hours, counted under the person's row lock.
core::Result<void> checkCommentPace(
    store::Transaction &tx, const Caller &caller, const QDateTime &now)
{
    auto me = Ledger::lockPerson(tx, caller.userId, caller.orgId);
    if (!me.ok())
        return me.error();
    auto recent
        = tx.exec(u"SELECT COALESCE(SUM(CASE WHEN created_at > :minute THEN 1 ELSE 0 END), 0), "
                  "COUNT(*), MIN(CASE WHEN created_at > :minute THEN created_at END), "
                  "MIN(created_at) FROM checklist_comments "
                  "WHERE author_id = :me AND created_at > :day"_s,
            { { u"me"_s, caller.userId }, { u"minute"_s, store::utcValue(now.addSecs(-60)) },
                { u"day"_s, store::utcValue(now.addDays(-1)) } });
    if (!recent.ok())
        return recent.error();
    recent.value().next();
    const bool minuteFull = recent.value().value(0).toInt() >= CommentsPerMinute;
    const bool dayFull = recent.value().value(1).toInt() >= CommentsPerDay;
    if (!minuteFull && !dayFull)
        return {};
    // Room comes back when the oldest comment of the full window leaves it: the caller (an
    // outbox replaying queued comments among them) waits that long, not a fixed minute.
    const std::optional<QDateTime> oldest
        = store::utcFromValue(recent.value().value(dayFull ? 3 : 2));
    const QDateTime freed = oldest ? (dayFull ? oldest->addDays(1) : oldest->addSecs(60)) : now;
    core::Error e = failure(core::ErrorKind::RateLimited, "rate_limited",
        QT_TRANSLATE_NOOP("mikro::domain::ChecklistComments",
            "You are posting comments too fast. Wait a moment and try again."));
    e.details.insert(u"retry_after_s"_s, std::max<qint64>(1, (now.msecsTo(freed) + 999) / 1000));
    return e;
}

} // namespace

core::Result<qint64> ChecklistComments::add(
    const Caller &caller, qint64 userChecklistId, const QString &body) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::WorkChecklists); !allowed.ok())
        return allowed.error();
    const QString text = body.trimmed();
    // An empty comment is a missing one, as the API's body reader names it.
    if (text.isEmpty())
        return failure(core::ErrorKind::InvalidInput, "missing_field",
            QT_TRANSLATE_NOOP("mikro::domain::ChecklistComments",
                "A comment of up to 2000 characters is required."))
            .withField(u"comment"_s);
    if (text.size() > 2000)
        return failure(core::ErrorKind::InvalidInput, "invalid_field",
            QT_TRANSLATE_NOOP("mikro::domain::ChecklistComments",
                "A comment of up to 2000 characters is required."))
            .withField(u"comment"_s);
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<qint64> {
        auto owned = UserChecklistRepository::load(tx, userChecklistId, caller.orgId);
        if (!owned.ok())
            return owned.error();
        if (owned.value().ownerId != caller.userId && !isAtLeast(caller.role, Role::Validator))
            return failure(core::ErrorKind::Forbidden, "forbidden",
                QT_TRANSLATE_NOOP(
                    "mikro::domain::ChecklistComments", "Your role does not allow this."));
        if (auto pace = checkCommentPace(tx, caller, m_clock.nowUtc()); !pace.ok())
            return pace.error();
        auto inserted = tx.exec(u"INSERT INTO checklist_comments (user_checklist_id, author_id, "
                                u"author_role, body, created_at) "
                                "VALUES (:uc, :me, :role, :body, :now) RETURNING id"_s,
            { { u"uc"_s, userChecklistId }, { u"me"_s, caller.userId },
                { u"role"_s, roleText(caller.role) }, { u"body"_s, text },
                { u"now"_s, store::utcValue(m_clock.nowUtc()) } });
        if (!inserted.ok())
            return inserted.error();
        inserted.value().next();
        return inserted.value().value(0).toLongLong();
    });
}

core::Result<void> ChecklistComments::remove(const Caller &caller, qint64 commentId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::WorkChecklists); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto row = tx.exec(u"SELECT c.author_id FROM checklist_comments c JOIN user_checklists u "
                           u"ON u.id = c.user_checklist_id "
                           "WHERE c.id = :id AND u.org_id = :org AND c.deleted_at IS NULL"_s,
            { { u"id"_s, commentId }, { u"org"_s, caller.orgId } });
        if (!row.ok())
            return row.error();
        if (!row.value().next())
            return UserChecklistRepository::notFound();
        if (row.value().value(0).toString() != caller.userId && caller.role != Role::Admin)
            return failure(core::ErrorKind::Forbidden, "not_owner",
                QT_TRANSLATE_NOOP("mikro::domain::ChecklistComments",
                    "Only its author or an admin deletes a comment."));
        auto deleted = tx.exec(u"UPDATE checklist_comments SET deleted_at = :now WHERE id = :id"_s,
            { { u"now"_s, store::utcValue(m_clock.nowUtc()) }, { u"id"_s, commentId } });
        if (!deleted.ok())
            return deleted.error();
        return {};
    });
}

} // namespace mikro::domain
