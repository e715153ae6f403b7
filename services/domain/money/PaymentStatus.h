#pragma once

#include <QString>

#include <optional>

namespace mikro::domain {

/// A payout request's state (stored as `payment_requests.status`).
enum class PaymentStatus { Pending, Paid, Rejected, Cancelled };

/// The stored text ('pending', 'paid', 'rejected', 'cancelled'), by an explicit table.
[[nodiscard]] QString paymentStatusText(PaymentStatus status);
[[nodiscard]] std::optional<PaymentStatus> paymentStatusFromText(const QString &text);

} // namespace mikro::domain
