#include "services/domain/money/PaymentStatus.h"

#include "services/core/Vocabulary.h"

namespace mikro::domain {

namespace {

constexpr core::Vocabulary<PaymentStatus, 4> PaymentStatuses { {
    { PaymentStatus::Pending, "pending" },
    { PaymentStatus::Paid, "paid" },
    { PaymentStatus::Rejected, "rejected" },
    { PaymentStatus::Cancelled, "cancelled" },
} };

} // namespace

QString paymentStatusText(PaymentStatus status)
{
    return PaymentStatuses.text(status);
}

std::optional<PaymentStatus> paymentStatusFromText(const QString &text)
{
    return PaymentStatuses.parse(text);
}

} // namespace mikro::domain
