#pragma once

#include "services/client/ChangeFeed.h"
#include "services/core/Result.h"
#include "services/domain/training/TrainingCatalog.h"
#include "services/domain/training/TrainingService.h"

#include <QFuture>
#include <QList>
#include <QMap>

namespace mikro::client {

/// The signed-in person's training (UI.md §3.4): the modules with their own status, a quiz as the
/// server deals it, and submitting answers for the server to grade. No call ever carries which
/// answer is correct.
class TrainingClient
{
public:
    virtual ~TrainingClient() = default;

    /// Every module of the organisation that is not archived, in the person's view, by id.
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::TrainingView>>> mine() = 0;
    [[nodiscard]] virtual QFuture<core::Result<domain::Quiz>> quiz(qint64 trainingId) = 0;
    /// `answers`: question id → chosen answer id, every question once. A pass announces
    /// Training, Projects, Account and Dashboards (points, requirements met).
    [[nodiscard]] virtual QFuture<core::Result<domain::QuizResult>> submit(
        qint64 trainingId, const QMap<qint64, qint64> &answers)
        = 0;
};

/// What a submission touched: every attempt is recorded (Training); a pass also adds points and
/// meets project requirements.
[[nodiscard]] inline QList<ChangeFeed::Area> quizAreas(bool passed)
{
    if (!passed)
        return { ChangeFeed::Area::Training };
    return { ChangeFeed::Area::Training, ChangeFeed::Area::Projects, ChangeFeed::Area::Account,
        ChangeFeed::Area::Dashboards };
}

} // namespace mikro::client
