#include "app/server/api/ProjectRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/ProjectCodec.h"
#include "services/domain/projects/BudgetCalculator.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/projects/ProjectService.h"
#include "services/http/Router.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::ProjectRoutes", text);
}

/// A member cap from the body, or `fallback`; out-of-range values stay invalid (-1) for the
/// service to refuse, without overflowing an int.
int cap(std::optional<qint64> given, int fallback)
{
    return static_cast<int>(std::clamp<qint64>(given.value_or(fallback), -1, 100000));
}

ActionResult projectAnswer(const domain::ProjectDirectory &directory, const domain::Caller &caller,
    qint64 projectId, const QString &message)
{
    const auto rows = directory.orgProjects(caller, projectId);
    if (!rows.ok())
        return rows.error();
    return client::JsonWriter::success(message).nested(
        u"project"_s, client::writeProject(rows.value().constFirst()));
}

/// The caller's member projects with their own figures, and the ones they could join.
/// `validatorView` adds the validation counts and, as API.md keeps them, the original keys with
/// spaces beside their underscore twins.
ActionResult memberProjectsAnswer(
    const core::Result<domain::UserProjects> &mine, bool validatorView, const QString &message)
{
    if (!mine.ok())
        return mine.error();
    client::JsonWriter answer = client::JsonWriter::success(message);
    client::writeUserProjects(answer, mine.value(), validatorView);
    return answer;
}

} // namespace

void addProjectRoutes(http::Router &router, const AuthGate &gate, domain::ProjectService &projects,
    const domain::ProjectDirectory &directory, const domain::BudgetCalculator &budgets)
{
    addAsyncAction(router, gate, u"project"_s, u"create_project"_s,
        [&projects, &directory](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> QFuture<ActionResult> {
            const auto url = body.text(u"url"_s, Need::Required, 500);
            const auto mapping
                = body.money(u"mapping_rate"_s, Need::Required, core::SignPolicy::NonNegative);
            const auto validation
                = body.money(u"validation_rate"_s, Need::Required, core::SignPolicy::NonNegative);
            const auto maxEditors = body.integer(u"max_editors"_s, Need::Optional);
            const auto maxValidators = body.integer(u"max_validators"_s, Need::Optional);
            const auto visible = body.boolean(u"visibility"_s);
            const auto difficulty = body.text(u"difficulty"_s, Need::Optional, 50);
            if (auto e = fieldProblems(
                    { errorOf(url), errorOf(mapping), errorOf(validation), errorOf(maxEditors),
                        errorOf(maxValidators), errorOf(visible), errorOf(difficulty) }))
                return QtFuture::makeReadyFuture(ActionResult(*e));
            domain::ProjectForm form;
            form.url = *url.value();
            form.mappingRate = *mapping.value();
            form.validationRate = *validation.value();
            form.maxEditors = cap(maxEditors.value(), 5);
            form.maxValidators = cap(maxValidators.value(), 5);
            form.visible = visible.value().value_or(true);
            form.difficulty = difficulty.value().value_or(u"Medium"_s);
            return projects.create(caller, form)
                .then([&directory, caller](const core::Result<domain::Project> &made) {
                    if (!made.ok())
                        return ActionResult(made.error());
                    return projectAnswer(directory, caller, made.value().id, tr("Project created"));
                });
        });

    // Stores nothing: from TM4's task count for a URL, or the stored count of a project.
    addAsyncAction(router, gate, u"project"_s, u"calculate_budget"_s,
        [&budgets](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> QFuture<ActionResult> {
            const auto mapping
                = body.money(u"mapping_rate"_s, Need::Required, core::SignPolicy::NonNegative);
            const auto validation
                = body.money(u"validation_rate"_s, Need::Required, core::SignPolicy::NonNegative);
            const auto id = body.integer(u"project_id"_s, Need::Optional);
            const auto url = body.text(u"url"_s, Need::Optional, 500);
            if (auto e = fieldProblems(
                    { errorOf(mapping), errorOf(validation), errorOf(id), errorOf(url) }))
                return QtFuture::makeReadyFuture(ActionResult(*e));
            if (!id.value() && !url.value())
                return QtFuture::makeReadyFuture(
                    ActionResult(core::Error::make(core::ErrorKind::InvalidInput, "missing_field",
                        tr("Give the project's id or its Tasking Manager address."))
                                     .withField(u"project_id"_s)));
            auto estimate = id.value()
                ? budgets.forProject(caller, *id.value(), *mapping.value(), *validation.value())
                : budgets.forUrl(caller, *url.value(), *mapping.value(), *validation.value());
            return estimate.then(
                [](const core::Result<domain::BudgetEstimate> &made) -> ActionResult {
                    if (!made.ok())
                        return made.error();
                    return client::JsonWriter::success(tr("Budget calculated"))
                        .field(u"calculation"_s, made.value().calculation())
                        .field(u"total_tasks"_s, qint64(made.value().totalTasks))
                        .money(u"budget"_s, made.value().budget)
                        .field(u"currency"_s, made.value().currency)
                        .field(u"name"_s, made.value().name);
                });
        });

    addAction(router, gate, u"project"_s, u"update_project"_s,
        [&projects, &directory](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"project_id"_s, Need::Required);
            const auto mapping
                = body.money(u"mapping_rate"_s, Need::Optional, core::SignPolicy::NonNegative);
            const auto validation
                = body.money(u"validation_rate"_s, Need::Optional, core::SignPolicy::NonNegative);
            const auto maxEditors = body.integer(u"max_editors"_s, Need::Optional);
            const auto maxValidators = body.integer(u"max_validators"_s, Need::Optional);
            const auto active = body.boolean(u"project_status"_s);
            if (auto e = fieldProblems({ errorOf(id), errorOf(mapping), errorOf(validation),
                    errorOf(maxEditors), errorOf(maxValidators), errorOf(active) }))
                return *e;
            const auto visible = body.boolean(u"visibility"_s);
            const auto difficulty = body.text(u"difficulty"_s, Need::Optional, 50);
            const auto completed = body.boolean(u"completed"_s);
            if (auto e
                = fieldProblems({ errorOf(visible), errorOf(difficulty), errorOf(completed) }))
                return *e;
            const domain::ProjectListing listing { visible.value(), difficulty.value(),
                completed.value() };
            const qint64 projectId = *id.value();
            domain::ProjectEdit edit;
            edit.mappingRate = mapping.value();
            edit.validationRate = validation.value();
            if (maxEditors.value())
                edit.maxEditors = cap(maxEditors.value(), 0);
            if (maxValidators.value())
                edit.maxValidators = cap(maxValidators.value(), 0);
            edit.active = active.value();
            edit.listing = listing;
            // One transaction: a refusal anywhere changes nothing.
            if (auto updated = projects.update(caller, projectId, edit); !updated.ok())
                return updated.error();
            return projectAnswer(directory, caller, projectId, tr("Project updated"));
        });

    addAction(router, gate, u"project"_s, u"delete_project"_s,
        [&projects](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"project_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            if (auto removed = projects.remove(caller, *id.value()); !removed.ok())
                return removed.error();
            return client::JsonWriter::success(tr("Project %1 deleted").arg(*id.value()));
        });

    addAction(router, gate, u"project"_s, u"fetch_org_projects"_s,
        [&directory](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto rows = directory.orgProjects(caller);
            if (!rows.ok())
                return rows.error();
            QList<client::JsonWriter> active;
            QList<client::JsonWriter> inactive;
            for (const domain::ProjectRow &row : rows.value())
                (row.active ? active : inactive) << client::writeProject(row);
            return client::JsonWriter::success(tr("Organisation projects"))
                .array(u"org_active_projects"_s, active)
                .array(u"org_inactive_projects"_s, inactive);
        });

    addAction(router, gate, u"project"_s, u"fetch_user_projects"_s,
        [&directory](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            return memberProjectsAnswer(directory.userProjects(caller), false, tr("Your projects"));
        });

    addAction(router, gate, u"project"_s, u"fetch_validator_projects"_s,
        [&directory](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            return memberProjectsAnswer(
                directory.validatorProjects(caller), true, tr("Validator projects"));
        });
}

} // namespace mikro::server
