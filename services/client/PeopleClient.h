#pragma once

#include "services/client/ChangeFeed.h"
#include "services/core/Result.h"
#include "services/domain/money/LedgerHistory.h"
#include "services/domain/people/PeopleService.h"
#include "services/domain/people/PersonWork.h"

#include <QFuture>
#include <QList>

namespace mikro::client {

/// The organisation's people for an admin (UI.md §5.2): each with their figures; a change of
/// role or a (de)activation. Admins only.
class PeopleClient
{
public:
    virtual ~PeopleClient() = default;

    /// Everyone of the organisation, deactivated people only when asked for.
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::PersonSummary>>> people(
        bool includeDeactivated)
        = 0;
    /// A new role and/or activity (absent parts stay); the last admin stays one. Announces
    /// People, Projects (memberships may end) and Dashboards.
    [[nodiscard]] virtual QFuture<core::Result<domain::PersonChangeOutcome>> modify(
        const QString &userId, const domain::PersonChange &change)
        = 0;
    /// A page of a person's ledger (UI.md §5.2 Ledger), sorted and filtered in the store.
    [[nodiscard]] virtual QFuture<core::Result<domain::LedgerPage>> ledger(
        const QString &userId, const domain::LedgerQuery &query)
        = 0;
    /// A person's memberships, passed trainings and checklists (UI.md §5.2 detail tabs).
    [[nodiscard]] virtual QFuture<core::Result<domain::PersonWork>> work(const QString &userId) = 0;
};

/// What a change of a person touches.
inline const QList<ChangeFeed::Area> personAreas { ChangeFeed::Area::People,
    ChangeFeed::Area::Projects, ChangeFeed::Area::Dashboards };

} // namespace mikro::client
