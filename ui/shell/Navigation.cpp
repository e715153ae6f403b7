#include "ui/shell/Navigation.h"

#include <QCoreApplication>

namespace mikro::ui {

QList<NavEntry> navigationFor(domain::Role role)
{
    if (role == domain::Role::Admin)
        return { { std::nullopt, QCoreApplication::translate("mikro::ui::Navigation", "My work") },
            { PageId::Dashboard,
                QCoreApplication::translate("mikro::ui::Navigation", "My Dashboard") },
            { PageId::Payments,
                QCoreApplication::translate("mikro::ui::Navigation", "My Payments") },
            { PageId::Account, QCoreApplication::translate("mikro::ui::Navigation", "Account") } };
    return { { PageId::Dashboard,
                 QCoreApplication::translate("mikro::ui::Navigation", "Dashboard") },
        { PageId::Payments, QCoreApplication::translate("mikro::ui::Navigation", "Payments") },
        { PageId::Account, QCoreApplication::translate("mikro::ui::Navigation", "Account") } };
}

} // namespace mikro::ui
