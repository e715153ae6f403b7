#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// Issue 10 #13: one person's comments per minute and per 24 hours.
inline constexpr int CommentsPerMinute = 10;
inline constexpr int CommentsPerDay = 300;

/// Comments on a person's checklist (DESIGN.md §4 Checklists): by the owner and by validators and
/// admins; authors delete their own, admins any (kept, marked deleted). Synchronous, one
/// transaction each; call on a store pool thread.
class ChecklistComments
{
public:
    ChecklistComments(store::Database &db, const core::Clock &clock);

    /// InvalidInput `invalid_field` (comment) unless 1–2000 characters; Forbidden for a person who
    /// is neither the owner nor a validator; RateLimited `rate_limited` beyond CommentsPerMinute
    /// or CommentsPerDay of the caller's. The new comment's id.
    [[nodiscard]] core::Result<qint64> add(
        const Caller &caller, qint64 userChecklistId, const QString &body) const;
    /// Forbidden `not_owner` for another's comment unless an admin; NotFound when gone.
    [[nodiscard]] core::Result<void> remove(const Caller &caller, qint64 commentId) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
