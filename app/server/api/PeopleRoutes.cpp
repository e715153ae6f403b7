#include "app/server/api/ActionRoute.h"
#include "app/server/api/HttpErrors.h"
#include "app/server/api/JsonBody.h"
#include "app/server/api/UserRoutes.h"
#include "services/client/codec/AuditEntryCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/OrgSettingsCodec.h"
#include "services/client/codec/PersonCodec.h"
#include "services/client/codec/PersonWorkCodec.h"
#include "services/core/UtcTime.h"
#include "services/domain/audit/AuditTrail.h"
#include "services/domain/people/IdentityService.h"
#include "services/domain/people/OrganisationSettings.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/people/PersonWork.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mikro::server {

namespace {

const QString Group = u"user"_s;
constexpr qsizetype IdLimit = 255;

QString tr(const char *text)
{
    return QCoreApplication::translate("mikro::server::PeopleRoutes", text);
}

QJsonArray endedJson(const QList<domain::EndedMembership> &ended)
{
    QJsonArray out;
    for (const auto &m : ended)
        out.append(
            QJsonObject { { u"project_id"_s, m.projectId }, { u"member_role"_s, m.memberRole } });
    return out;
}

/// API.md §5 `modify_users`: `role` is user, validator or admin, or absent; anything else is 400.
core::Result<std::optional<domain::Role>> roleField(const JsonBody &body)
{
    auto text = body.text(u"role"_s, Need::Optional, 20);
    if (!text.ok())
        return text.error();
    if (!text.value())
        return std::optional<domain::Role>();
    if (const auto role = domain::roleFromText(*text.value()))
        return std::optional<domain::Role>(*role);
    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
        tr("The role must be user, validator or admin."))
        .withField(u"role"_s);
}

/// The organisation's settings and its audit log (admins).
void addOrganisationRoutes(http::Router &router, const AuthGate &gate,
    const domain::OrganisationSettings &organisation, const domain::AuditTrail &audit)
{
    const auto orgAnswer = [&organisation](const http::Request &, const domain::Caller &caller,
                               const QString &message) -> ActionResult {
        const auto org = organisation.settings(caller);
        if (!org.ok())
            return org.error();
        return client::JsonWriter::success(message).nested(
            u"org"_s, client::writeOrgSettings(org.value()));
    };
    addAction(router, gate, Group, u"fetch_org_settings"_s,
        [orgAnswer](const JsonBody &, const http::Request &request, const domain::Caller &caller)
            -> ActionResult { return orgAnswer(request, caller, tr("Organisation settings")); });
    addAction(router, gate, Group, u"update_org_settings"_s,
        [&organisation, orgAnswer](const JsonBody &body, const http::Request &request,
            const domain::Caller &caller) -> ActionResult {
            const auto name = body.text(u"name"_s, Need::Optional, 100);
            const auto currency = body.text(u"currency"_s, Need::Optional, 3);
            const auto minimum
                = body.money(u"min_payout"_s, Need::Optional, core::SignPolicy::NonNegative);
            for (const core::Error *e :
                { name.ok() ? nullptr : &name.error(), currency.ok() ? nullptr : &currency.error(),
                    minimum.ok() ? nullptr : &minimum.error() })
                if (e)
                    return *e;
            if (auto done = organisation.update(caller, name.value().value_or(QString()),
                    currency.value().value_or(QString()), minimum.value());
                !done.ok())
                return done.error();
            return orgAnswer(request, caller, tr("Organisation settings updated"));
        });

    addAction(router, gate, Group, u"fetch_audit_log"_s,
        [&audit](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            domain::AuditQuery query;
            for (const auto &[name, target] :
                { std::pair(u"entity"_s, &query.entity), std::pair(u"entity_id"_s, &query.entityId),
                    std::pair(u"actor_id"_s, &query.actorId), std::pair(u"action"_s, &query.action),
                    std::pair(u"search"_s, &query.search) }) {
                const auto value = body.text(name, Need::Optional, 255);
                if (!value.ok())
                    return value.error();
                *target = value.value().value_or(QString());
            }
            for (const auto &[name, target] :
                { std::pair(u"from"_s, &query.from), std::pair(u"to"_s, &query.to) }) {
                const auto value = body.text(name, Need::Optional, 40);
                if (!value.ok())
                    return value.error();
                if (!value.value())
                    continue;
                *target = core::parseUtc(*value.value());
                if (!*target)
                    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
                        tr("Give a time such as 2026-01-31T00:00:00Z."))
                        .withField(name);
            }
            const auto limit = body.integer(u"limit"_s, Need::Optional);
            const auto before = body.integer(u"before_id"_s, Need::Optional);
            if (!limit.ok())
                return limit.error();
            if (!before.ok())
                return before.error();
            query.limit = static_cast<int>(std::clamp<qint64>(limit.value().value_or(100), 0, 501));
            query.beforeId = before.value();
            const auto entries = audit.entries(caller, query);
            if (!entries.ok())
                return entries.error();
            const client::AuditPage page = client::auditPageOf(entries.value(), query.limit);
            client::JsonWriter out = client::JsonWriter::success(tr("Audit log"));
            client::writeAuditPage(out, page);
            return out;
        });
}

} // namespace

void addPeopleRoutes(http::Router &router, const AuthGate &gate,
    const domain::IdentityService &identity, const domain::PeopleService &people,
    const domain::OrganisationSettings &organisation, const domain::AuditTrail &audit,
    const domain::PersonWorkQuery &work)
{
    addAction(router, gate, Group, u"fetch_user_role"_s,
        [&identity](
            const JsonBody &, const http::Request &, const domain::Caller &caller) -> ActionResult {
            const auto details = identity.details(caller);
            if (!details.ok())
                return details.error();
            const auto &profile = details.value().first;
            return client::JsonWriter::success(tr("User role"))
                .field(u"role"_s, domain::roleText(profile.role))
                .field(u"name"_s, profile.fullName());
        });

    // Withdrawn actions answer the same to every signed-in caller and do nothing (API.md §5).
    const auto answer = [](core::ErrorKind kind, const char *code, const QString &message) {
        return [kind, code, message](const JsonBody &, const http::Request &,
                   const domain::Caller &) { return core::Error::make(kind, code, message); };
    };
    const QString elsewhere
        = tr("Users are invited in Auth0 and appear in Mikro at their first sign-in.");
    addAction(router, gate, Group, u"fetch_users"_s,
        [&people](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto withDeactivated = body.boolean(u"include_deactivated"_s);
            if (!withDeactivated.ok())
                return withDeactivated.error();
            const auto rows = people.orgPeople(caller);
            if (!rows.ok())
                return rows.error();
            QList<client::JsonWriter> users;
            for (const domain::PersonSummary &p : rows.value()) {
                if (!p.active && !withDeactivated.value().value_or(false))
                    continue;
                users << client::writeUserRow(p, true);
            }
            return client::JsonWriter::success(tr("Users")).array(u"users"_s, users);
        });

    // The Users page's detail tabs: a person's memberships, passed trainings and checklists.
    addAction(router, gate, Group, u"fetch_person_work"_s,
        [&work](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto userId = body.text(u"user_id"_s, Need::Required, 255);
            if (!userId.ok())
                return userId.error();
            const auto found = work.of(caller, *userId.value());
            if (!found.ok())
                return found.error();
            client::JsonWriter out = client::JsonWriter::success(tr("Person's work"));
            client::writePersonWork(out, found.value());
            return out;
        });

    addAction(router, gate, Group, u"update_user_details"_s,
        [&people](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            domain::ProfileChange change;
            for (const auto &[name, target, limit] :
                { std::tuple(u"first_name"_s, &change.firstName, qsizetype(100)),
                    std::tuple(u"last_name"_s, &change.lastName, qsizetype(100)),
                    std::tuple(u"osm_username"_s, &change.osmUsername, qsizetype(255)),
                    std::tuple(u"city"_s, &change.city, qsizetype(255)),
                    std::tuple(u"country"_s, &change.country, qsizetype(255)),
                    std::tuple(u"email"_s, &change.email, qsizetype(255)),
                    std::tuple(u"payment_email"_s, &change.paymentEmail, qsizetype(255)) }) {
                const auto value = body.text(name, Need::Optional, limit);
                if (!value.ok())
                    return value.error();
                *target = value.value();
            }
            const auto done = people.updateDetails(caller, change);
            if (!done.ok())
                return done.error();
            const auto pending = done.value().osmUsernamePending;
            return client::JsonWriter::success(pending
                    ? tr("User details updated; the new OSM username waits for an admin's "
                         "approval")
                    : tr("User details updated"))
                .nullableText(u"osm_username_pending"_s, pending.value_or(QString()));
        });

    addOrganisationRoutes(router, gate, organisation, audit);

    addAction(router, gate, Group, u"invite_user"_s,
        answer(core::ErrorKind::NotImplemented, "not_implemented", elsewhere));
    addAction(router, gate, Group, u"import_users"_s,
        answer(core::ErrorKind::NotImplemented, "not_implemented", elsewhere));
    addAction(router, gate, Group, u"reset_test_user_stats"_s,
        answer(core::ErrorKind::Gone, "gone",
            tr("Figures come from the append-only ledger and task history and cannot be reset.")));

    addAction(router, gate, Group, u"remove_users"_s,
        [&people](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto userId = body.text(u"user_id"_s, Need::Required, IdLimit);
            if (!userId.ok())
                return userId.error();
            const auto removed = people.deactivate(caller, *userId.value());
            if (!removed.ok())
                return removed.error();
            return client::JsonWriter::success(tr("User Removed"))
                .field(u"ended_memberships"_s, endedJson(removed.value()));
        });

    addAction(router, gate, Group, u"modify_users"_s,
        [&people](const JsonBody &body, const http::Request &,
            const domain::Caller &caller) -> ActionResult {
            const auto userId = body.text(u"user_id"_s, Need::Required, IdLimit);
            const auto role = roleField(body);
            const auto active = body.boolean(u"active"_s);
            for (const core::Error *e :
                { userId.ok() ? nullptr : &userId.error(), role.ok() ? nullptr : &role.error(),
                    active.ok() ? nullptr : &active.error() }) {
                if (e)
                    return *e;
            }
            const auto changed
                = people.modify(caller, *userId.value(), { role.value(), active.value() });
            if (!changed.ok())
                return changed.error();
            // No Auth0 management credentials are configured: the role lives in Mikro's database
            // only, which API.md §5 reports as `auth0_synced: null`.
            return client::JsonWriter::success(tr("Role Changed"))
                .field(u"role"_s, domain::roleText(changed.value().role))
                .field(u"active"_s, changed.value().active)
                .field(u"auth0_synced"_s, QJsonValue(QJsonValue::Null))
                .field(u"ended_memberships"_s, endedJson(changed.value().ended));
        });
}

} // namespace mikro::server
