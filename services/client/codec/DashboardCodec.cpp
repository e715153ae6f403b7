#include "services/client/codec/DashboardCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

#include <array>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

const QStringList PersonSeries { u"mapped"_s, u"validated"_s, u"validated_by_me"_s,
    u"invalidated_by_me"_s };
const QStringList OrgSeries { u"mapped"_s, u"validated"_s, u"invalidated"_s };

/// One week of WeeklySeries as the answer carries it.
struct Week
{
    QDate start;
    std::array<int, 4> counts {}; ///< in the series names' order
};

/// The answer: a dashboard with its weekly series as a list of weeks.
template <typename Dashboard>
struct Wire
{
    Dashboard dashboard;
    QList<Week> weeks;
};

template <typename Io, typename W>
void describeWeek(Io &io, W &w, const QStringList &names)
{
    io.date(u"week_start"_s, w.start);
    for (qsizetype i = 0; i < names.size(); ++i)
        io.integer(names[i], w.counts[std::size_t(i)]);
}

template <typename Io, typename M>
void describeMoney(Io &io, M &m)
{
    io.money(u"earned_total"_s, m.earned);
    io.money(u"adjustments_total"_s, m.adjustments);
    io.money(u"paid_total"_s, m.paid);
    io.money(u"pending_total"_s, m.pending);
    io.money(u"payable_total"_s, m.payable);
    io.money(u"mapping_earnings"_s, m.mappingEarnings);
    io.money(u"validation_earnings"_s, m.validationEarnings);
    io.money(u"checklist_earnings"_s, m.checklistEarnings);
}

template <typename Io, typename D>
void describeTasks(Io &io, D &d)
{
    io.integer(u"tasks_mapped"_s, d.tasksMapped);
    io.integer(u"tasks_validated"_s, d.tasksValidated);
    io.integer(u"tasks_invalidated"_s, d.tasksInvalidated);
    io.integer(u"tasks_this_month"_s, d.tasksThisMonth);
    io.integer(u"tasks_last_month"_s, d.tasksLastMonth);
    io.integer(u"active_projects"_s, d.activeProjects);
    // API.md §3's figures (the web API's dashboards send them under their own names).
    io.integer(u"tasks_awaiting"_s, d.api.awaiting);
    io.integer(u"tasks_approved"_s, d.api.approved);
    io.integer(u"contributions_30_days"_s, d.api.last30Days);
    io.integer(u"contributions_previous_30_days"_s, d.api.previous30Days);
}

template <typename Io>
void describeDashboard(Io &io, auto &d)
{
    describeMoney(io, d.money);
    describeTasks(io, d);
    io.integer(u"validations_made"_s, d.validationsMade);
    io.integer(u"invalidations_made"_s, d.invalidationsMade);
}

template <typename Io>
void describeOrg(Io &io, auto &d)
{
    describeMoney(io, d.money);
    describeTasks(io, d);
    io.integer(u"inactive_projects"_s, d.inactiveProjects);
    io.integer(u"completed_projects"_s, d.completedProjects);
    io.integer(u"people"_s, d.people);
    io.integer(u"validators"_s, d.validators);
    io.integer(u"admins"_s, d.admins);
    io.integer(u"pending_requests"_s, d.pendingRequests);
    io.integer(u"needs_review"_s, d.needsReview);
    io.integer(u"sync_problems"_s, d.syncProblems);
    io.integer(u"can_request"_s, d.canRequest);
    io.money(u"paid_this_month"_s, d.paidThisMonth);
    io.money(u"paid_last_month"_s, d.paidLastMonth);
    io.integer(u"payouts_this_month"_s, d.payoutsThisMonth);
    io.integer(u"payouts_last_month"_s, d.payoutsLastMonth);
}

template <typename Io, typename W>
void describeWeeks(Io &io, W &w, const QStringList &names)
{
    io.array(u"weeks"_s, w.weeks,
        [&names](auto &nested, auto &week) { describeWeek(nested, week, names); });
}

QList<Week> weeksOf(const domain::WeeklySeries &series, const QStringList &names)
{
    QList<Week> weeks;
    for (qsizetype i = 0; i < series.weekStarts.size(); ++i) {
        Week w { series.weekStarts[i], {} };
        for (qsizetype k = 0; k < names.size(); ++k)
            w.counts[std::size_t(k)] = series.series.value(names[k]).value(i);
        weeks << w;
    }
    return weeks;
}

domain::WeeklySeries seriesOf(const QList<Week> &weeks, const QStringList &names)
{
    domain::WeeklySeries series;
    for (const Week &w : weeks) {
        series.weekStarts << w.start;
        for (qsizetype k = 0; k < names.size(); ++k)
            series.series[names[k]] << w.counts[std::size_t(k)];
    }
    return series;
}

} // namespace

void writePersonDashboard(JsonWriter &envelope, const domain::PersonDashboard &dashboard)
{
    const Wire<domain::PersonDashboard> wire { dashboard, weeksOf(dashboard.weekly, PersonSeries) };
    writeShape(envelope, wire, [](auto &io, auto &w) {
        describeDashboard(io, w.dashboard);
        describeWeeks(io, w, PersonSeries);
    });
}

core::Result<domain::PersonDashboard> readPersonDashboard(const QJsonObject &answer)
{
    auto read = readShape<Wire<domain::PersonDashboard>>(
        answer, u"user_dashboard"_s, [](auto &io, auto &w) {
            describeDashboard(io, w.dashboard);
            describeWeeks(io, w, PersonSeries);
        });
    if (!read.ok())
        return read.error();
    auto wire = std::move(read).value();
    wire.dashboard.weekly = seriesOf(wire.weeks, PersonSeries);
    return wire.dashboard;
}

void writeOrgDashboard(JsonWriter &envelope, const domain::OrgDashboard &dashboard)
{
    const Wire<domain::OrgDashboard> wire { dashboard, weeksOf(dashboard.weekly, OrgSeries) };
    writeShape(envelope, wire, [](auto &io, auto &w) {
        describeOrg(io, w.dashboard);
        describeWeeks(io, w, OrgSeries);
    });
}

core::Result<domain::OrgDashboard> readOrgDashboard(const QJsonObject &answer)
{
    auto read
        = readShape<Wire<domain::OrgDashboard>>(answer, u"org_dashboard"_s, [](auto &io, auto &w) {
              describeOrg(io, w.dashboard);
              describeWeeks(io, w, OrgSeries);
          });
    if (!read.ok())
        return read.error();
    auto wire = std::move(read).value();
    wire.dashboard.weekly = seriesOf(wire.weeks, OrgSeries);
    return wire.dashboard;
}

} // namespace mikro::client
