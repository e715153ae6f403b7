#include "models/StatusWords.h"

#include <QCoreApplication>

namespace mikro::models {

QString paymentStatusWord(domain::PaymentStatus status)
{
    switch (status) {
    case domain::PaymentStatus::Pending:
        return QCoreApplication::translate("mikro::models::StatusWords", "Pending");
    case domain::PaymentStatus::Paid:
        return QCoreApplication::translate("mikro::models::StatusWords", "Paid");
    case domain::PaymentStatus::Rejected:
        return QCoreApplication::translate("mikro::models::StatusWords", "Rejected");
    case domain::PaymentStatus::Cancelled:
        return QCoreApplication::translate("mikro::models::StatusWords", "Cancelled");
    }
    return {};
}

} // namespace mikro::models
