#pragma once

#include "services/client/TrainingAdminClient.h"

namespace mikro::client {

class InProcessContext;

/// TrainingAdminClient on the domain services in this process.
class InProcessTrainingAdminClient : public TrainingAdminClient
{
public:
    explicit InProcessTrainingAdminClient(InProcessContext &context);

    [[nodiscard]] QFuture<core::Result<QList<domain::TrainingView>>> catalog() override;
    [[nodiscard]] QFuture<core::Result<qint64>> create(const domain::TrainingDraft &draft) override;
    [[nodiscard]] QFuture<core::Result<void>> modify(
        qint64 trainingId, const domain::TrainingChange &change) override;
    [[nodiscard]] QFuture<core::Result<void>> archive(qint64 trainingId) override;
    [[nodiscard]] QFuture<core::Result<void>> restore(qint64 trainingId) override;
    [[nodiscard]] QFuture<core::Result<QList<domain::TrainingResult>>> results(
        qint64 trainingId) override;

private:
    /// `done` announced as a change of trainings when it succeeded.
    template <typename T>
    core::Result<T> announced(core::Result<T> done);

    InProcessContext &m_context;
    domain::TrainingCatalog m_catalog;
    domain::TrainingService m_trainings;
};

} // namespace mikro::client
