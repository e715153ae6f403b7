#include "services/client/http/HttpDashboardsClient.h"

#include "services/client/codec/DashboardCodec.h"
#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpDashboardsClient::HttpDashboardsClient(ApiConnection &api)
    : m_api(api)
{
}

QFuture<core::Result<domain::PersonDashboard>> HttpDashboardsClient::person(
    const QTimeZone &zone, Qt::DayOfWeek firstDay)
{
    const QJsonObject body { { u"time_zone"_s, QString::fromUtf8(zone.id()) },
        { u"week_start"_s, static_cast<int>(firstDay) } };
    return m_api.call(u"project/fetch_user_dashboard"_s, body)
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<domain::PersonDashboard> {
            if (!answer.ok())
                return answer.error();
            return readPersonDashboard(answer.value());
        });
}

} // namespace mikro::client
