#pragma once

#include "services/domain/money/Ledger.h"
#include "services/domain/money/PaymentStatus.h"

#include <QString>

namespace mikro::models {

/// The translated status words of UI.md §1.9, one table for every page and model.
[[nodiscard]] QString paymentStatusWord(domain::PaymentStatus status);
/// The translated name of a ledger line's kind ("Mapping", "Adjustment"…).
[[nodiscard]] QString ledgerKindWord(domain::LedgerKind kind);

} // namespace mikro::models
