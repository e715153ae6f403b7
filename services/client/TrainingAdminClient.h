#pragma once

#include "services/client/ChangeFeed.h"
#include "services/core/Result.h"
#include "services/domain/training/TrainingCatalog.h"
#include "services/domain/training/TrainingService.h"

#include <QFuture>
#include <QList>

namespace mikro::client {

/// An admin's training modules (UI.md §5.6, API.md §11): every module of the organisation with
/// its answer key and how many people completed it, writing one, changing it, archiving it.
/// Admins only; another organisation's training is NotFound.
class TrainingAdminClient
{
public:
    virtual ~TrainingAdminClient() = default;

    /// Every module, admin view, by id (API.md `fetch_org_trainings`); the archived ones carry
    /// `archivedAt`.
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::TrainingView>>> catalog() = 0;
    /// A new module; its id (API.md `create_training`).
    [[nodiscard]] virtual QFuture<core::Result<qint64>> create(const domain::TrainingDraft &draft)
        = 0;
    /// The given fields; given questions replace them all (API.md `modify_training`). Past
    /// attempts, completions and points stay.
    [[nodiscard]] virtual QFuture<core::Result<void>> modify(
        qint64 trainingId, const domain::TrainingChange &change)
        = 0;
    /// Hidden from people and dropped from projects' requirements; results and points stay.
    [[nodiscard]] virtual QFuture<core::Result<void>> archive(qint64 trainingId) = 0;
    /// An archived module back in the lists; the project requirements archiving dropped stay
    /// dropped (`restore_training`, an addition).
    [[nodiscard]] virtual QFuture<core::Result<void>> restore(qint64 trainingId) = 0;
    /// Each person's attempts, best score and pass at one module, by name
    /// (`fetch_training_results`, an addition).
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::TrainingResult>>> results(
        qint64 trainingId)
        = 0;
};

/// What a change of a module touches: the training lists, the projects that require it, the
/// audit log.
inline const QList<ChangeFeed::Area> trainingAdminAreas { ChangeFeed::Area::Training,
    ChangeFeed::Area::Projects, ChangeFeed::Area::Audit };

} // namespace mikro::client
