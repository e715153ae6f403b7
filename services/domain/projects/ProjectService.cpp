#include "services/domain/projects/ProjectService.h"

#include "services/core/Clock.h"
#include "services/domain/audit/AuditLog.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/store/Database.h"
#include "services/store/SqlValues.h"

#include <QCoreApplication>
#include <QPromise>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

core::Error failure(core::ErrorKind kind, QByteArray code, const char *message)
{
    return core::Error::make(kind, std::move(code),
        QCoreApplication::translate("mikro::domain::ProjectService", message));
}

} // namespace

core::Result<void> ProjectService::checkRates(core::Money mapping, core::Money validation)
{
    if (mapping < core::Money(1) || validation < core::Money(1))
        return failure(core::ErrorKind::Refused, "rate_too_low",
            QT_TRANSLATE_NOOP("mikro::domain::ProjectService", "Rates must be at least 0.01."));
    return {};
}

core::Result<core::Money> ProjectService::budgetOf(
    core::Money mapping, core::Money validation, int tasks)
{
    // DESIGN.md §4: the same formula on create and edit, in checked integer arithmetic.
    const auto perTask = mapping.plus(validation);
    const auto budget = perTask ? perTask->times(tasks) : std::nullopt;
    if (!budget)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_amount",
            QCoreApplication::translate(
                "mikro::domain::ProjectService", "The budget is too large."));
    return *budget;
}

core::Result<void> ProjectService::refreshFromTm4(
    store::Database &db, qint64 projectId, const Tm4ProjectSummary &summary)
{
    return db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto rates = tx.exec(u"SELECT mapping_rate_cents, validation_rate_cents FROM projects "
                             "WHERE id = :id"_s
                + tx.forUpdate(),
            { { u"id"_s, projectId } });
        if (!rates.ok())
            return rates.error();
        if (!rates.value().next())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::domain::ProjectService", "That project does not exist."));
        const auto budget = budgetOf(core::Money(rates.value().value(0).toLongLong()),
            core::Money(rates.value().value(1).toLongLong()), summary.totalTasks);
        if (!budget.ok())
            return budget.error();
        auto updated = tx.exec(u"UPDATE projects SET name = :name, total_tasks = :tasks, "
                               "budget_cents = :budget WHERE id = :id"_s,
            { { u"name"_s, summary.name.left(255) }, { u"tasks"_s, summary.totalTasks },
                { u"budget"_s, budget.value().cents() }, { u"id"_s, projectId } });
        if (!updated.ok())
            return updated.error();
        return {};
    });
}

ProjectService::ProjectService(store::Database &db, const core::Clock &clock, Tm4ProjectSource &tm4)
    : m_db(db)
    , m_clock(clock)
    , m_tm4(tm4)
{
}

core::Result<qint64> ProjectService::projectIdFromUrl(const QString &text)
{
    static const QRegularExpression trailingNumber(u"/(\\d{1,12})/?$"_s);
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto match = trailingNumber.match(url.path());
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        || url.host().isEmpty() || text.size() > 500 || !match.hasMatch()
        || match.captured(1).toLongLong() <= 0)
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate("mikro::domain::ProjectService",
                "Paste the Tasking Manager project's address, ending "
                "in its number."))
            .withField(u"url"_s);
    return match.captured(1).toLongLong();
}

QFuture<core::Result<Project>> ProjectService::create(const Caller &caller, const ProjectForm &form)
{
    auto ready
        = [](const core::Error &e) { return QtFuture::makeReadyFuture(core::Result<Project>(e)); };
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return ready(allowed.error());
    const auto id = projectIdFromUrl(form.url);
    if (!id.ok())
        return ready(id.error());
    if (auto rates = checkRates(form.mappingRate, form.validationRate); !rates.ok())
        return ready(rates.error());
    if (form.maxEditors < 0 || form.maxValidators < 0)
        return ready(core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate(
                "mikro::domain::ProjectService", "Limits cannot be negative."))
                         .withField(u"max_editors"_s));
    auto promise = std::make_shared<QPromise<core::Result<Project>>>();
    promise->start();
    QFuture<core::Result<Project>> future = promise->future();
    // Read TM4 first (no transaction is held while the network answers), then write on the pool.
    m_tm4.projectSummary(id.value())
        .then([this, promise, caller, form, projectId = id.value()](
                  const core::Result<Tm4ProjectSummary> &summary) {
            if (!summary.ok()) {
                promise->addResult(summary.error());
                promise->finish();
                return;
            }
            static_cast<void>(
                QtConcurrent::run(&m_db.pool(), [this, promise, caller, form, projectId, summary] {
                    promise->addResult(createIn(caller, form, projectId, summary.value()));
                    promise->finish();
                }));
        });
    return future;
}

core::Result<Project> ProjectService::createIn(const Caller &caller, const ProjectForm &form,
    qint64 projectId, const Tm4ProjectSummary &summary) const
{
    const auto budget = budgetOf(form.mappingRate, form.validationRate, summary.totalTasks);
    if (!budget.ok())
        return budget.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<Project> {
        const QDateTime now = m_clock.nowUtc();
        auto inserted = tx.exec(
            u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
            u"validation_rate_cents, "
            "budget_cents, max_editors, max_validators, difficulty, visible, active, total_tasks, "
            "created_by, created_at) VALUES (:id, :org, :name, :url, :mapping, :validation, "
            ":budget, :editors, :validators, :difficulty, :visible, FALSE, :tasks, :me, :now)"_s,
            { { u"id"_s, projectId }, { u"org"_s, caller.orgId },
                { u"name"_s, summary.name.left(255) }, { u"url"_s, form.url.trimmed() },
                { u"mapping"_s, form.mappingRate.cents() },
                { u"validation"_s, form.validationRate.cents() },
                { u"budget"_s, budget.value().cents() }, { u"editors"_s, form.maxEditors },
                { u"validators"_s, form.maxValidators }, { u"difficulty"_s, form.difficulty },
                { u"visible"_s, form.visible }, { u"tasks"_s, summary.totalTasks },
                { u"me"_s, caller.userId }, { u"now"_s, store::utcValue(now) } });
        if (!inserted.ok()) {
            if (inserted.error().cause == core::Cause::DuplicateKey)
                return failure(core::ErrorKind::Conflict, "project_exists",
                    QT_TRANSLATE_NOOP(
                        "mikro::domain::ProjectService", "That project is already in Mikro."));
            return inserted.error();
        }
        auto audited = AuditLog::record(tx, caller, u"create_project"_s, u"project"_s,
            QString::number(projectId), { { u"budget_cents"_s, budget.value().cents() } }, now);
        if (!audited.ok())
            return audited.error();
        return ProjectRepository::load(tx, caller.orgId, projectId);
    });
}

core::Result<Project> ProjectService::project(const Caller &caller, qint64 projectId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ViewProjects); !allowed.ok())
        return allowed.error();
    return m_db.inReadTransaction([&](store::Transaction &tx) {
        return ProjectRepository::load(tx, caller.orgId, projectId);
    });
}

core::Result<void> ProjectService::update(
    const Caller &caller, qint64 projectId, const ProjectEdit &edit) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    if (auto valid = checkListing(edit.listing); !valid.ok())
        return valid.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto current = ProjectRepository::load(
            tx, caller.orgId, projectId, ProjectRepository::Lock::ForUpdate);
        if (!current.ok())
            return current.error();
        const Project &p = current.value();
        if (edit.mappingRate || edit.validationRate || edit.maxEditors || edit.maxValidators) {
            const core::Money mapping = edit.mappingRate.value_or(p.mappingRate);
            const core::Money validation = edit.validationRate.value_or(p.validationRate);
            if (auto rates = checkRates(mapping, validation); !rates.ok())
                return rates.error();
            if (auto done = ratesIn(tx, caller, p, mapping, validation,
                    edit.maxEditors.value_or(p.maxEditors),
                    edit.maxValidators.value_or(p.maxValidators));
                !done.ok())
                return done.error();
        }
        if (edit.active) {
            if (auto done = activeIn(tx, caller, projectId, *edit.active); !done.ok())
                return done.error();
        }
        if (edit.listing.visible || edit.listing.difficulty || edit.listing.completed)
            return listingIn(tx, caller, projectId, edit.listing);
        return {};
    });
}

core::Result<void> ProjectService::ratesIn(store::Transaction &tx, const Caller &caller,
    const Project &current, core::Money mappingRate, core::Money validationRate, int maxEditors,
    int maxValidators) const
{
    const qint64 projectId = current.id;
    for (const auto &[cap, role] : { std::pair(maxEditors, MemberRole::Editor),
             std::pair(maxValidators, MemberRole::Validator) }) {
        auto members = ProjectRepository::memberCount(tx, projectId, role);
        if (!members.ok())
            return members.error();
        if (cap < 0 || (cap > 0 && cap < members.value())) {
            core::Error e = failure(core::ErrorKind::Refused, "cap_below_members",
                QT_TRANSLATE_NOOP("mikro::domain::ProjectService",
                    "The limit is below the people already assigned."));
            e.details.insert(u"members"_s, members.value());
            return e;
        }
    }
    const auto budget = budgetOf(mappingRate, validationRate, current.totalTasks);
    if (!budget.ok())
        return budget.error();
    auto updated
        = tx.exec(u"UPDATE projects SET mapping_rate_cents = :m, validation_rate_cents = :v, "
                  "budget_cents = :b, max_editors = :e, max_validators = :va WHERE id = :id"_s,
            { { u"m"_s, mappingRate.cents() }, { u"v"_s, validationRate.cents() },
                { u"b"_s, budget.value().cents() }, { u"e"_s, maxEditors },
                { u"va"_s, maxValidators }, { u"id"_s, projectId } });
    if (!updated.ok())
        return updated.error();
    return AuditLog::record(tx, caller, u"update_project"_s, u"project"_s,
        QString::number(projectId),
        { { u"mapping_rate_cents"_s, mappingRate.cents() },
            { u"validation_rate_cents"_s, validationRate.cents() } },
        m_clock.nowUtc());
}

core::Result<void> ProjectService::checkListing(const ProjectListing &listing)
{
    const QString difficulty = listing.difficulty.value_or(QString()).trimmed();
    if (listing.difficulty && (difficulty.isEmpty() || difficulty.size() > 50))
        return failure(core::ErrorKind::InvalidInput, "invalid_field",
            QT_TRANSLATE_NOOP(
                "mikro::domain::ProjectService", "Give a difficulty of 1 to 50 characters."))
            .withField(u"difficulty"_s);
    return {};
}

core::Result<void> ProjectService::listingIn(store::Transaction &tx, const Caller &caller,
    qint64 projectId, const ProjectListing &listing) const
{
    const QString difficulty = listing.difficulty.value_or(QString()).trimmed();
    QStringList sets;
    QVariantMap values { { u"id"_s, projectId }, { u"org"_s, caller.orgId } };
    QVariantMap audited;
    if (listing.visible) {
        sets << u"visible = :visible"_s;
        values.insert(u"visible"_s, *listing.visible);
        audited.insert(u"visible"_s, *listing.visible);
    }
    if (listing.difficulty) {
        sets << u"difficulty = :difficulty"_s;
        values.insert(u"difficulty"_s, difficulty);
        audited.insert(u"difficulty"_s, difficulty);
    }
    if (listing.completed) {
        sets << u"completed = :completed"_s;
        values.insert(u"completed"_s, *listing.completed);
        audited.insert(u"completed"_s, *listing.completed);
    }
    auto updated
        = tx.exec(u"UPDATE projects SET "_s + (sets.isEmpty() ? u"id = id"_s : sets.join(u", "_s))
                + u" WHERE id = :id AND org_id = :org RETURNING id"_s,
            values);
    if (!updated.ok())
        return updated.error();
    if (!updated.value().next())
        return ProjectRepository::notFound();
    if (audited.isEmpty())
        return {};
    return AuditLog::record(tx, caller, u"update_project"_s, u"project"_s,
        QString::number(projectId), audited, m_clock.nowUtc());
}

core::Result<void> ProjectService::setActive(
    const Caller &caller, qint64 projectId, bool active) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction(
        [&](store::Transaction &tx) { return activeIn(tx, caller, projectId, active); });
}

core::Result<void> ProjectService::activeIn(
    store::Transaction &tx, const Caller &caller, qint64 projectId, bool active) const
{
    auto updated = tx.exec(
        u"UPDATE projects SET active = :a WHERE id = :id AND org_id = :org RETURNING id"_s,
        { { u"a"_s, active }, { u"id"_s, projectId }, { u"org"_s, caller.orgId } });
    if (!updated.ok())
        return updated.error();
    if (!updated.value().next())
        return ProjectRepository::notFound();
    return AuditLog::record(tx, caller, active ? u"activate_project"_s : u"deactivate_project"_s,
        u"project"_s, QString::number(projectId), {}, m_clock.nowUtc());
}

core::Result<void> ProjectService::remove(const Caller &caller, qint64 projectId) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    return m_db.inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto current = ProjectRepository::load(
            tx, caller.orgId, projectId, ProjectRepository::Lock::ForUpdate);
        if (!current.ok())
            return current.error();
        auto entries = tx.exec(u"SELECT COUNT(*) FROM ledger_entries WHERE project_id = :id"_s,
            { { u"id"_s, projectId } });
        if (!entries.ok())
            return entries.error();
        entries.value().next();
        if (entries.value().value(0).toLongLong() > 0)
            return failure(core::ErrorKind::Refused, "project_has_ledger",
                QT_TRANSLATE_NOOP("mikro::domain::ProjectService",
                    "People were paid for this project; deactivate it instead."));
        auto deleted
            = tx.exec(u"DELETE FROM projects WHERE id = :id"_s, { { u"id"_s, projectId } });
        if (!deleted.ok())
            return deleted.error();
        return AuditLog::record(tx, caller, u"delete_project"_s, u"project"_s,
            QString::number(projectId), {}, m_clock.nowUtc());
    });
}

} // namespace mikro::domain
