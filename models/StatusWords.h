#pragma once

#include "services/domain/money/PaymentStatus.h"

#include <QString>

namespace mikro::models {

/// The translated status words of UI.md §1.9, one table for every page and model.
[[nodiscard]] QString paymentStatusWord(domain::PaymentStatus status);

} // namespace mikro::models
