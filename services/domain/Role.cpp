#include "services/domain/Role.h"

using namespace Qt::StringLiterals;

namespace mikro::domain {

QString roleText(Role role)
{
    switch (role) {
    case Role::User:
        return u"user"_s;
    case Role::Validator:
        return u"validator"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return u"user"_s;
}

std::optional<Role> roleFromText(const QString &text)
{
    if (text == "user"_L1)
        return Role::User;
    if (text == "validator"_L1)
        return Role::Validator;
    if (text == "admin"_L1)
        return Role::Admin;
    return std::nullopt;
}

bool isAtLeast(Role role, Role minimum)
{
    auto rank = [](Role r) {
        switch (r) {
        case Role::User:
            return 0;
        case Role::Validator:
            return 1;
        case Role::Admin:
            return 2;
        }
        return 0;
    };
    return rank(role) >= rank(minimum);
}

} // namespace mikro::domain
