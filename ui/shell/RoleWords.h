#pragma once

#include "services/domain/policy/Role.h"

#include <QString>

namespace mikro::ui {

/// The role badge's word (UI.md §1.4: User / Validator / Admin, as stored).
[[nodiscard]] QString roleWord(domain::Role role);

} // namespace mikro::ui
