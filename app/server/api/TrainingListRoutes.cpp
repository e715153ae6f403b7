#include "app/server/api/TrainingListRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/TrainingCodec.h"
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

void addTrainingListRoutes(
    http::Router &router, const AuthGate &gate, const domain::TrainingCatalog &catalog)
{
    addAction(router, gate, u"training"_s, u"fetch_org_trainings"_s,
        [&catalog](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto all = catalog.orgTrainings(caller);
            if (!all.ok())
                return all.error();
            return listsAnswer(all.value(), true);
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
