#include "services/domain/policy/Role.h"

#include "services/core/Vocabulary.h"

namespace mikro::domain {

namespace {

constexpr core::Vocabulary<Role, 3> Roles { {
    { Role::User, "user" },
    { Role::Validator, "validator" },
    { Role::Admin, "admin" },
} };

} // namespace

QString roleText(Role role)
{
    return Roles.text(role);
}

std::optional<Role> roleFromText(const QString &text)
{
    return Roles.parse(text);
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
