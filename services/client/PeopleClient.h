#pragma once

#include "services/core/Result.h"
#include "services/domain/people/PeopleService.h"

#include <QFuture>
#include <QList>

namespace mikro::client {

/// The organisation's people for an admin (UI.md §5.2): each with their figures. Admins only.
class PeopleClient
{
public:
    virtual ~PeopleClient() = default;

    /// Everyone of the organisation, deactivated people only when asked for.
    [[nodiscard]] virtual QFuture<core::Result<QList<domain::PersonSummary>>> people(
        bool includeDeactivated)
        = 0;
};

} // namespace mikro::client
