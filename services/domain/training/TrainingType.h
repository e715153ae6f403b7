#pragma once

#include "services/core/Result.h"

#include <QString>

#include <optional>

namespace mikro::domain {

/// What a training trains for, and which of a person's points it adds to (stored as
/// `trainings.training_type`).
enum class TrainingType { Mapping, Validation, Project };

/// The stored and sent text ('Mapping', 'Validation', 'Project'), by an explicit table.
[[nodiscard]] QString trainingTypeText(TrainingType type);
/// The stored text exactly.
[[nodiscard]] std::optional<TrainingType> trainingTypeFromText(const QString &text);
/// A person's input in any case ("mapping" is Mapping); InvalidInput `invalid_field`
/// (training_type) otherwise.
[[nodiscard]] core::Result<TrainingType> parseTrainingType(const QString &text);

} // namespace mikro::domain
