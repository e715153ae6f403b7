#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/domain/projects/ProjectRepository.h"
#include "services/domain/projects/Tm4ProjectSource.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
class Transaction;
} // namespace mikro::store

namespace mikro::domain {

struct ProjectForm
{
    QString url; ///< the TM4 project URL; its trailing number is the project id
    core::Money mappingRate;
    core::Money validationRate;
    int maxEditors = 0; ///< 0: no limit
    int maxValidators = 0; ///< 0: no limit
    QString difficulty;
    bool visible = false;
};

/// The listing fields an admin edits after creation; empty ones stay as they are.
struct ProjectListing
{
    std::optional<bool> visible;
    std::optional<QString> difficulty;
    std::optional<bool> completed;
};

/// Everything `update_project` may change at once; the fields not given stay.
struct ProjectEdit
{
    std::optional<core::Money> mappingRate;
    std::optional<core::Money> validationRate;
    std::optional<int> maxEditors;
    std::optional<int> maxValidators;
    std::optional<bool> active;
    ProjectListing listing;
};

/// Projects (DESIGN.md §4 Projects and Assignment). Creation reads the name and task count through
/// Tm4ProjectSource and then writes on the store's pool; everything else is synchronous, one
/// transaction each, on a store pool thread. Budget = (mapping + validation rate) × tasks, on
/// create and edit. New projects start inactive. Errors: InvalidInput `invalid_field` (url),
/// Refused `rate_too_low`, `cap_below_members`, `project_has_ledger`; Conflict `project_exists`;
/// NotFound for other orgs'. Members are ProjectMembership's.
class ProjectService
{
public:
    ProjectService(store::Database &db, const core::Clock &clock, Tm4ProjectSource &tm4);

    [[nodiscard]] static core::Result<qint64> projectIdFromUrl(const QString &text);
    /// Refused `rate_too_low` below 0.01 a task.
    [[nodiscard]] static core::Result<void> checkRates(core::Money mapping, core::Money validation);
    /// DESIGN.md §4: (mapping + validation rate) × tasks, in checked integer arithmetic.
    [[nodiscard]] static core::Result<core::Money> budgetOf(
        core::Money mapping, core::Money validation, int tasks);
    /// A sync's refresh (API.md §11.4): TM4's current name and task count (after splits), and the
    /// budget recomputed from them with the project's rates, on the locked project row.
    /// NotFound when the project is gone.
    [[nodiscard]] static core::Result<void> refreshFromTm4(
        store::Database &db, qint64 projectId, const Tm4ProjectSummary &summary);

    [[nodiscard]] QFuture<core::Result<Project>> create(
        const Caller &caller, const ProjectForm &form);
    [[nodiscard]] core::Result<Project> project(const Caller &caller, qint64 projectId) const;
    [[nodiscard]] core::Result<void> setActive(
        const Caller &caller, qint64 projectId, bool active) const;
    /// Rates and caps (Refused `rate_too_low`, `cap_below_members`; the budget recomputed),
    /// activation and listing (checkListing) in one transaction on the locked project row: all
    /// or nothing, audited.
    [[nodiscard]] core::Result<void> update(
        const Caller &caller, qint64 projectId, const ProjectEdit &edit) const;
    /// InvalidInput when the listing's difficulty is not 1–50 characters (checked before any
    /// write, so a caller combining edits can check first).
    [[nodiscard]] static core::Result<void> checkListing(const ProjectListing &listing);
    [[nodiscard]] core::Result<void> remove(const Caller &caller, qint64 projectId) const;

private:
    core::Result<void> ratesIn(store::Transaction &tx, const Caller &caller, const Project &current,
        core::Money mappingRate, core::Money validationRate, int maxEditors,
        int maxValidators) const;
    core::Result<void> activeIn(
        store::Transaction &tx, const Caller &caller, qint64 projectId, bool active) const;
    core::Result<void> listingIn(store::Transaction &tx, const Caller &caller, qint64 projectId,
        const ProjectListing &listing) const;
    core::Result<Project> createIn(const Caller &caller, const ProjectForm &form, qint64 projectId,
        const Tm4ProjectSummary &summary) const;

    store::Database &m_db;
    const core::Clock &m_clock;
    Tm4ProjectSource &m_tm4;
};

} // namespace mikro::domain
