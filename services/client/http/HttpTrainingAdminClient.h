#pragma once

#include "services/client/TrainingAdminClient.h"

class QJsonObject;

namespace mikro::client {

class ApiConnection;

/// TrainingAdminClient over API.md §11 (`fetch_org_trainings`, `create_training`,
/// `modify_training`, `delete_training`).
class HttpTrainingAdminClient : public TrainingAdminClient
{
public:
    HttpTrainingAdminClient(ApiConnection &api, ChangeFeed &feed);

    [[nodiscard]] QFuture<core::Result<QList<domain::TrainingView>>> catalog() override;
    [[nodiscard]] QFuture<core::Result<qint64>> create(const domain::TrainingDraft &draft) override;
    [[nodiscard]] QFuture<core::Result<void>> modify(
        qint64 trainingId, const domain::TrainingChange &change) override;
    [[nodiscard]] QFuture<core::Result<void>> archive(qint64 trainingId) override;
    [[nodiscard]] QFuture<core::Result<void>> restore(qint64 trainingId) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::TrainingResult>>> results(
        qint64 trainingId) override;

private:
    /// A change answering the integer `key` (none: 0), announced when it succeeds.
    [[nodiscard]] QFuture<core::Result<qint64>> change(
        const QString &action, const QJsonObject &body, const QString &key = {});

    ApiConnection &m_api;
    ChangeFeed &m_feed;
};

} // namespace mikro::client
