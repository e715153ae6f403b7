#pragma once

#include "services/client/ProjectsClient.h"
#include "services/domain/projects/ProjectMembership.h"

namespace mikro::client {

class InProcessContext;

/// ProjectsClient on the domain services in this process.
class InProcessProjectsClient : public ProjectsClient
{
public:
    explicit InProcessProjectsClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<domain::UserProjects>> mine() override;
    [[nodiscard]] QFuture<core::Result<domain::UserProjects>> mineAsValidator() override;
    [[nodiscard]] QFuture<core::Result<void>> join(qint64 projectId) override;
    [[nodiscard]] QFuture<core::Result<void>> leave(qint64 projectId) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::ProjectRow>>> organisation() override;

private:
    InProcessContext &m_context;
    domain::ProjectDirectory m_directory;
    domain::ProjectMembership m_membership;
};

} // namespace mikro::client
