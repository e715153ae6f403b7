#include "services/client/inprocess/InProcessProjectsClient.h"

#include "services/client/ChangeFeed.h"
#include "services/client/inprocess/InProcessContext.h"

namespace mikro::client {

InProcessProjectsClient::InProcessProjectsClient(InProcessContext &context)
    : m_context(context)
    , m_directory(context.database())
    , m_membership(context.database(), context.clock())
{
}

QFuture<core::Result<domain::UserProjects>> InProcessProjectsClient::mine()
{
    return m_context.run<domain::UserProjects>(
        [this](const domain::Caller &caller) { return m_directory.userProjects(caller); });
}

QFuture<core::Result<domain::UserProjects>> InProcessProjectsClient::mineAsValidator()
{
    return m_context.run<domain::UserProjects>(
        [this](const domain::Caller &caller) { return m_directory.validatorProjects(caller); });
}

QFuture<core::Result<QList<domain::ProjectRow>>> InProcessProjectsClient::organisation()
{
    return m_context.run<QList<domain::ProjectRow>>(
        [this](const domain::Caller &caller) { return m_directory.orgProjects(caller); });
}

QFuture<core::Result<void>> InProcessProjectsClient::join(qint64 projectId)
{
    return m_context.run<void>([this, projectId](const domain::Caller &caller) {
        auto joined = m_membership.join(caller, projectId, domain::MemberRole::Editor);
        if (joined.ok())
            m_context.feed().announce({ ChangeFeed::Area::Projects, ChangeFeed::Area::Dashboards });
        return joined;
    });
}

QFuture<core::Result<void>> InProcessProjectsClient::leave(qint64 projectId)
{
    return m_context.run<void>([this, projectId](const domain::Caller &caller) {
        auto left = m_membership.leave(caller, projectId);
        if (left.ok())
            m_context.feed().announce({ ChangeFeed::Area::Projects, ChangeFeed::Area::Dashboards });
        return left;
    });
}

} // namespace mikro::client
