#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QTimeZone>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
class Transaction;
} // namespace mikro::store

namespace mikro::domain {

/// UI.md §2.2: for each of the last 12 weeks (local time, the locale's first weekday, the current
/// partial week last), distinct tasks with an event of each kind. Empty weeks are zeros.
struct WeeklySeries
{
    QList<QDate> weekStarts;
    QMap<QString, QList<int>> series; ///< name → 12 counts, oldest first
    bool operator==(const WeeklySeries &) const = default;
};

/// The money figures of UI.md §2.1, for a person or summed over an org.
struct MoneyFigures
{
    core::Money earned; ///< mapping, validation, checklist, checklist_validation, reversal
    core::Money adjustments; ///< adjustment entries
    core::Money paid; ///< minus payouts
    core::Money pending; ///< open requests
    core::Money payable; ///< earned + adjustments − paid − pending
    core::Money mappingEarnings; ///< mapping less its reversals
    core::Money validationEarnings; ///< validation
    core::Money checklistEarnings; ///< checklist + checklist_validation
    bool operator==(const MoneyFigures &) const = default;
};

/// The task figures API.md §3 gives the web API's dashboards (`fetch_*_dash_stats`), beside the
/// desktop's of UI.md §2.2: different figures under different names, each with one definition.
struct ApiTaskFigures
{
    int awaiting = 0; ///< of the tasks mapped, MAPPED or LOCKED_FOR_VALIDATION now
    int approved = 0; ///< of the tasks mapped, VALIDATED and not in review
    int last30Days = 0; ///< contributions: distinct tasks with a MAPPED event in the last 30 days
    int previous30Days = 0; ///< … in the 30 days before those
    bool operator==(const ApiTaskFigures &) const = default;
};

struct PersonDashboard
{
    MoneyFigures money;
    int tasksMapped = 0;
    int tasksValidated = 0; ///< of the tasks mapped, now validated
    int tasksInvalidated = 0; ///< of the tasks mapped, now invalidated
    int validationsMade = 0;
    int invalidationsMade = 0;
    int tasksThisMonth = 0;
    int tasksLastMonth = 0;
    int activeProjects = 0;
    ApiTaskFigures api;
    WeeklySeries
        weekly; ///< "mapped", "validated" (my mapped tasks), "validated_by_me", "invalidated_by_me"
    bool operator==(const PersonDashboard &) const = default;
};

/// A validator's dashboard (UI.md §4.1): their own figures plus the projects they belong to by
/// state and the work waiting for a validator.
struct ValidatorDashboard
{
    PersonDashboard person;
    int inactiveProjects = 0; ///< member projects not active and not completed
    int completedProjects = 0; ///< member projects completed
    int readyForConfirmation = 0; ///< others' checklists with completed, unconfirmed items
};

struct OrgDashboard
{
    MoneyFigures money;
    int activeProjects = 0;
    int inactiveProjects = 0;
    int completedProjects = 0;
    int people = 0;
    int validators = 0;
    int admins = 0;
    int pendingRequests = 0;
    int needsReview = 0;
    int syncProblems = 0; ///< projects whose latest sync run failed
    int canRequest = 0; ///< active people with payable ≥ the minimum (and > 0), nothing pending
    core::Money paidThisMonth; ///< payouts in the local calendar month
    core::Money paidLastMonth; ///< … in the one before it
    int payoutsThisMonth = 0; ///< how many payouts make paidThisMonth
    int payoutsLastMonth = 0; ///< … paidLastMonth
    int tasksMapped = 0; ///< the org's tasks whose current status is MAPPED
    int tasksValidated = 0; ///< … VALIDATED
    int tasksInvalidated = 0; ///< … INVALIDATED
    int tasksThisMonth = 0;
    int tasksLastMonth = 0;
    ApiTaskFigures api; ///< summed over the organisation's projects
    WeeklySeries weekly; ///< "mapped", "validated", "invalidated"
    bool operator==(const OrgDashboard &) const = default;
};

/// Dashboard figures (UI.md §3.1, §4.1, §5.1), every one from the ledger and task tables with
/// aggregate SQL — one statement per group of figures, never a loop over rows. Local calendar
/// months and weeks are cut in `zone`; the store stays in UTC. Synchronous; call on a store pool
/// thread.
class DashboardService
{
public:
    DashboardService(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<PersonDashboard> person(
        const Caller &caller, const QTimeZone &zone, Qt::DayOfWeek firstDay) const;
    [[nodiscard]] core::Result<ValidatorDashboard> validator(
        const Caller &caller, const QTimeZone &zone, Qt::DayOfWeek firstDay) const;
    [[nodiscard]] core::Result<OrgDashboard> org(
        const Caller &caller, const QTimeZone &zone, Qt::DayOfWeek firstDay) const;

private:
    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
