#pragma once

#include "services/domain/crediting/CreditingService.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/money/PaymentStatus.h"
#include "services/domain/policy/Role.h"
#include "services/domain/projects/ProjectRepository.h"
#include "services/domain/training/TrainingType.h"

#include <QString>

namespace mikro::models {

/// The translated status words of UI.md §1.9, one table for every page and model.
[[nodiscard]] QString paymentStatusWord(domain::PaymentStatus status);
/// The role's word (UI.md §1.4: User / Validator / Admin), for the badge and the tables.
[[nodiscard]] QString roleWord(domain::Role role);
/// The translated name of a ledger line's kind ("Mapping", "Adjustment"…).
[[nodiscard]] QString ledgerKindWord(domain::LedgerKind kind);
/// Why a task waits for an admin (UI.md §5.5): "Unknown validator", "Self-validation"…
[[nodiscard]] QString reviewReasonWord(domain::ReviewReason reason);
/// A seat on a project: "Editor" or "Validator".
[[nodiscard]] QString memberRoleWord(domain::MemberRole role);
/// What a training trains for: "Mapping", "Validation" or "Project".
[[nodiscard]] QString trainingTypeWord(domain::TrainingType type);
/// A stored difficulty in words: "Easy", "Medium" and "Hard" (any case) translated; any other
/// word as it is stored.
[[nodiscard]] QString difficultyWord(const QString &stored);

} // namespace mikro::models
