#pragma once

#include "services/client/TrainingClient.h"

namespace mikro::client {

class ApiConnection;
class ChangeFeed;

/// TrainingClient over API.md §9 and §11.2.
class HttpTrainingClient : public TrainingClient
{
public:
    HttpTrainingClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<QList<domain::TrainingView>>> mine() override;
    [[nodiscard]] QFuture<core::Result<domain::Quiz>> quiz(qint64 trainingId) override;
    [[nodiscard]] QFuture<core::Result<domain::QuizResult>> submit(
        qint64 trainingId, const QMap<qint64, qint64> &answers) override;

private:
    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
