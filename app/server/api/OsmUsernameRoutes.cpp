#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "app/server/api/UserRoutes.h"
#include "services/client/codec/JsonWriter.h"
#include "services/domain/people/OsmUsernames.h"
#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::OsmUsernameRoutes", text);
}

} // namespace

void addOsmUsernameRoutes(
    http::Router &router, const AuthGate &gate, const domain::OsmUsernames &usernames)
{
    addAction(router, gate, u"user"_s, u"fetch_osm_username_changes"_s,
        [&usernames](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto pending = usernames.pending(caller);
            if (!pending.ok())
                return pending.error();
            QList<client::JsonWriter> changes;
            for (const domain::UsernameChange &c : pending.value()) {
                client::JsonWriter change = client::JsonWriter::object();
                change.field(u"id"_s, c.id)
                    .field(u"user_id"_s, c.userId)
                    .field(u"user"_s, c.person)
                    .nullableText(u"osm_username"_s, c.currentName)
                    .field(u"requested_osm_username"_s, c.requestedName)
                    .time(u"requested_at"_s, c.requestedAt);
                changes << change;
            }
            return client::JsonWriter::success(tr("OSM username changes"))
                .array(u"changes"_s, changes);
        });

    addAction(router, gate, u"user"_s, u"decide_osm_username_change"_s,
        [&usernames](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto user = body.text(u"user_id"_s, Need::Required, 255);
            const auto approve = body.boolean(u"approve"_s);
            if (!user.ok())
                return user.error();
            if (!approve.ok() || !approve.value())
                return approve.ok() ? core::Error::make(core::ErrorKind::InvalidInput,
                           "missing_field", tr("Say whether to approve the change."))
                                          .withField(u"approve"_s)
                                    : approve.error();
            const bool yes = *approve.value();
            if (auto done = usernames.decide(caller, *user.value(), yes); !done.ok())
                return done.error();
            return client::JsonWriter::success(
                yes ? tr("OSM username change approved") : tr("OSM username change rejected"))
                .field(u"approved"_s, yes);
        });

    // The web front end's "Link your OSM account" (issue 15 §1, API.md §11.5): not built yet,
    // and said so by each of its four actions.
    for (const QString &action : { u"start"_s, u"callback"_s, u"status"_s, u"unlink"_s }) {
        addAction(router, gate, u"osm"_s, action,
            [](const JsonBody &, const http::Request &, const domain::Caller &) -> ActionResult {
                return core::Error::make(core::ErrorKind::NotImplemented, "not_implemented",
                    tr("Linking an OpenStreetMap account is not available yet. Enter your OSM "
                       "username in your profile instead; an admin approves a change of it."));
            });
    }
}

} // namespace mikro::server
