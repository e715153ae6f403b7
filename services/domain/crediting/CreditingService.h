#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
class Transaction;
} // namespace mikro::store

namespace mikro::domain {

/// One STATE_CHANGE row of a TM4 task history (DESIGN.md §5): what the sync hands to crediting.
struct TaskEvent
{
    qint64 projectId = 0;
    qint64 taskId = 0;
    qint64 historyId = 0;
    QString action; ///< MAPPED, VALIDATED, INVALIDATED, BADIMAGERY, SPLIT, READY, ARCHIVED
    QString actorUsername; ///< OSM username, as TM4 writes it
    QDateTime at; ///< UTC
};

enum class IngestOutcome { Recorded, Credited, QueuedForReview, AlreadyIngested };

/// Why a validation waits for an admin (stored as `tasks.review_reason`, DESIGN.md §4).
enum class ReviewReason {
    SelfValidation, ///< the mapper validated their own task
    OutsideValidator, ///< the validator is not a Mikro user of the organisation
    ValidatorRole, ///< the validator is a Mikro user without the validator role
    NotMember, ///< the mapper or the validator is not a member of the project
};

/// The stored text ('self_validation', …), by an explicit table.
[[nodiscard]] QString reviewReasonText(ReviewReason reason);
[[nodiscard]] std::optional<ReviewReason> reviewReasonFromText(const QString &text);

/// A task waiting for an admin's decision (DESIGN.md §4 review queue).
struct ReviewItem
{
    qint64 projectId = 0;
    qint64 taskId = 0;
    ReviewReason reason = ReviewReason::OutsideValidator;
    QString mappedBy; ///< the mapper's OSM username in TM4
    QString validatedBy; ///< the validator's OSM username in TM4
    QDateTime validatedAt;
    QString projectName;
    QString projectUrl;
    core::Money mappingRate; ///< the task's snapshot: what accepting credits the mapper
    QString mapperUserId; ///< the Mikro person who mapped it
    QString mapperName;
    core::Money validationRate; ///< the task's snapshot: what the validator would earn
    bool validated = true; ///< the waiting decision is a validation (false: an invalidation)
    bool operator==(const ReviewItem &) const = default;
};

/// The crediting rules of DESIGN.md §4, applied exactly once per TM4 event:
/// - mapping earns nothing by itself; a validation credits the mapper the task's mapping rate and
///   the validator the validation rate; an invalidation credits the validator too, and reverses the
///   mapper's credit when the task had been validated;
/// - self-validation, a validator who is not a Mikro user of the org or lacks the validator role,
///   and work by an org person who is not a member of the project go to the review queue instead;
/// - rates are the task's, snapshotted when Mikro first sees it.
/// Every event is recorded in `task_events` in the same transaction as its credits, so a second
/// ingestion — another sync, another server instance — changes nothing. Synchronous: call on a
/// store pool thread.
class CreditingService
{
public:
    CreditingService(store::Database &db, const core::Clock &clock);

    [[nodiscard]] core::Result<IngestOutcome> ingest(const TaskEvent &event) const;
    /// Several events (one task's history, oldest first) in one transaction: all or none.
    [[nodiscard]] core::Result<QList<IngestOutcome>> ingestAll(
        const QList<TaskEvent> &events) const;
    /// The org's tasks waiting for review, oldest validation first.
    [[nodiscard]] core::Result<QList<ReviewItem>> reviewQueue(const Caller &caller) const;
    /// An admin's decision on a task in the review queue: `validate` credits the mapper (and the
    /// validator, unless they validated their own work or are not an org validator); otherwise no
    /// mapping credit. Conflict `already_resolved` when the task is not waiting for review.
    /// Answers the mapping credit it made (zero when invalidated or the mapper is not a user).
    [[nodiscard]] core::Result<core::Money> decideReview(
        const Caller &caller, qint64 projectId, qint64 taskId, bool validate) const;

private:
    core::Result<IngestOutcome> ingestIn(store::Transaction &tx, const TaskEvent &event) const;

    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
