#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace mikro::tm4 {

/// One task as the task list shows it (`GET /projects/{id}/tasks/?as_file=false`).
struct TaskState
{
    qint64 taskId = 0;
    QString status; ///< taskStatus: READY, MAPPED, VALIDATED, LOCKED_FOR_MAPPING, …
    QString mappedBy; ///< when the server includes it (forks do; HOT's list does not): else empty
};

/// One STATE_CHANGE row of a task history: `actionText` is the state the task entered.
struct StateChange
{
    qint64 historyId = 0;
    QString state; ///< MAPPED, VALIDATED, INVALIDATED, BADIMAGERY, SPLIT, READY, ARCHIVED
    QString actor; ///< actionBy, the OSM username
    QDateTime at; ///< actionDate, UTC
};

/// A task with its history (`GET /projects/{id}/tasks/{task}/`), STATE_CHANGE rows only, newest
/// first as TM4 sends them.
struct TaskDetail
{
    qint64 taskId = 0;
    QString status;
    QList<StateChange> stateChanges;
};

/// One person in `GET /projects/{id}/contributions/`: a snapshot of who touched which tasks, not a
/// history (invalidation clears mapper and validator there), so Mikro never credits from it.
struct Contribution
{
    QString username;
    QList<qint64> mappedTasks;
    QList<qint64> validatedTasks;
};

} // namespace mikro::tm4
