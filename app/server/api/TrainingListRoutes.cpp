#include "app/server/api/TrainingListRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/TrainingCodec.h"
#include "services/core/Clock.h"
#include "services/domain/training/TrainingCatalog.h"
#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::TrainingListRoutes", text);
}

/// The three lists by type (API.md §2 Training); in the person's view only the trainings not yet
/// completed, the completed ones in `user_completed_trainings`.
client::JsonWriter listsAnswer(const QList<domain::TrainingView> &all, bool adminView)
{
    client::JsonWriter out = client::JsonWriter::success(tr("Trainings"));
    client::writeTrainingLists(out, all, adminView);
    return out;
}

} // namespace

void addTrainingListRoutes(http::Router &router, const AuthGate &gate,
    const domain::TrainingCatalog &catalog, const core::Clock &clock)
{
    addAction(router, gate, u"training"_s, u"fetch_org_trainings"_s,
        [&catalog, &clock](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto all = catalog.orgTrainings(caller, clock.nowUtc());
            if (!all.ok())
                return all.error();
            return listsAnswer(all.value(), true);
        });

    // An addition: each person's attempts, best score and pass at one training (UI.md §5.6).
    addAction(router, gate, u"training"_s, u"fetch_training_results"_s,
        [&catalog](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"training_id"_s, Need::Required);
            if (!id.ok())
                return id.error();
            const auto results = catalog.results(caller, *id.value());
            if (!results.ok())
                return results.error();
            client::JsonWriter out = client::JsonWriter::success(tr("Training results"));
            client::writeTrainingResults(out, results.value());
            return out;
        });

    addAction(router, gate, u"training"_s, u"fetch_user_trainings"_s,
        [&catalog](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto all = catalog.personTrainings(caller);
            if (!all.ok())
                return all.error();
            return listsAnswer(all.value(), false);
        });
}

} // namespace mikro::server
