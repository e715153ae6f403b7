#include "services/client/http/HttpProjectsClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/codec/ProjectCodec.h"
#include "services/client/http/ApiConnection.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

HttpProjectsClient::HttpProjectsClient(ApiConnection &api, ChangeFeed &feed)
    : m_api(api)
    , m_feed(feed)
{
}

QFuture<core::Result<domain::UserProjects>> HttpProjectsClient::mine()
{
    return m_api.call(u"project/fetch_user_projects"_s)
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<domain::UserProjects> {
            if (!answer.ok())
                return answer.error();
            return readUserProjects(answer.value(), false);
        });
}

QFuture<core::Result<domain::UserProjects>> HttpProjectsClient::mineAsValidator()
{
    return m_api.call(u"project/fetch_validator_projects"_s)
        .then([](const core::Result<QJsonObject> &answer) -> core::Result<domain::UserProjects> {
            if (!answer.ok())
                return answer.error();
            return readUserProjects(answer.value(), true);
        });
}

QFuture<core::Result<QList<domain::ProjectRow>>> HttpProjectsClient::organisation()
{
    return m_api.call(u"project/fetch_org_projects"_s)
        .then(
            [](const core::Result<QJsonObject> &answer) -> core::Result<QList<domain::ProjectRow>> {
                if (!answer.ok())
                    return answer.error();
                return readOrgProjects(answer.value());
            });
}

QFuture<core::Result<void>> HttpProjectsClient::join(qint64 projectId)
{
    return changeMembership(u"project/user_join_project"_s, projectId);
}

QFuture<core::Result<void>> HttpProjectsClient::leave(qint64 projectId)
{
    return changeMembership(u"project/user_leave_project"_s, projectId);
}

QFuture<core::Result<void>> HttpProjectsClient::changeMembership(
    const QString &action, qint64 projectId)
{
    return m_api.call(action, QJsonObject { { u"project_id"_s, projectId } })
        .then([feed = &m_feed](const core::Result<QJsonObject> &answer) -> core::Result<void> {
            if (!answer.ok())
                return answer.error();
            feed->announce({ ChangeFeed::Area::Projects, ChangeFeed::Area::Dashboards });
            return {};
        });
}

} // namespace mikro::client
