#include "app/server/api/ChecklistListRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/ChecklistCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/domain/checklists/ChecklistBoard.h"
#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::ChecklistListRoutes", text);
}

/// The caller's own lists (API.md `fetch_user_checklists`).
core::Result<client::JsonWriter> ownLists(
    const domain::ChecklistBoard &board, const domain::Caller &caller, const QString &message)
{
    const auto mine = board.mine(caller);
    if (!mine.ok())
        return mine.error();
    const auto startable = board.available(caller);
    if (!startable.ok())
        return startable.error();
    client::JsonWriter out = client::JsonWriter::success(message);
    client::writeOwnChecklists(out, domain::OwnChecklists { mine.value(), startable.value() });
    return out;
}

} // namespace

void addChecklistListRoutes(
    http::Router &router, const AuthGate &gate, const domain::ChecklistBoard &board)
{
    addAction(router, gate, u"checklist"_s, u"fetch_user_checklists"_s,
        [&board](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto out = ownLists(board, caller, tr("Your checklists"));
            if (!out.ok())
                return out.error();
            return out.value();
        });

    addAction(router, gate, u"checklist"_s, u"fetch_validator_checklists"_s,
        [&board](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto others = board.others(caller);
            if (!others.ok())
                return others.error();
            auto out = ownLists(board, caller, tr("Validator checklists"));
            if (!out.ok())
                return out.error();
            client::writeOthersChecklists(out.value(), others.value());
            return out.value();
        });

    // Issue 10 #13: the lists carry an instance's newest comments; older ones page from here.
    addAction(router, gate, u"checklist"_s, u"fetch_checklist_comments"_s,
        [&board](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto id = body.integer(u"checklist_id"_s, Need::Required);
            const auto before = body.integer(u"before_id"_s, Need::Optional);
            const auto limit = body.integer(u"limit"_s, Need::Optional);
            for (const auto *field : { &id, &before, &limit })
                if (!field->ok())
                    return field->error();
            const auto page = board.commentPage(caller, *id.value(), before.value().value_or(0),
                static_cast<int>(
                    qBound(qint64(1), limit.value().value_or(qint64(50)), qint64(100))));
            if (!page.ok())
                return page.error();
            client::JsonWriter out = client::JsonWriter::success(tr("Comments"));
            client::writeCommentPage(out, page.value());
            return out;
        });

    addAction(router, gate, u"checklist"_s, u"fetch_admin_checklists"_s,
        [&board](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto templates = board.templates(caller);
            if (!templates.ok())
                return templates.error();
            const auto others = board.others(caller);
            if (!others.ok())
                return others.error();
            QList<client::JsonWriter> active;
            QList<client::JsonWriter> inactive;
            for (const domain::TemplateView &t : templates.value())
                (t.active ? active : inactive) << client::writeTemplate(t);
            client::JsonWriter out = client::JsonWriter::success(tr("Checklists"));
            out.array(u"active_checklists"_s, active).array(u"inactive_checklists"_s, inactive);
            client::writeOthersChecklists(out, others.value());
            return out;
        });
}

} // namespace mikro::server
