#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/policy/Caller.h"

#include <QList>
#include <QStringList>

namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// What a payout request is made of (API.md `fetch_payment_request_details`): the person's ledger
/// entries up to the moment of the request, task work grouped by project, then checklists,
/// adjustments and what had been paid out before. Earned + checklists + adjustments − paid before
/// is the payable the request could take (less any other request pending then).
struct RequestBreakdown
{
    struct Project
    {
        qint64 projectId = 0; ///< 0: entries without a project
        QString name; ///< empty for the entries without a project
        int tasks = 0; ///< distinct tasks with a mapping or validation entry
        core::Money mapping;
        core::Money validation;
        core::Money reversals; ///< negative or zero
        core::Money total; ///< mapping + validation + reversals
        bool operator==(const Project &) const = default;
    };
    PayRequestRow request;
    QStringList taskIds; ///< "<project>:<task>", ascending
    QList<Project> projects; ///< by project id
    core::Money checklists; ///< checklist and checklist_validation entries
    core::Money adjustments;
    core::Money paidBefore; ///< payouts before the request, as a positive amount
    QString currency; ///< the organisation's
    bool operator==(const RequestBreakdown &) const = default;
};

/// Reads request breakdowns: an admin any request of the organisation, a person their own
/// (NotFound otherwise). Read-only; a few aggregate statements whatever the history's size.
class RequestBreakdowns
{
public:
    explicit RequestBreakdowns(store::Database &db);

    [[nodiscard]] core::Result<RequestBreakdown> read(const Caller &caller, qint64 requestId) const;

private:
    store::Database &m_db;
    PaymentRecords m_records;
};

} // namespace mikro::domain
