#include "services/domain/training/TrainingType.h"

#include "services/core/Vocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::domain {

namespace {

constexpr core::Vocabulary<TrainingType, 3> TrainingTypes { {
    { TrainingType::Mapping, "Mapping" },
    { TrainingType::Validation, "Validation" },
    { TrainingType::Project, "Project" },
} };

} // namespace

QString trainingTypeText(TrainingType type)
{
    return TrainingTypes.text(type);
}

std::optional<TrainingType> trainingTypeFromText(const QString &text)
{
    return TrainingTypes.parse(text);
}

core::Result<TrainingType> parseTrainingType(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (const auto type = trainingTypeFromText(lower.left(1).toUpper() + lower.mid(1)))
        return *type;
    return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
        QCoreApplication::translate(
            "mikro::domain::TrainingService", "Choose Mapping, Validation or Project."))
        .withField(u"training_type"_s);
}

} // namespace mikro::domain
