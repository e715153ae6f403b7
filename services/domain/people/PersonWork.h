#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"
#include "services/domain/projects/ProjectRepository.h"
#include "services/domain/training/TrainingType.h"

#include <QDateTime>
#include <QList>

namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// One of a person's memberships with what they did there.
struct PersonProject
{
    qint64 projectId = 0;
    QString name;
    bool active = false; ///< the project's
    MemberRole role = MemberRole::Editor;
    QDateTime assignedAt;
    int tasksMapped = 0;
    int tasksValidated = 0;
    core::Money earned; ///< mapping and validation on the project, net of reversals
    bool operator==(const PersonProject &) const = default;
};

/// A training module the person passed.
struct PersonTraining
{
    qint64 trainingId = 0;
    QString title;
    TrainingType type = TrainingType::Mapping;
    int points = 0;
    QDateTime completedAt;
    bool operator==(const PersonTraining &) const = default;
};

/// One of the person's checklists and how far it is.
struct PersonChecklist
{
    qint64 id = 0; ///< the person's checklist (user_checklists.id)
    QString name;
    int items = 0;
    int done = 0;
    int confirmed = 0;
    QDateTime startedAt;
    bool completed = false;
    bool fullyConfirmed = false;
    bool operator==(const PersonChecklist &) const = default;
};

/// What a person does in the organisation (UI.md §5.2 detail tabs Projects, Training,
/// Checklists).
struct PersonWork
{
    QList<PersonProject> projects; ///< by project name
    QList<PersonTraining> trainings; ///< newest first
    QList<PersonChecklist> checklists; ///< newest first
    bool operator==(const PersonWork &) const = default;
};

/// Reads a person's work for an admin of their organisation; NotFound for anyone else's, the
/// same as for an id that does not exist.
class PersonWorkQuery
{
public:
    explicit PersonWorkQuery(store::Database &db);

    [[nodiscard]] core::Result<PersonWork> of(const Caller &caller, const QString &userId) const;

private:
    store::Database &m_db;
};

} // namespace mikro::domain
