#include "models/training/OrgTrainingsModel.h"

#include "models/StatusWords.h"

namespace mikro::models {

OrgTrainingsModel::OrgTrainingsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Title") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Difficulty") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Points"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Pass mark"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Questions"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Attempts"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Passed"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Required by") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Created") } },
        parent)
{
}

void OrgTrainingsModel::setTrainings(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    refreshLocale();
    endResetModel();
}

QVariant OrgTrainingsModel::displayOf(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const domain::TrainingView &t = r.training;
    switch (column) {
    case Title:
        return t.title;
    case Difficulty:
        return difficultyWord(t.difficulty);
    case Points:
        return locale().toString(t.pointValue);
    case PassMark:
        return locale().toString(t.passPercent) + QStringLiteral(" %");
    case Questions:
        return locale().toString(t.questions.size());
    case Attempts:
        return locale().toString(t.attemptCount);
    case Passed:
        return locale().toString(t.completedCount);
    case RequiredBy:
        return r.requiredBy.join(QStringLiteral(", "));
    case Created:
        return timeText(t.createdAt);
    default:
        return {};
    }
}

QVariant OrgTrainingsModel::sortOf(int row, int column) const
{
    const domain::TrainingView &t = m_rows.at(row).training;
    switch (column) {
    case Title:
        return t.title.toLower();
    case Points:
        return t.pointValue;
    case PassMark:
        return t.passPercent;
    case Questions:
        return t.questions.size();
    case Attempts:
        return t.attemptCount;
    case Passed:
        return t.completedCount;
    case RequiredBy:
        return m_rows.at(row).requiredBy.size();
    case Created:
        return t.createdAt;
    default:
        return displayOf(row, column);
    }
}

} // namespace mikro::models
