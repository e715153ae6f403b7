#include "app/server/api/UserRoutes.h"

#include "app/server/api/ActionRoute.h"
#include "app/server/api/AuthGate.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
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
    return client::JsonWriter::success(
        QCoreApplication::translate("mikro::server", "Login successful"))
        .field(u"id"_s, p.id)
        .field(u"name"_s, p.fullName())
        .nullableText(u"email"_s, p.email)
        .field(u"role"_s, domain::roleText(p.role))
        .nullableText(u"osm_username"_s, p.osmUsername)
        .nullableText(u"payment_email"_s, p.paymentEmail)
        .nullableText(u"city"_s, p.city)
        .nullableText(u"country"_s, p.country)
        .field(u"needs_onboarding"_s, p.needsOnboarding())
        .nullableText(u"org_id"_s, p.orgId)
        .time(u"terms_accepted_at"_s, p.termsAcceptedAt);
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
        const auto &[p, figures] = result.value();
        return client::JsonWriter::success(
            QCoreApplication::translate("mikro::server", "User details"))
            .field(u"role"_s, domain::roleText(p.role))
            .nullableText(u"first_name"_s, p.firstName)
            .nullableText(u"last_name"_s, p.lastName)
            .field(u"full_name"_s, p.fullName())
            .nullableText(u"osm_username"_s, p.osmUsername)
            .nullableText(u"osm_username_pending"_s, pending.value().value_or(QString()))
            .nullableText(u"city"_s, p.city)
            .nullableText(u"country"_s, p.country)
            .nullableText(u"email"_s, p.email)
            .nullableText(u"payment_email"_s, p.paymentEmail)
            .nullableText(u"org_id"_s, p.orgId)
            .time(u"terms_accepted_at"_s, p.termsAcceptedAt)
            .field(u"mapper_points"_s, qint64(p.mapperPoints))
            .field(u"validator_points"_s, qint64(p.validatorPoints))
            .field(u"special_project_points"_s, qint64(p.specialProjectPoints))
            .field(u"total_tasks_mapped"_s, qint64(figures.tasksMapped))
            .field(u"total_tasks_validated"_s, qint64(figures.tasksValidated))
            .money(u"total_payout"_s, figures.paid)
            .money(u"payable"_s, figures.payable)
            .field(u"currency"_s, figures.currency);
    };
    for (const QString &action : { u"fetch_user_details"_s, u"fetch_user_profile"_s })
        addAction(router, gate, u"user"_s, action, details);

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
