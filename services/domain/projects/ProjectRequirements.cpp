#include "services/domain/projects/ProjectRequirements.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error notFound(const char *message)
{
    return core::Error::make(core::ErrorKind::NotFound, "not_found",
        QCoreApplication::translate("mikro::domain::ProjectRequirements", message));
}

} // namespace

ProjectRequirements::ProjectRequirements(store::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<QList<qint64>> ProjectRequirements::setRequiredTrainings(
    const Caller &caller, qint64 projectId, const QList<qint64> &trainingIds) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    QList<qint64> ids = trainingIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() > MaxTrainings || (!ids.isEmpty() && ids.constFirst() <= 0))
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate("mikro::domain::ProjectRequirements",
                "Give at most 50 training ids, each a positive number."))
            .withField(u"training_ids"_s);
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<QList<qint64>> {
        // The project row is the lock: two replacements of one set happen one after the other.
        auto project
            = tx.exec(u"SELECT 1 FROM projects WHERE id = :id AND org_id = :org"_s + tx.forUpdate(),
                { { u"id"_s, projectId }, { u"org"_s, caller.orgId } });
        if (!project.ok())
            return project.error();
        if (!project.value().next())
            return notFound(QT_TRANSLATE_NOOP(
                "mikro::domain::ProjectRequirements", "That project does not exist."));
        for (qint64 id : ids) {
            // Shared lock: archiving the training waits until this set is written.
            auto training = tx.exec(u"SELECT 1 FROM trainings WHERE id = :id AND org_id = :org "
                                    "AND archived_at IS NULL"_s
                    + tx.forShare(),
                { { u"id"_s, id }, { u"org"_s, caller.orgId } });
            if (!training.ok())
                return training.error();
            if (!training.value().next())
                return notFound(QT_TRANSLATE_NOOP("mikro::domain::ProjectRequirements",
                                    "That training does not exist."))
                    .withField(u"training_ids"_s);
        }
        auto cleared = tx.exec(
            u"DELETE FROM project_trainings WHERE project_id = :id"_s, { { u"id"_s, projectId } });
        if (!cleared.ok())
            return cleared.error();
        QVariantList recorded;
        for (qint64 id : ids) {
            auto added = tx.exec(u"INSERT INTO project_trainings (project_id, training_id) "
                                 "VALUES (:p, :t)"_s,
                { { u"p"_s, projectId }, { u"t"_s, id } });
            if (!added.ok())
                return added.error();
            recorded << id;
        }
        auto audited = AuditLog::record(tx, caller, u"set_required_trainings"_s, u"project"_s,
            QString::number(projectId), { { u"training_ids"_s, recorded } }, m_clock.nowUtc());
        if (!audited.ok())
            return audited.error();
        return ids;
    });
}

} // namespace mikro::domain
