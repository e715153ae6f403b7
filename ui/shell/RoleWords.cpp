#include "ui/shell/RoleWords.h"

#include <QCoreApplication>

namespace mikro::ui {

QString roleWord(domain::Role role)
{
    switch (role) {
    case domain::Role::Admin:
        return QCoreApplication::translate("mikro::ui::RoleWords", "Admin");
    case domain::Role::Validator:
        return QCoreApplication::translate("mikro::ui::RoleWords", "Validator");
    case domain::Role::User:
        break;
    }
    return QCoreApplication::translate("mikro::ui::RoleWords", "User");
}

} // namespace mikro::ui
