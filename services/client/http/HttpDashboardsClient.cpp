#include "services/client/http/HttpDashboardsClient.h"

#include "services/client/codec/DashboardCodec.h"
#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpDashboardsClient::HttpDashboardsClient(ApiConnection &api)
    : m_api(api)
{
}

namespace {

QJsonObject calendarBody(const QTimeZone &zone, Qt::DayOfWeek firstDay)
{
    return { { u"time_zone"_s, QString::fromUtf8(zone.id()) },
        { u"week_start"_s, static_cast<int>(firstDay) } };
}

} // namespace

QFuture<core::Result<domain::PersonDashboard>> HttpDashboardsClient::person(
    const QTimeZone &zone, Qt::DayOfWeek firstDay)
{
    return m_api.call(u"project/fetch_user_dashboard"_s, calendarBody(zone, firstDay))
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<domain::PersonDashboard> {
            if (!answer.ok())
                return answer.error();
            return readPersonDashboard(answer.value());
        });
}

QFuture<core::Result<domain::OrgDashboard>> HttpDashboardsClient::org(
    const QTimeZone &zone, Qt::DayOfWeek firstDay)
{
    return m_api.call(u"project/fetch_org_dashboard"_s, calendarBody(zone, firstDay))
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<domain::OrgDashboard> {
            if (!answer.ok())
                return answer.error();
            return readOrgDashboard(answer.value());
        });
}

} // namespace mikro::client
