#include "app/server/api/DashboardRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/DashboardCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/reporting/DashboardService.h"
#include "services/http/Router.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

constexpr qsizetype ApiWeeks = 8; // API.md: 8 ISO weeks, oldest first, the current one last

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::DashboardRoutes", text);
}

/// The last eight weeks of one series, with "2026-W03" labels.
void weekly(client::JsonWriter &out, const domain::WeeklySeries &weeks, const QString &series)
{
    const QList<int> counts = weeks.series.value(series);
    QJsonArray values;
    QJsonArray labels;
    for (qsizetype i = qMax<qsizetype>(0, counts.size() - ApiWeeks); i < counts.size(); ++i) {
        values.append(counts[i]);
        int year = 0;
        const int week = weeks.weekStarts.value(i).weekNumber(&year);
        labels.append(u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0')));
    }
    out.field(u"weekly_contributions_array"_s, QJsonValue(values))
        .field(u"weekly_contributions_labels"_s, QJsonValue(labels));
}

/// API.md §3's contributions: the last 30 days, and that count minus the 30 days before.
void contributions(client::JsonWriter &out, const domain::ApiTaskFigures &api)
{
    out.field(u"month_contribution_change"_s, qint64(api.last30Days - api.previous30Days))
        .field(u"total_contributions_for_month"_s, qint64(api.last30Days));
}

/// The person's task and money figures both the user's and the validator's dashboards send
/// (API.md §3 "U as mapper": awaiting, validated and not in review, invalidated).
void personFigures(client::JsonWriter &out, const domain::PersonDashboard &p)
{
    out.field(u"mapped_tasks"_s, qint64(p.api.awaiting))
        .field(u"validated_tasks"_s, qint64(p.api.approved))
        .field(u"invalidated_tasks"_s, qint64(p.tasksInvalidated))
        .field(u"validator_validated"_s, qint64(p.validationsMade))
        .field(u"validator_invalidated"_s, qint64(p.invalidationsMade))
        .money(u"mapping_payable_total"_s, p.money.mappingEarnings)
        .money(u"validation_payable_total"_s, p.money.validationEarnings)
        .money(u"checklist_payable_total"_s, p.money.checklistEarnings)
        .money(u"payable_total"_s, p.money.payable)
        .money(u"requests_total"_s, p.money.pending)
        .money(u"payouts_total"_s, p.money.paid);
}

/// The caller's calendar for `fetch_user_dashboard` and `fetch_org_dashboard`: `time_zone` (an IANA
/// id, default UTC) and `week_start` (1 = Monday … 7 = Sunday, default Monday).
core::Result<std::pair<QTimeZone, Qt::DayOfWeek>> calendarOf(const JsonBody &body)
{
    const auto zoneText = body.text(u"time_zone"_s, Need::Optional, 64);
    if (!zoneText.ok())
        return zoneText.error();
    QTimeZone zone = QTimeZone::utc();
    if (zoneText.value()) {
        zone = QTimeZone(zoneText.value()->toUtf8());
        if (!zone.isValid())
            return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                tr("Give a time zone such as America/Lima."))
                .withField(u"time_zone"_s);
    }
    const auto weekStart = body.integer(u"week_start"_s, Need::Optional);
    if (!weekStart.ok())
        return weekStart.error();
    const qint64 day = weekStart.value().value_or(Qt::Monday);
    if (day < Qt::Monday || day > Qt::Sunday)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            tr("Give the first day of the week as 1 (Monday) to 7 (Sunday)."))
            .withField(u"week_start"_s);
    return std::pair(zone, static_cast<Qt::DayOfWeek>(day));
}

} // namespace

void addDashboardRoutes(http::Router &router, const AuthGate &gate,
    const domain::DashboardService &dashboards, const domain::ProjectDirectory &directory)
{
    addAction(router, gate, u"project"_s, u"fetch_user_dash_stats"_s,
        [&dashboards](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto d = dashboards.person(caller, QTimeZone::utc(), Qt::Monday);
            if (!d.ok())
                return d.error();
            const domain::PersonDashboard &p = d.value();
            client::JsonWriter out = client::JsonWriter::success(tr("User dashboard"));
            contributions(out, p.api);
            personFigures(out, p);
            weekly(out, p.weekly, u"mapped"_s);
            return out;
        });

    addAction(router, gate, u"project"_s, u"fetch_user_dashboard"_s,
        [&dashboards](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto calendar = calendarOf(body);
            if (!calendar.ok())
                return calendar.error();
            const auto d
                = dashboards.person(caller, calendar.value().first, calendar.value().second);
            if (!d.ok())
                return d.error();
            client::JsonWriter out = client::JsonWriter::success(tr("User dashboard"));
            client::writePersonDashboard(out, d.value());
            return out;
        });

    addAction(router, gate, u"project"_s, u"fetch_org_dashboard"_s,
        [&dashboards](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto calendar = calendarOf(body);
            if (!calendar.ok())
                return calendar.error();
            const auto d = dashboards.org(caller, calendar.value().first, calendar.value().second);
            if (!d.ok())
                return d.error();
            client::JsonWriter out = client::JsonWriter::success(tr("Organisation dashboard"));
            client::writeOrgDashboard(out, d.value());
            return out;
        });

    addAction(router, gate, u"project"_s, u"fetch_validator_dash_stats"_s,
        [&dashboards](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto d = dashboards.validator(caller, QTimeZone::utc(), Qt::Monday);
            if (!d.ok())
                return d.error();
            const domain::PersonDashboard &p = d.value().person;
            client::JsonWriter out = client::JsonWriter::success(tr("Validator dashboard"));
            out.field(u"active_projects"_s, qint64(p.activeProjects))
                .field(u"inactive_projects"_s, qint64(d.value().inactiveProjects))
                .field(u"completed_projects"_s, qint64(d.value().completedProjects))
                .money(u"paid_total"_s, p.money.paid)
                .field(u"ready_for_confirmation"_s, qint64(d.value().readyForConfirmation));
            personFigures(out, p);
            return out;
        });

    addAction(router, gate, u"project"_s, u"fetch_admin_dash_stats"_s,
        [&dashboards, &directory](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto d = dashboards.org(caller, QTimeZone::utc(), Qt::Monday);
            if (!d.ok())
                return d.error();
            const auto projects = directory.orgProjects(caller);
            if (!projects.ok())
                return projects.error();
            QJsonArray warnings;
            for (const domain::ProjectRow &row : projects.value())
                if (row.budgetWarning())
                    warnings.append(row.id);
            const domain::OrgDashboard &o = d.value();
            client::JsonWriter out = client::JsonWriter::success(tr("Admin dashboard"));
            out.field(u"active_projects"_s, qint64(o.activeProjects))
                .field(u"inactive_projects"_s, qint64(o.inactiveProjects))
                .field(u"completed_projects"_s, qint64(o.completedProjects))
                .field(u"mapped_tasks"_s, qint64(o.api.awaiting))
                .field(u"validated_tasks"_s, qint64(o.api.approved))
                .field(u"invalidated_tasks"_s, qint64(o.tasksInvalidated))
                .money(u"payable_total"_s, o.money.payable)
                .money(u"requests_total"_s, o.money.pending)
                .money(u"payouts_total"_s, o.money.paid)
                .money(u"earned_total"_s, o.money.earned);
            contributions(out, o.api);
            out.field(u"review_tasks"_s, qint64(o.needsReview))
                .field(u"budget_warnings"_s, QJsonValue(warnings));
            weekly(out, o.weekly, u"mapped"_s);
            return out;
        });
}

} // namespace mikro::server
