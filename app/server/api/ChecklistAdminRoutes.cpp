#include "app/server/api/ChecklistAdminRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/FieldChecks.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "app/server/api/JsonWriter.h"
#include "services/domain/ChecklistAdmin.h"
#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::ChecklistAdminRoutes", text);
}

} // namespace

void addChecklistAdminRoutes(
    http::Router &router, const AuthGate &gate, const domain::ChecklistAdmin &admin)
{
    addAction(router, gate, u"checklist"_s, u"delete_checklist"_s,
        [&admin](const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto id = body.integer(u"checklist_id"_s, true);
            if (!id.ok())
                return errorResponse(id.error(), request.requestId);
            if (auto archived = admin.archive(caller, *id.value()); !archived.ok())
                return errorResponse(archived.error(), request.requestId);
            return JsonWriter::success(tr("Checklist deleted"))
                .field(u"deleted"_s, true)
                .response();
        });

    addAction(router, gate, u"checklist"_s, u"unassign_user_checklist"_s,
        [&admin](const JsonBody &body, const http::Request &request, const domain::Caller &caller) {
            const auto id = body.integer(u"checklist_id"_s, true);
            const auto user = body.text(u"user_id"_s, true, 255);
            if (auto e = firstError({ errorOf(id), errorOf(user) }))
                return errorResponse(*e, request.requestId);
            if (auto removed = admin.unassign(caller, *id.value(), *user.value()); !removed.ok())
                return errorResponse(removed.error(), request.requestId);
            return JsonWriter::success(tr("Checklist unassigned"))
                .field(u"unassigned"_s, true)
                .response();
        });
}

} // namespace mikro::server
