#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

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

/// One project as lists show it (API.md Project): settings, budget and spending, members, task
/// counts and the last sync.
struct ProjectRow
{
    qint64 id = 0;
    QString name;
    QString url;
    QString difficulty;
    bool active = false;
    bool visible = false;
    bool completed = false;
    int totalTasks = 0;
    core::Money mappingRate;
    core::Money validationRate;
    core::Money budget;
    core::Money spent; ///< mapping, validation and reversals credited on the project
    int maxEditors = 0;
    int maxValidators = 0;
    int editors = 0;
    int validators = 0;
    core::Money paymentDue; ///< the rates of tasks awaiting validation mapped by Mikro people
    int mapped = 0; ///< tasks awaiting validation or validated (API.md §3 total_mapped)
    int validated = 0;
    int invalidated = 0;
    QDateTime lastSyncedAt;
    QDateTime createdAt;
    QList<qint64>
        requiredTrainings; ///< trainings a member must have passed (not archived), ascending
    [[nodiscard]] bool budgetWarning() const; ///< spent ≥ 90 % of the budget
    [[nodiscard]] int budgetUsedPercent() const;

    bool operator==(const ProjectRow &) const = default;
};

/// A project the caller is a member of, with their own figures in it.
struct MemberProject
{
    ProjectRow project;
    QString memberRole; ///< editor or validator
    int tasksMapped = 0; ///< tasks whose current mapper is the caller
    int tasksApproved = 0; ///< … now validated
    int tasksUnapproved = 0; ///< … now invalidated
    int tasksInReview = 0; ///< … waiting for an admin
    core::Money earnings; ///< mapping and validation credits on the project, net of reversals
    int validationsMade = 0; ///< validator view: the caller's VALIDATED events in the project
    int invalidationsMade = 0; ///< … INVALIDATED events
};

struct UserProjects
{
    QList<MemberProject> member; ///< active projects the caller is a member of
    QList<ProjectRow> available; ///< active, visible, with a free place of the view's role, not
                                 ///< joined
};

/// An active person of the organisation as a project's assignment screen shows them.
struct ProjectPerson
{
    QString userId;
    QString memberRole; ///< editor or validator; empty when not a member
    QList<qint64> missingTrainings; ///< the project's required trainings not yet passed, ascending
};

/// Reads over the organisation's projects, each list one aggregate statement.
class ProjectDirectory
{
public:
    explicit ProjectDirectory(store::Database &db);

    /// Every project of the caller's organisation (admins), ordered by id; with `only`, that one
    /// project (NotFound when it is not the organisation's).
    [[nodiscard]] core::Result<QList<ProjectRow>> orgProjects(
        const Caller &caller, std::optional<qint64> only = std::nullopt) const;

    /// The caller's active projects with their figures, and the ones they could join.
    [[nodiscard]] core::Result<UserProjects> userProjects(const Caller &caller) const;
    /// The same for a validator (validators and admins): joinable means a free validator place,
    /// and each member project carries the caller's validation events.
    [[nodiscard]] core::Result<UserProjects> validatorProjects(const Caller &caller) const;

    /// Every active person of the organisation with their membership of the project and the
    /// required trainings they miss (admins; NotFound for another organisation's project).
    [[nodiscard]] core::Result<QList<ProjectPerson>> projectPeople(
        const Caller &caller, qint64 projectId) const;

private:
    store::Database &m_db;
};

} // namespace mikro::domain
