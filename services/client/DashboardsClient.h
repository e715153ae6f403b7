#pragma once

#include "services/core/Result.h"
#include "services/domain/reporting/DashboardService.h"

#include <QFuture>
#include <QTimeZone>

namespace mikro::client {

/// The dashboards' figures (UI.md §2.2, §3.1) in the person's own calendar: months and weeks are
/// counted in `zone`, weeks starting on `firstDay` (the locale's).
class DashboardsClient
{
public:
    virtual ~DashboardsClient() = default;

    [[nodiscard]] virtual QFuture<core::Result<domain::PersonDashboard>> person(
        const QTimeZone &zone, Qt::DayOfWeek firstDay)
        = 0;
    /// The organisation's figures (UI.md §5.1), admins only, in the same calendar.
    [[nodiscard]] virtual QFuture<core::Result<domain::OrgDashboard>> org(
        const QTimeZone &zone, Qt::DayOfWeek firstDay)
        = 0;
};

} // namespace mikro::client
