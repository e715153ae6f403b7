#pragma once

#include "services/client/ProjectsClient.h"

namespace mikro::client {

class ApiConnection;
class ChangeFeed;

/// ProjectsClient over API.md §6.
class HttpProjectsClient : public ProjectsClient
{
public:
    HttpProjectsClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<domain::UserProjects>> mine() override;
    [[nodiscard]] QFuture<core::Result<domain::UserProjects>> mineAsValidator() override;
    [[nodiscard]] QFuture<core::Result<void>> join(qint64 projectId) override;
    [[nodiscard]] QFuture<core::Result<void>> leave(qint64 projectId) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::ProjectRow>>> organisation() override;

private:
    [[nodiscard]] QFuture<core::Result<void>> changeMembership(const QString &action, qint64 id);

    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
