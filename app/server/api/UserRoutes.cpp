#include "app/server/api/UserRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/AuthGate.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "services/client/codec/AccountCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/domain/people/IdentityService.h"
#include "services/domain/people/OsmUsernames.h"
#include "services/domain/people/PeopleService.h"
#include "services/http/Router.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

client::JsonWriter loginAnswer(const domain::UserProfile &p)
{
    client::JsonWriter out = client::JsonWriter::success(
        QCoreApplication::translate("mikro::server", "Login successful"));
    client::writeLoginAnswer(out, p);
    return out;
}

} // namespace

void addUserRoutes(http::Router &router, const AuthGate &gate,
    const domain::IdentityService &identity, const domain::PeopleService &people,
    const domain::OsmUsernames &usernames)
{
    const http::Handler login = gate.protectClaims(
        [&identity](const http::Request &request, const domain::SignInClaims &claims) {
            const auto profile = identity.signIn(claims);
            return profile.ok() ? jsonResponse(loginAnswer(profile.value()))
                                : errorResponse(profile.error(), request.requestId);
        });
    for (const QString &prefix : { u"/api"_s, QString() })
        router.add("POST", prefix + u"/login"_s, login);

    const Action details = [&identity, &usernames](const JsonBody &, const http::Request &,
                               const domain::Caller &caller) -> ActionResult {
        const auto result = identity.details(caller);
        if (!result.ok())
            return result.error();
        const auto pending = usernames.pendingOf(caller);
        if (!pending.ok())
            return pending.error();
        const auto &[profile, figures] = result.value();
        client::JsonWriter out = client::JsonWriter::success(
            QCoreApplication::translate("mikro::server", "User details"));
        client::writeAccountDetails(out, { profile, figures, pending.value().value_or(QString()) });
        return out;
    };
    addAction(router, gate, u"user"_s, u"fetch_user_details"_s, details);

    // Onboarding (DESIGN.md §4): allowed before onboarding and without an organisation.
    addAction(router, gate, u"user"_s, u"first_login_update"_s,
        [&people, &identity](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto osm = body.text(u"osm_username"_s, Need::Required, 255);
            const auto email = body.text(u"payment_email"_s, Need::Required, 255);
            const auto city = body.text(u"city"_s, Need::Required, 255);
            const auto country = body.text(u"country"_s, Need::Required, 255);
            auto terms = body.boolean(u"terms_agreement"_s);
            if (terms.ok() && !terms.value().has_value()) // API.md §1.9 synonym
                terms = body.boolean(u"terms_accepted"_s);
            for (const core::Error *e :
                { osm.ok() ? nullptr : &osm.error(), email.ok() ? nullptr : &email.error(),
                    city.ok() ? nullptr : &city.error(), country.ok() ? nullptr : &country.error(),
                    terms.ok() ? nullptr : &terms.error() }) {
                if (e)
                    return *e;
            }
            domain::OnboardingForm form { *osm.value(), *email.value(), *city.value(),
                *country.value(), terms.value().value_or(false), {} };
            const auto done = people.onboard(caller, form);
            if (!done.ok())
                return done.error();
            const auto current = identity.details(caller);
            if (!current.ok())
                return current.error();
            return client::JsonWriter::success(
                QCoreApplication::translate("mikro::server", "User Updated"))
                .field(u"needs_onboarding"_s, current.value().first.needsOnboarding())
                .nullableText(
                    u"osm_username_pending"_s, done.value().osmUsernamePending.value_or(QString()));
        });
}

} // namespace mikro::server
