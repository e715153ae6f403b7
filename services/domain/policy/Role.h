#pragma once

#include <QString>

#include <optional>

namespace mikro::domain {

/// DESIGN.md §4: validators can do everything users can, admins everything.
enum class Role { User, Validator, Admin };

/// The stored text ('user', 'validator', 'admin'), by an explicit table: renaming an enumerator
/// can never change stored data.
[[nodiscard]] QString roleText(Role role);
[[nodiscard]] std::optional<Role> roleFromText(const QString &text);
[[nodiscard]] bool isAtLeast(Role role, Role minimum);

} // namespace mikro::domain
