#include "ui/pages/PayoutAvailability.h"

#include <QCoreApplication>
#include <QLocale>

namespace mikro::ui {

QString payoutBlockedReason(const domain::Balance &balance, const QString &currency)
{
    if (balance.canRequest())
        return {};
    const QLocale locale;
    if (balance.pending != core::Money(0))
        return QCoreApplication::translate(
            "mikro::ui::PayoutAvailability", "You already have a request waiting for an admin.");
    if (balance.payable <= core::Money(0))
        return QCoreApplication::translate(
            "mikro::ui::PayoutAvailability", "Nothing is payable yet.");
    return QCoreApplication::translate(
        "mikro::ui::PayoutAvailability", "Minimum payout is %1; you have %2.")
        .arg(core::formatMoney(balance.minimumPayout, currency, locale),
            core::formatMoney(balance.payable, currency, locale));
}

} // namespace mikro::ui
