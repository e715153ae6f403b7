#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// Template fields an admin edits (API.md `update_checklist`); the ones not given stay.
struct ChecklistEdit
{
    std::optional<QString> name; ///< 1–255 characters
    std::optional<QString> description; ///< up to 5000
    std::optional<QString> difficulty; ///< up to 50
    std::optional<core::Money> completionRate; ///< ≥ 0
    std::optional<core::Money> validationRate; ///< ≥ 0
    std::optional<bool> visible;
    std::optional<bool> active;
    std::optional<QDate> dueDate; ///< a null date removes the due date
};

/// An active person of the organisation as a checklist's assignment screen shows them.
struct ChecklistPerson
{
    QString userId;
    QString name;
    QString role;
    QDateTime joined;
    int assignedProjects = 0;
    QString state; ///< none, started, completed or confirmed
};

/// An admin's changes to the organisation's checklists beyond writing them (API.md §10): editing
/// a template, archiving a template (it leaves the lists and cannot be started; open instances can
/// still be finished and confirmed) and taking a person's checklist away (the instance with its
/// items and comments; never a confirmed, credited one: Refused `checklist_confirmed`). One
/// transaction each, audited; another organisation's ids are NotFound.
class ChecklistAdmin
{
public:
    ChecklistAdmin(store::Database &db, const core::Clock &clock);

    /// Edits a template in one transaction, audited with the fields given. New rates apply to
    /// the instances not yet confirmed too (their snapshot is updated); confirmed ones were
    /// credited at confirmation. Deactivating stops new starts; started instances carry on.
    [[nodiscard]] core::Result<void> update(
        const Caller &caller, qint64 checklistId, const ChecklistEdit &edit) const;
    [[nodiscard]] core::Result<void> archive(const Caller &caller, qint64 checklistId) const;
    /// Every active person of the organisation with their state on the template (API.md
    /// `fetch_checklist_users`), in one statement.
    [[nodiscard]] core::Result<QList<ChecklistPerson>> people(
        const Caller &caller, qint64 checklistId) const;
    [[nodiscard]] core::Result<void> unassign(
        const Caller &caller, qint64 checklistId, const QString &userId) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
