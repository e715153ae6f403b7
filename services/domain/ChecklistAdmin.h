#pragma once

#include "services/core/Result.h"
#include "services/domain/Caller.h"

#include <QString>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// An admin's changes to the organisation's checklists beyond writing them (API.md §10):
/// archiving a template (it leaves the lists and cannot be started; open instances can still be
/// finished and confirmed) and taking a person's checklist away (the instance with its items and
/// comments; never a confirmed, credited one: Refused `checklist_confirmed`). One transaction
/// each, audited; another organisation's ids are NotFound.
class ChecklistAdmin
{
public:
    ChecklistAdmin(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<void> archive(const Caller &caller, qint64 checklistId) const;
    [[nodiscard]] core::Result<void> unassign(
        const Caller &caller, qint64 checklistId, const QString &userId) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
