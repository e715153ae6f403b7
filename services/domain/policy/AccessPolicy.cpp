#include "services/domain/policy/AccessPolicy.h"

#include <QCoreApplication>

namespace mikro::domain {

namespace {

struct Rule
{
    Role minimum;
    bool needsOrg;
    bool needsOnboarding;
};

Rule ruleFor(Action action)
{
    switch (action) {
    case Action::ViewOwnBalance:
        return { Role::User, false, false };
    case Action::EditOwnProfile:
        return { Role::User, false, true };
    case Action::RequestPayout:
    case Action::CancelOwnPayoutRequest:
        return { Role::User, true, true };
    case Action::ViewOrgPayments:
    case Action::PayPayoutRequest:
    case Action::RejectPayoutRequest:
    case Action::RecordManualPayment:
    case Action::RecordAdjustment:
    case Action::DecideReview:
    case Action::ManagePeople:
    case Action::ManageOrganisation:
    case Action::ManageProjects:
    case Action::ManageTrainings:
    case Action::ManageChecklists:
        return { Role::Admin, true, true };
    case Action::ReviewChecklists:
    case Action::ViewValidatorWork:
        return { Role::Validator, true, true };
    case Action::ViewProjects:
    case Action::JoinProjects:
    case Action::TakeTrainings:
    case Action::WorkChecklists:
        return { Role::User, true, true };
    }
    return { Role::Admin, true, true };
}

core::Error forbidden(QByteArray code, const char *message)
{
    return core::Error::make(core::ErrorKind::Forbidden, std::move(code),
        QCoreApplication::translate("mikro::domain::AccessPolicy", message));
}

} // namespace

core::Result<void> AccessPolicy::check(const Caller &caller, Action action)
{
    const Rule rule = ruleFor(action);
    if (rule.needsOnboarding && !caller.onboarded)
        return forbidden("onboarding_required",
            QT_TRANSLATE_NOOP("mikro::domain::AccessPolicy",
                "Finish your profile first: OSM username, payment email, "
                "city, country and the terms."));
    if (rule.needsOrg && !caller.hasOrg())
        return forbidden("no_organisation",
            QT_TRANSLATE_NOOP(
                "mikro::domain::AccessPolicy", "You are not part of an organisation yet."));
    if (!isAtLeast(caller.role, rule.minimum))
        return forbidden("forbidden",
            QT_TRANSLATE_NOOP("mikro::domain::AccessPolicy", "Your role does not allow this."));
    return {};
}

} // namespace mikro::domain
