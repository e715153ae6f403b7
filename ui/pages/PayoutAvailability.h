#pragma once

#include "services/domain/money/Ledger.h"

#include <QString>

namespace mikro::ui {

/// Why "Request payout…" is disabled (UI.md §3.3), or empty when it may be pressed: a request is
/// already open, nothing is payable, or the payable is below the organisation's minimum
/// ("Minimum payout is US$10.00; you have US$4.20"). The rule itself is Balance::canRequest().
[[nodiscard]] QString payoutBlockedReason(const domain::Balance &balance, const QString &currency);

} // namespace mikro::ui
