#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"

#include <QString>

namespace mikro::store {
class Transaction;
}

namespace mikro::domain {

/// One project as the services read it: its row and what it has spent (DESIGN.md §3.2: the
/// credits of its tasks, reversals included).
struct Project
{
    qint64 id = 0;
    QString orgId;
    QString name;
    QString url;
    core::Money mappingRate;
    core::Money validationRate;
    core::Money budget;
    core::Money spent;
    int totalTasks = 0;
    int maxEditors = 0;
    int maxValidators = 0;
    bool visible = false;
    bool active = false;
    [[nodiscard]] bool budgetWarning() const; ///< spent ≥ 90 % of the budget
};

/// DESIGN.md §4: spending is warned about from 90 % of the budget (integers only).
[[nodiscard]] bool reachesBudgetWarning(core::Money spent, core::Money budget);

/// A seat on a project (stored as `project_members.member_role`).
enum class MemberRole { Editor, Validator };

/// The stored text ('editor', 'validator'), by an explicit table.
[[nodiscard]] QString memberRoleText(MemberRole role);
[[nodiscard]] std::optional<MemberRole> memberRoleFromText(const QString &text);

/// SQL for the `projects` aggregate: the row (read by column name) and its members. Every
/// function runs inside the caller's transaction.
class ProjectRepository
{
public:
    enum class Lock { None, ForUpdate };
    /// The project of `orgId` (NotFound `not_found` for another organisation's or none). With
    /// Lock::ForUpdate the row stays locked for the transaction on PostgreSQL, so that concurrent
    /// assignments count members one after another (SQLite's writers are serial already).
    [[nodiscard]] static core::Result<Project> load(
        store::Transaction &tx, const QString &orgId, qint64 projectId, Lock lock = Lock::None);
    [[nodiscard]] static core::Result<int> memberCount(
        store::Transaction &tx, qint64 projectId, MemberRole role);
    /// NotFound `not_found`, "That project does not exist."
    [[nodiscard]] static core::Error notFound();
};

} // namespace mikro::domain
