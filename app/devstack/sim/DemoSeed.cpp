#include "app/devstack/sim/DemoSeed.h"

#include "app/devstack/sim/DevstackPeople.h"
#include "services/core/Clock.h"
#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/checklists/ChecklistService.h"
#include "services/domain/people/IdentityService.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/projects/ProjectMembership.h"
#include "services/domain/projects/ProjectService.h"
#include "services/domain/training/TrainingCatalog.h"
#include "services/domain/training/TrainingService.h"
#include "services/tm4/Tm4Client.h"

using namespace Qt::StringLiterals;

namespace mikro::devstack {
namespace {

bool alreadyThere(const core::Error &error)
{
    return error.kind == core::ErrorKind::Conflict;
}

/// The people of the demo's organisations, signed in and onboarded, with their role claims.
struct SeededPeople
{
    std::optional<domain::Caller> admin;
    QList<std::pair<domain::Caller, QString>> members; // caller, role claim
};

core::Result<domain::Caller> signedInAndOnboarded(
    domain::IdentityService &identity, domain::PeopleService &people, const DevPerson &person)
{
    const domain::SignInClaims claims { person.subject, person.role, person.orgId, person.email,
        person.givenName, person.familyName };
    auto caller = identity.resolveCaller(claims);
    if (!caller.ok() || caller.value().onboarded)
        return caller;
    domain::OnboardingForm form;
    form.osmUsername = person.osmUsername;
    form.paymentEmail = person.email;
    form.city = u"Kathmandu"_s;
    form.country = u"NP"_s;
    form.termsAccepted = true;
    form.termsVersion = u"devstack"_s;
    if (auto done = people.onboard(caller.value(), form); !done.ok())
        return done.error();
    return identity.resolveCaller(claims);
}

core::Result<SeededPeople> seedPeople(
    domain::IdentityService &identity, domain::PeopleService &people)
{
    SeededPeople seeded;
    for (const DevPerson &person : seededPeople()) {
        if (person.orgId.isEmpty())
            continue; // "no organisation yet" stays a fresh sign-in in the demo
        auto caller = signedInAndOnboarded(identity, people, person);
        if (!caller.ok())
            return caller.error();
        if (caller.value().role == domain::Role::Admin && !seeded.admin)
            seeded.admin = caller.value();
        seeded.members << std::pair { caller.value(), person.role };
    }
    return seeded;
}

/// Creates (or finds) the project, activates it and assigns every member; true when created.
core::Result<bool> seedProject(domain::ProjectService &projects,
    const domain::ProjectMembership &membership, const SeededPeople &seeded, qint64 projectId)
{
    const domain::Caller &admin = *seeded.admin;
    domain::ProjectForm form;
    form.url = u"https://tasks.hotosm.org/projects/%1"_s.arg(projectId);
    form.mappingRate = core::Money(50);
    form.validationRate = core::Money(25);
    form.visible = true;
    auto pending = projects.create(admin, form);
    pending.waitForFinished();
    const auto created = pending.result();
    if (!created.ok() && !alreadyThere(created.error()))
        return created.error();
    if (auto active = projects.setActive(admin, projectId, true); !active.ok())
        return active.error();
    for (const auto &[member, role] : seeded.members) {
        const auto memberRole
            = role == "user"_L1 ? domain::MemberRole::Editor : domain::MemberRole::Validator;
        auto assigned = membership.assign(admin, projectId, member.userId, memberRole);
        if (!assigned.ok() && !alreadyThere(assigned.error()))
            return assigned.error();
    }
    return created.ok();
}

/// One mapping training with its quiz, so the desktop's Training page has something to take;
/// true when created (a training of that title already there is left as it is).
core::Result<bool> seedTraining(
    store::Database &db, const core::Clock &clock, const domain::Caller &admin)
{
    const QString title = u"Mapping buildings"_s;
    const auto existing = domain::TrainingCatalog(db).orgTrainings(admin, clock.nowUtc());
    if (!existing.ok())
        return existing.error();
    for (const domain::TrainingView &t : existing.value())
        if (t.title == title)
            return false;
    domain::TrainingDraft draft;
    draft.title = title;
    draft.url = u"https://learnosm.org/en/beginner/id-editor/"_s;
    draft.difficulty = u"Easy"_s;
    draft.pointValue = 10;
    draft.passPercent = 50;
    draft.questions = {
        { u"How is a building traced?"_s,
            { { u"Along its outline, corners squared"_s, true }, { u"As a single point"_s } } },
        { u"Which tag marks it?"_s,
            { { u"building=yes"_s, true }, { u"highway=yes"_s }, { u"landuse=house"_s } } },
    };
    const auto created = domain::TrainingService(db, clock).create(admin, draft);
    if (!created.ok())
        return created.error();
    return true;
}

/// One live checklist, so the desktop's My Checklists has one to start; true when created.
core::Result<bool> seedChecklist(
    store::Database &db, const core::Clock &clock, const domain::Caller &admin)
{
    const QString name = u"Road names QA"_s;
    const auto existing = domain::ChecklistBoard(db, clock).templates(admin);
    if (!existing.ok())
        return existing.error();
    for (const domain::TemplateView &t : existing.value())
        if (t.name == name)
            return false;
    domain::ChecklistDraft draft;
    draft.name = name;
    draft.description = u"Check the names of the roads mapped this week against the signs."_s;
    draft.difficulty = u"Easy"_s;
    draft.completionRate = core::Money(250);
    draft.validationRate = core::Money(50);
    draft.visible = true;
    draft.items = { { u"Compare names with street-level imagery"_s, {} },
        { u"Fix the spelling of abbreviations"_s, u"https://wiki.openstreetmap.org/wiki/Names"_s },
        { u"Note roads without a name in a comment"_s, {} } };
    const domain::ChecklistService checklists(db, clock);
    const auto created = checklists.createTemplate(admin, draft);
    if (!created.ok())
        return created.error();
    if (auto live = checklists.setActive(admin, created.value(), true); !live.ok())
        return live.error();
    return true;
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
    domain::IdentityService identity(db, clock);
    domain::PeopleService people(db, clock);
    domain::ProjectService projects(db, clock, tm4);
    const domain::ProjectMembership membership(db, clock);
    const auto seeded = seedPeople(identity, people);
    if (!seeded.ok())
        return seeded.error();
    if (!seeded.value().admin)
        return core::Error::make(core::ErrorKind::Internal, "no_admin",
            u"the devstack has no admin with an organisation"_s);
    DemoSeedReport report;
    report.people = static_cast<int>(seeded.value().members.size());
    for (const qint64 projectId : projectIds) {
        const auto created = seedProject(projects, membership, seeded.value(), projectId);
        if (!created.ok())
            return created.error();
        report.projectsCreated += created.value() ? 1 : 0;
    }
    if (auto training = seedTraining(db, clock, *seeded.value().admin); !training.ok())
        return training.error();
    if (auto checklist = seedChecklist(db, clock, *seeded.value().admin); !checklist.ok())
        return checklist.error();
    return report;
}

} // namespace mikro::devstack
