#pragma once

#include "services/client/ReviewClient.h"

namespace mikro::client {

class ApiConnection;

/// ReviewClient over API.md `task/fetch_external_validations` and `task/update_task`.
class HttpReviewClient : public ReviewClient
{
public:
    HttpReviewClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<QList<domain::ReviewItem>>> queue() override;
    [[nodiscard]] QFuture<core::Result<core::Money>> decide(
        qint64 projectId, qint64 taskId, bool validate) override;

private:
    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
