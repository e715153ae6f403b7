#pragma once

#include "services/client/DashboardsClient.h"

namespace mikro::client {

class InProcessContext;

/// DashboardsClient on DashboardService, as the server's `fetch_user_dashboard` runs it.
class InProcessDashboardsClient : public DashboardsClient
{
public:
    explicit InProcessDashboardsClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<domain::PersonDashboard>> person(
        const QTimeZone &zone, Qt::DayOfWeek firstDay) override;
    [[nodiscard]] QFuture<core::Result<domain::OrgDashboard>> org(
        const QTimeZone &zone, Qt::DayOfWeek firstDay) override;

private:
    InProcessContext &m_context;
    domain::DashboardService m_dashboards;
};

} // namespace mikro::client
