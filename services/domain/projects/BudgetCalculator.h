#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QFuture>
#include <QString>

namespace mikro::store {
class Database;
}

namespace mikro::domain {

class Tm4ProjectSource;
struct Tm4ProjectSummary;

/// A projected budget (API.md `project/calculate_budget`): the rates, the task count and
/// (mapping + validation rate) × tasks, in the organisation's currency.
struct BudgetEstimate
{
    core::Money mappingRate;
    core::Money validationRate;
    int totalTasks = 0;
    core::Money budget;
    QString currency;
    QString name; ///< the project's name: TM4's for a URL, the stored one for a project
    /// "$0.50(Mapping) + $0.30(Validation) x 167 Tasks = Projected Budget: $133.60"; a currency
    /// other than USD writes its ISO code and a space instead of "$".
    [[nodiscard]] QString calculation() const;
};

/// Projects a budget for admins before or after a project exists, storing nothing: from the task
/// count TM4 gives for a project URL (no store thread is held while TM4 answers), or from the
/// stored count of one of the organisation's projects.
class BudgetCalculator
{
public:
    BudgetCalculator(store::Database &db, Tm4ProjectSource &tm4);

    [[nodiscard]] QFuture<core::Result<BudgetEstimate>> forUrl(const Caller &caller,
        const QString &url, core::Money mappingRate, core::Money validationRate) const;
    [[nodiscard]] QFuture<core::Result<BudgetEstimate>> forProject(const Caller &caller,
        qint64 projectId, core::Money mappingRate, core::Money validationRate) const;

private:
    [[nodiscard]] core::Result<BudgetEstimate> storedProject(const Caller &caller, qint64 projectId,
        core::Money mappingRate, core::Money validationRate) const;
    [[nodiscard]] core::Result<BudgetEstimate> estimate(const Caller &caller,
        const Tm4ProjectSummary &project, core::Money mappingRate,
        core::Money validationRate) const;

    store::Database &m_db;
    Tm4ProjectSource &m_tm4;
};

} // namespace mikro::domain
