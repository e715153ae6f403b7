#include "services/domain/crediting/CreditingService.h"

#include "services/core/Clock.h"
#include "services/core/Vocabulary.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

constexpr core::Vocabulary<ReviewReason, 4> ReviewReasons { {
    { ReviewReason::SelfValidation, "self_validation" },
    { ReviewReason::OutsideValidator, "outside_validator" },
    { ReviewReason::ValidatorRole, "validator_role" },
    { ReviewReason::NotMember, "not_member" },
} };

} // namespace

QString reviewReasonText(ReviewReason reason)
{
    return ReviewReasons.text(reason);
}

std::optional<ReviewReason> reviewReasonFromText(const QString &text)
{
    return ReviewReasons.parse(text);
}

namespace {

struct Person
{
    QString id;
    Role role = Role::User;
};

struct TaskState
{
    QString orgId;
    QString mappedBy;
    QString mapperUserId;
    QString validatedBy;
    QString validatorUserId;
    qint64 mappingRate = 0;
    qint64 validationRate = 0;
    bool needsReview = false;
    QString reviewReason;
    qint64 lastHistoryId = 0;
};

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// The first row of `row` (id, role) as a person, or nobody.
core::Result<std::optional<Person>> personIn(core::Result<store::Rows> row)
{
    if (!row.ok())
        return row.error();
    if (!row.value().next())
        return std::optional<Person>();
    return std::optional<Person>(Person { row.value().value(0).toString(),
        roleFromText(row.value().value(1).toString()).value_or(Role::User) });
}

/// The active person of `orgId` who held the OSM username `username` (any case) at `at` (issue
/// 10 #5): a name taken over later never brings the earlier work with it; deactivated people
/// count as outsiders from then on.
core::Result<std::optional<Person>> personOf(
    store::Transaction &tx, const QString &orgId, const QString &username, const QDateTime &at)
{
    if (username.isEmpty())
        return std::optional<Person>();
    return personIn(
        tx.exec(u"SELECT u.id, u.role FROM osm_usernames h JOIN users u ON u.id = h.user_id "
                "WHERE lower(h.osm_username) = lower(:name) AND u.org_id = :org "
                "AND u.deactivated_at IS NULL AND (h.valid_from IS NULL OR h.valid_from <= :at) "
                "AND (h.valid_to IS NULL OR h.valid_to > :at) ORDER BY h.id DESC LIMIT 1"_s,
            { { u"name"_s, username }, { u"org"_s, orgId }, { u"at"_s, store::utcValue(at) } }));
}

/// The active person `userId` of `orgId` (the one recorded when the work was ingested).
core::Result<std::optional<Person>> personById(
    store::Transaction &tx, const QString &orgId, const QString &userId)
{
    if (userId.isEmpty())
        return std::optional<Person>();
    return personIn(tx.exec(u"SELECT id, role FROM users WHERE id = :id AND org_id = :org "
                            "AND deactivated_at IS NULL"_s,
        { { u"id"_s, userId }, { u"org"_s, orgId } }));
}

core::Result<bool> isMember(store::Transaction &tx, qint64 projectId, const QString &userId)
{
    auto row = tx.exec(u"SELECT 1 FROM project_members WHERE project_id = :p AND user_id = :u"_s,
        { { u"p"_s, projectId }, { u"u"_s, userId } });
    if (!row.ok())
        return row.error();
    return row.value().next();
}

core::Result<TaskState> loadTask(store::Transaction &tx, qint64 projectId, qint64 taskId)
{
    auto row = tx.exec(
        u"SELECT p.org_id, t.mapped_by, t.mapper_user_id, t.validated_by, t.validator_user_id, "
        "t.mapping_rate_cents, t.validation_rate_cents, t.needs_review, t.review_reason, "
        "t.last_history_id FROM tasks t JOIN projects p ON p.id = t.project_id "
        "WHERE t.project_id = :p AND t.task_id = :t"_s,
        { { u"p"_s, projectId }, { u"t"_s, taskId } });
    if (!row.ok())
        return row.error();
    store::Rows &q = row.value();
    if (!q.next())
        return core::Error::make(core::ErrorKind::NotFound, "not_found",
            QCoreApplication::translate(
                "mikro::domain::CreditingService", "That task does not exist."));
    return TaskState { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
        q.value(6).toLongLong(), q.value(7).toBool(), q.value(8).toString(),
        q.value(9).toLongLong() };
}

/// Appends a credit unless its source key was used (a replay); either way the ledger holds it once.
core::Result<void> credit(store::Transaction &tx, const TaskState &task, qint64 projectId,
    qint64 taskId, const QString &userId, LedgerKind kind, qint64 cents, const QString &sourceKey,
    const QDateTime &now, const QString &createdBy = {})
{
    if (userId.isEmpty() || cents == 0)
        return {};
    LedgerEntryDraft entry;
    entry.orgId = task.orgId;
    entry.userId = userId;
    entry.kind = kind;
    entry.amount = core::Money(cents);
    entry.sourceKey = sourceKey;
    entry.projectId = projectId;
    entry.taskId = taskId;
    entry.createdBy = createdBy;
    auto appended = Ledger::append(tx, entry, now);
    if (!appended.ok() && appended.error().cause != core::Cause::DuplicateKey)
        return appended.error();
    return {};
}

/// DESIGN.md §4: a task invalidated after it was validated loses its mapping credit — the latest
/// mapping credit of the task that has no reversal yet.
core::Result<void> reverseMappingCredit(store::Transaction &tx, const TaskState &task,
    qint64 projectId, qint64 taskId, const QDateTime &now)
{
    auto row = tx.exec(
        u"SELECT m.user_id, m.amount_cents, m.source_key FROM ledger_entries m "
        "WHERE m.project_id = :p AND m.task_id = :t AND m.kind = 'mapping' AND NOT EXISTS ("
        "SELECT 1 FROM ledger_entries r WHERE r.source_key = 'reversal:' || m.source_key) "
        "ORDER BY m.id DESC LIMIT 1"_s,
        { { u"p"_s, projectId }, { u"t"_s, taskId } });
    if (!row.ok())
        return row.error();
    if (!row.value().next())
        return {};
    return credit(tx, task, projectId, taskId, row.value().value(0).toString(),
        LedgerKind::Reversal, -row.value().value(1).toLongLong(),
        u"reversal:"_s + row.value().value(2).toString(), now);
}

/// Why a validation or invalidation by `validator` needs an admin, or nullopt.
core::Result<std::optional<ReviewReason>> reviewReason(store::Transaction &tx, qint64 projectId,
    const TaskState &task, const QString &validatorName, const std::optional<Person> &validator)
{
    if (!task.mappedBy.isEmpty() && task.mappedBy.compare(validatorName, Qt::CaseInsensitive) == 0)
        return std::optional(ReviewReason::SelfValidation);
    if (!validator)
        return std::optional(ReviewReason::OutsideValidator);
    if (!isAtLeast(validator->role, Role::Validator))
        return std::optional(ReviewReason::ValidatorRole);
    for (const QString &userId : { task.mapperUserId, validator->id }) {
        if (userId.isEmpty())
            continue;
        auto member = isMember(tx, projectId, userId);
        if (!member.ok())
            return member.error();
        if (!member.value())
            return std::optional(ReviewReason::NotMember);
    }
    return std::optional<ReviewReason>();
}

/// Takes the task out of the review queue; already_resolved when it was not in it.
core::Result<void> clearReview(
    store::Transaction &tx, qint64 projectId, qint64 taskId, const QDateTime &now)
{
    auto cleared
        = tx.exec(u"UPDATE tasks SET needs_review = FALSE, updated_at = :now WHERE project_id = :p "
                  "AND task_id = :t AND needs_review RETURNING last_history_id"_s,
            { { u"p"_s, projectId }, { u"t"_s, taskId }, { u"now"_s, store::utcValue(now) } });
    if (!cleared.ok())
        return cleared.error();
    if (!cleared.value().next())
        return core::Error::make(core::ErrorKind::Conflict, "already_resolved",
            QCoreApplication::translate(
                "mikro::domain::CreditingService", "This task is not waiting for a review."));
    return {};
}

/// An admin's approval: the mapper's credit and, unless self-validated or by someone without the
/// validator role or outside Mikro, the validator's (DESIGN.md §4).
core::Result<void> creditApproval(store::Transaction &tx, const TaskState &t, qint64 projectId,
    qint64 taskId, const std::optional<Person> &validator, const QString &key, const QDateTime &now,
    const QString &adminId)
{
    if (auto c = credit(tx, t, projectId, taskId, t.mapperUserId, LedgerKind::Mapping,
            t.mappingRate, key + u":mapping"_s, now, adminId);
        !c.ok())
        return c.error();
    const bool selfValidated = t.reviewReason == reviewReasonText(ReviewReason::SelfValidation);
    if (selfValidated || !validator || !isAtLeast(validator->role, Role::Validator))
        return {};
    return credit(tx, t, projectId, taskId, validator->id, LedgerKind::Validation, t.validationRate,
        key + u":validation"_s, now, adminId);
}

/// Records the event once: false when it was ingested before (the exactly-once guard).
core::Result<bool> recordEvent(store::Transaction &tx, const TaskEvent &event, const QDateTime &now)
{
    auto recorded = tx.exec(
        u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, "
        "action_at, ingested_at) VALUES (:p, :t, :h, :action, :actor, :at, :now) "
        "ON CONFLICT (project_id, task_id, history_id) DO NOTHING RETURNING id"_s,
        { { u"p"_s, event.projectId }, { u"t"_s, event.taskId }, { u"h"_s, event.historyId },
            { u"action"_s, event.action }, { u"actor"_s, event.actorUsername },
            { u"at"_s, store::utcValue(event.at) }, { u"now"_s, store::utcValue(now) } });
    if (!recorded.ok())
        return recorded.error();
    return recorded.value().next();
}

/// Runs the task's update for an event that pays nobody: Recorded.
core::Result<IngestOutcome> recordedBy(
    store::Transaction &tx, const QString &update, const QVariantMap &values)
{
    auto updated = tx.exec(update, values);
    if (!updated.ok())
        return updated.error();
    return IngestOutcome::Recorded;
}

/// The task, when it belongs to `orgId`; another organisation's task is an unknown one.
core::Result<TaskState> orgTask(
    store::Transaction &tx, qint64 projectId, qint64 taskId, const QString &orgId)
{
    auto task = loadTask(tx, projectId, taskId);
    if (task.ok() && task.value().orgId != orgId)
        return core::Error::make(core::ErrorKind::NotFound, "not_found",
            QCoreApplication::translate(
                "mikro::domain::CreditingService", "That task does not exist."));
    return task;
}

} // namespace

CreditingService::CreditingService(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<IngestOutcome> CreditingService::ingest(const TaskEvent &event) const
{
    return m_db.inTransaction([&](store::Transaction &tx) { return ingestIn(tx, event); });
}

core::Result<QList<IngestOutcome>> CreditingService::ingestAll(const QList<TaskEvent> &events) const
{
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<QList<IngestOutcome>> {
        QList<IngestOutcome> outcomes;
        for (const TaskEvent &event : events) {
            auto outcome = ingestIn(tx, event);
            if (!outcome.ok())
                return outcome.error();
            outcomes << outcome.value();
        }
        return outcomes;
    });
}

core::Result<IngestOutcome> CreditingService::ingestIn(
    store::Transaction &tx, const TaskEvent &event) const
{
    {
        const QDateTime now = m_clock.nowUtc();
        // Rates are snapshotted on the task the first time Mikro sees it.
        auto seen = tx.exec(
            u"INSERT INTO tasks (project_id, task_id, status, mapping_rate_cents, "
            "validation_rate_cents, updated_at) SELECT id, :t, 'READY', mapping_rate_cents, "
            "validation_rate_cents, :now FROM projects WHERE id = :p "
            "ON CONFLICT (project_id, task_id) DO NOTHING"_s,
            { { u"p"_s, event.projectId }, { u"t"_s, event.taskId },
                { u"now"_s, store::utcValue(now) } });
        if (!seen.ok())
            return seen.error();
        auto task = loadTask(tx, event.projectId, event.taskId);
        if (!task.ok())
            return task.error();
        // The event row is the exactly-once guard: a second ingestion inserts nothing and stops.
        auto recorded = recordEvent(tx, event, now);
        if (!recorded.ok())
            return recorded.error();
        if (!recorded.value())
            return IngestOutcome::AlreadyIngested;

        const TaskState &t = task.value();
        auto actor = personOf(tx, t.orgId, event.actorUsername, event.at);
        if (!actor.ok())
            return actor.error();
        const QString key
            = u"tm4:%1:%2:%3"_s.arg(event.projectId).arg(event.taskId).arg(event.historyId);
        const QVariantMap where { { u"p"_s, event.projectId }, { u"t"_s, event.taskId },
            { u"h"_s, event.historyId }, { u"now"_s, store::utcValue(now) },
            { u"at"_s, store::utcValue(event.at) }, { u"actor"_s, event.actorUsername },
            { u"uid"_s, textOrNull(actor.value() ? actor.value()->id : QString()) } };
        if (event.action == "MAPPED"_L1) {
            return recordedBy(tx,
                u"UPDATE tasks SET status = 'MAPPED', mapped_by = :actor, mapper_user_id = :uid, "
                "mapped_at = :at, validated_by = NULL, validator_user_id = NULL, "
                "validated_at = NULL, needs_review = FALSE, review_reason = NULL, "
                "last_history_id = :h, updated_at = :now WHERE project_id = :p AND task_id = :t"_s,
                where);
        }
        if (event.action != "VALIDATED"_L1 && event.action != "INVALIDATED"_L1) {
            QVariantMap status = where;
            status.insert(u"status"_s, event.action);
            return recordedBy(tx,
                u"UPDATE tasks SET status = :status, last_history_id = :h, updated_at = :now "
                "WHERE project_id = :p AND task_id = :t"_s,
                status);
        }
        const bool validated = event.action == "VALIDATED"_L1;
        auto reason = reviewReason(tx, event.projectId, t, event.actorUsername, actor.value());
        if (!reason.ok())
            return reason.error();
        // The review queue holds tasks whose mapper is a Mikro user (API.md §8): for anyone
        // else's mapping a decision could pay nobody, so such a task is recorded, not queued.
        const bool unreviewable = reason.value().has_value() && t.mapperUserId.isEmpty();
        if (unreviewable)
            reason.value().reset();
        QVariantMap state = where;
        state.insert(u"status"_s, event.action);
        state.insert(u"review"_s, reason.value().has_value());
        state.insert(u"reason"_s,
            textOrNull(reason.value() ? reviewReasonText(*reason.value()) : QString()));
        auto updated = tx.exec(
            u"UPDATE tasks SET status = :status, validated_by = :actor, validator_user_id = :uid, "
            "validated_at = :at, needs_review = :review, review_reason = :reason, "
            "last_history_id = :h, updated_at = :now WHERE project_id = :p AND task_id = :t"_s,
            state);
        if (!updated.ok())
            return updated.error();
        if (!validated) {
            if (auto reversed = reverseMappingCredit(tx, t, event.projectId, event.taskId, now);
                !reversed.ok())
                return reversed.error();
        }
        if (reason.value())
            return IngestOutcome::QueuedForReview;
        if (unreviewable)
            return IngestOutcome::Recorded;
        if (validated) {
            if (auto c = credit(tx, t, event.projectId, event.taskId, t.mapperUserId,
                    LedgerKind::Mapping, t.mappingRate, key + u":mapping"_s, now);
                !c.ok())
                return c.error();
        }
        if (auto c = credit(tx, t, event.projectId, event.taskId, actor.value()->id,
                LedgerKind::Validation, t.validationRate, key + u":validation"_s, now);
            !c.ok())
            return c.error();
        return IngestOutcome::Credited;
    }
}

core::Result<QList<ReviewItem>> CreditingService::reviewQueue(const Caller &caller) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::DecideReview); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QList<ReviewItem>> {
        auto rows = tx.exec(
            u"SELECT t.project_id, t.task_id, t.review_reason, COALESCE(t.mapped_by, ''), "
            "COALESCE(t.validated_by, ''), t.validated_at, p.name, p.url, t.mapping_rate_cents, "
            "t.mapper_user_id, TRIM(COALESCE(u.first_name, '') || ' ' || "
            "COALESCE(u.last_name, '')), t.validation_rate_cents, t.status "
            "FROM tasks t JOIN projects p ON p.id = t.project_id "
            "LEFT JOIN users u ON u.id = t.mapper_user_id "
            "WHERE p.org_id = :org AND t.needs_review "
            "AND t.mapper_user_id IS NOT NULL "
            "ORDER BY t.validated_at, t.project_id, t.task_id"_s,
            { { u"org"_s, caller.orgId } });
        if (!rows.ok())
            return rows.error();
        QList<ReviewItem> items;
        while (rows.value().next()) {
            const store::Rows &q = rows.value();
            items << ReviewItem { q.value(0).toLongLong(), q.value(1).toLongLong(),
                reviewReasonFromText(q.value(2).toString())
                    .value_or(ReviewReason::OutsideValidator),
                q.value(3).toString(), q.value(4).toString(),
                store::utcFromValue(q.value(5)).value_or(QDateTime()), q.value(6).toString(),
                q.value(7).toString(), core::Money(q.value(8).toLongLong()), q.value(9).toString(),
                q.value(10).toString(), core::Money(q.value(11).toLongLong()),
                q.value(12).toString() != "INVALIDATED"_L1 };
        }
        return items;
    });
}

core::Result<core::Money> CreditingService::decideReview(
    const Caller &caller, qint64 projectId, qint64 taskId, bool validate) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::DecideReview); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<core::Money> {
        const QDateTime now = m_clock.nowUtc();
        auto task = orgTask(tx, projectId, taskId, caller.orgId);
        if (!task.ok())
            return task.error();
        const TaskState &t = task.value();
        // Money to oneself needs a second admin (issue 10): nobody decides a task they mapped or
        // validated, whichever way.
        auto validator = personById(tx, t.orgId, t.validatorUserId);
        if (!validator.ok())
            return validator.error();
        if (t.mapperUserId == caller.userId
            || (validator.value() && validator.value()->id == caller.userId))
            return core::Error::make(core::ErrorKind::Forbidden, "own_account",
                QCoreApplication::translate("mikro::domain::CreditingService",
                    "Another admin has to decide on your own work."));
        if (auto cleared = clearReview(tx, projectId, taskId, now); !cleared.ok())
            return cleared.error();
        const QString key = u"review:%1:%2:%3"_s.arg(projectId).arg(taskId).arg(t.lastHistoryId);
        if (validate) {
            if (auto c = creditApproval(
                    tx, t, projectId, taskId, validator.value(), key, now, caller.userId);
                !c.ok())
                return c.error();
        }
        auto audited = AuditLog::record(tx, caller,
            validate ? u"review_validate"_s : u"review_invalidate"_s, u"task"_s,
            u"%1/%2"_s.arg(projectId).arg(taskId), { { u"reason"_s, t.reviewReason } }, now);
        if (!audited.ok())
            return audited.error();
        return core::Money(validate && !t.mapperUserId.isEmpty() ? t.mappingRate : 0);
    });
}

} // namespace mikro::domain
