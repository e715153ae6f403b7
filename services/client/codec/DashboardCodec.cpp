#include "services/client/codec/DashboardCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

#include <array>

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

const QStringList SeriesNames { u"mapped"_s, u"validated"_s, u"validated_by_me"_s,
    u"invalidated_by_me"_s };

/// One week of WeeklySeries as the answer carries it.
struct Week
{
    QDate start;
    std::array<int, 4> counts {}; ///< in SeriesNames' order
};

/// The answer: the dashboard with its weekly series as a list of weeks.
struct Wire
{
    domain::PersonDashboard dashboard;
    QList<Week> weeks;
};

template <typename Io, typename W>
void describeWeek(Io &io, W &w)
{
    io.date(u"week_start"_s, w.start);
    for (std::size_t i = 0; i < w.counts.size(); ++i)
        io.integer(SeriesNames[qsizetype(i)], w.counts[i]);
}

template <typename Io, typename D>
void describeDashboard(Io &io, D &d)
{
    auto &m = d.money;
    io.money(u"earned_total"_s, m.earned);
    io.money(u"adjustments_total"_s, m.adjustments);
    io.money(u"paid_total"_s, m.paid);
    io.money(u"pending_total"_s, m.pending);
    io.money(u"payable_total"_s, m.payable);
    io.money(u"mapping_earnings"_s, m.mappingEarnings);
    io.money(u"validation_earnings"_s, m.validationEarnings);
    io.money(u"checklist_earnings"_s, m.checklistEarnings);
    io.integer(u"tasks_mapped"_s, d.tasksMapped);
    io.integer(u"tasks_validated"_s, d.tasksValidated);
    io.integer(u"tasks_invalidated"_s, d.tasksInvalidated);
    io.integer(u"validations_made"_s, d.validationsMade);
    io.integer(u"invalidations_made"_s, d.invalidationsMade);
    io.integer(u"tasks_this_month"_s, d.tasksThisMonth);
    io.integer(u"tasks_last_month"_s, d.tasksLastMonth);
    io.integer(u"active_projects"_s, d.activeProjects);
}

template <typename Io, typename W>
void describeWire(Io &io, W &w)
{
    describeDashboard(io, w.dashboard);
    io.array(u"weeks"_s, w.weeks, [](auto &nested, auto &week) { describeWeek(nested, week); });
}

QList<Week> weeksOf(const domain::WeeklySeries &series)
{
    QList<Week> weeks;
    for (qsizetype i = 0; i < series.weekStarts.size(); ++i) {
        Week w { series.weekStarts[i], {} };
        for (std::size_t k = 0; k < w.counts.size(); ++k)
            w.counts[k] = series.series.value(SeriesNames[qsizetype(k)]).value(i);
        weeks << w;
    }
    return weeks;
}

} // namespace

void writePersonDashboard(JsonWriter &envelope, const domain::PersonDashboard &dashboard)
{
    const Wire wire { dashboard, weeksOf(dashboard.weekly) };
    writeShape(envelope, wire, [](auto &io, auto &w) { describeWire(io, w); });
}

core::Result<domain::PersonDashboard> readPersonDashboard(const QJsonObject &answer)
{
    auto read = readShape<Wire>(
        answer, u"user_dashboard"_s, [](auto &io, auto &w) { describeWire(io, w); });
    if (!read.ok())
        return read.error();
    Wire wire = std::move(read).value();
    domain::PersonDashboard d = std::move(wire.dashboard);
    for (const Week &w : wire.weeks) {
        d.weekly.weekStarts << w.start;
        for (std::size_t k = 0; k < w.counts.size(); ++k)
            d.weekly.series[SeriesNames[qsizetype(k)]] << w.counts[k];
    }
    return d;
}

} // namespace mikro::client
