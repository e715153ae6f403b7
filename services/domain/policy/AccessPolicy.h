#pragma once

#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

namespace mikro::domain {

/// Every action a service offers; the policy below is the one place that says who may do it.
enum class Action {
    ViewOwnBalance,
    EditOwnProfile,
    RequestPayout,
    CancelOwnPayoutRequest,
    ViewOrgPayments,
    PayPayoutRequest,
    RejectPayoutRequest,
    RecordManualPayment,
    RecordAdjustment,
    DecideReview,
    ManagePeople,
    ManageOrganisation,
    ViewProjects,
    JoinProjects,
    ManageProjects,
    TakeTrainings,
    ManageTrainings,
    WorkChecklists,
    ReviewChecklists,
    ViewValidatorWork,
    ManageChecklists,
};

/// DESIGN.md §4 and §6, API.md §1.2–1.3: the role (validators can do what users can, admins
/// everything), the organisation (org actions need one: Forbidden `no_organisation`), and
/// onboarding (Forbidden `onboarding_required`). A wrong role is Forbidden `forbidden`. Ids of
/// another org are the services' business: they answer them like unknown ids.
class AccessPolicy
{
public:
    [[nodiscard]] static core::Result<void> check(const Caller &caller, Action action);
};

} // namespace mikro::domain
