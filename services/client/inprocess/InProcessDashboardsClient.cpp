#include "services/client/inprocess/InProcessDashboardsClient.h"

#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessDashboardsClient::InProcessDashboardsClient(InProcessContext &context)
    : m_context(context)
    , m_dashboards(context.database(), context.clock())
{
}

QFuture<core::Result<domain::PersonDashboard>> InProcessDashboardsClient::person(
    const QTimeZone &zone, Qt::DayOfWeek firstDay)
{
    return m_context.run<domain::PersonDashboard>(
        [this, zone, firstDay](
            const domain::Caller &caller) { return m_dashboards.person(caller, zone, firstDay); });
}

QFuture<core::Result<domain::OrgDashboard>> InProcessDashboardsClient::org(
    const QTimeZone &zone, Qt::DayOfWeek firstDay)
{
    return m_context.run<domain::OrgDashboard>(
        [this, zone, firstDay](
            const domain::Caller &caller) { return m_dashboards.org(caller, zone, firstDay); });
}

} // namespace mikro::client
