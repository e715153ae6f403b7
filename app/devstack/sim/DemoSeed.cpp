#include "app/devstack/sim/DemoSeed.h"

#include "app/devstack/sim/DevstackPeople.h"
#include "services/domain/people/IdentityService.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/projects/ProjectMembership.h"
#include "services/domain/projects/ProjectService.h"
#include "services/tm4/Tm4Client.h"

using namespace Qt::StringLiterals;

namespace mikro::devstack {
namespace {

bool alreadyThere(const core::Error &error)
{
    return error.kind == core::ErrorKind::Conflict;
}

} // namespace

Tm4WorldPeople tm4WorldPeople()
{
    return { { u"mia_maps"_s, u"max_maps"_s, u"ada_maps"_s, u"osm_neighbour"_s },
        { u"victor_validates"_s, u"ada_maps"_s }, { u"hot_volunteer_validator"_s } };
}

core::Result<DemoSeedReport> seedDemoStore(store::Database &db, const core::Clock &clock,
    tm4::Tm4Client &tm4, const QList<qint64> &projectIds)
{
    DemoSeedReport report;
    domain::IdentityService identity(db, clock);
    domain::PeopleService people(db, clock);
    domain::ProjectService projects(db, clock, tm4);
    const domain::ProjectMembership membership(db, clock);
    std::optional<domain::Caller> admin;
    QList<std::pair<domain::Caller, QString>> members; // caller, role claim
    for (const DevPerson &person : seededPeople()) {
        if (person.orgId.isEmpty())
            continue; // "no organisation yet" stays a fresh sign-in in the demo
        const domain::SignInClaims claims { person.subject, person.role, person.orgId, person.email,
            person.givenName, person.familyName };
        auto caller = identity.resolveCaller(claims);
        if (!caller.ok())
            return caller.error();
        if (!caller.value().onboarded) {
            domain::OnboardingForm form;
            form.osmUsername = person.osmUsername;
            form.paymentEmail = person.email;
            form.city = u"Kathmandu"_s;
            form.country = u"NP"_s;
            form.termsAccepted = true;
            form.termsVersion = u"devstack"_s;
            if (auto done = people.onboard(caller.value(), form); !done.ok())
                return done.error();
            caller = identity.resolveCaller(claims);
            if (!caller.ok())
                return caller.error();
        }
        ++report.people;
        if (caller.value().role == domain::Role::Admin && !admin)
            admin = caller.value();
        members << std::pair { caller.value(), person.role };
    }
    if (!admin)
        return core::Error::make(core::ErrorKind::Internal, "no_admin",
            u"the devstack has no admin with an organisation"_s);
    for (const qint64 projectId : projectIds) {
        domain::ProjectForm form;
        form.url = u"https://tasks.hotosm.org/projects/%1"_s.arg(projectId);
        form.mappingRate = core::Money(50);
        form.validationRate = core::Money(25);
        form.visible = true;
        auto pending = projects.create(*admin, form);
        pending.waitForFinished();
        const auto created = pending.result();
        if (created.ok())
            ++report.projectsCreated;
        else if (!alreadyThere(created.error()))
            return created.error();
        if (auto active = projects.setActive(*admin, projectId, true); !active.ok())
            return active.error();
        for (const auto &[member, role] : members) {
            const auto memberRole
                = role == "user"_L1 ? domain::MemberRole::Editor : domain::MemberRole::Validator;
            auto assigned = membership.assign(*admin, projectId, member.userId, memberRole);
            if (!assigned.ok() && !alreadyThere(assigned.error()))
                return assigned.error();
        }
    }
    return report;
}

} // namespace mikro::devstack
