#pragma once

#include "services/client/TrainingClient.h"

namespace mikro::client {

class InProcessContext;

/// TrainingClient on the domain services in this process: the same grading as the server's.
class InProcessTrainingClient : public TrainingClient
{
public:
    explicit InProcessTrainingClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<QList<domain::TrainingView>>> mine() override;
    [[nodiscard]] QFuture<core::Result<domain::Quiz>> quiz(qint64 trainingId) override;
    [[nodiscard]] QFuture<core::Result<domain::QuizResult>> submit(
        qint64 trainingId, const QMap<qint64, qint64> &answers) override;

private:
    InProcessContext &m_context;
    domain::TrainingCatalog m_catalog;
    domain::TrainingService m_trainings;
};

} // namespace mikro::client
