#pragma once

#include "services/client/DashboardsClient.h"

namespace mikro::client {

class ApiConnection;

/// DashboardsClient over `project/fetch_user_dashboard`.
class HttpDashboardsClient : public DashboardsClient
{
public:
    explicit HttpDashboardsClient(ApiConnection &api);

    [[nodiscard]] QFuture<core::Result<domain::PersonDashboard>> person(
        const QTimeZone &zone, Qt::DayOfWeek firstDay) override;
    [[nodiscard]] QFuture<core::Result<domain::OrgDashboard>> org(
        const QTimeZone &zone, Qt::DayOfWeek firstDay) override;

private:
    ApiConnection &m_api;
};

} // namespace mikro::client
