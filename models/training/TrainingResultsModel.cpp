#include "models/training/TrainingResultsModel.h"

namespace mikro::models {

TrainingResultsModel::TrainingResultsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Person") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Attempts"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Best score"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Passed on") } },
        parent)
{
}

void TrainingResultsModel::setResults(const QList<domain::TrainingResult> &results)
{
    beginResetModel();
    m_rows = results;
    refreshLocale();
    endResetModel();
}

QVariant TrainingResultsModel::displayOf(int row, int column) const
{
    const domain::TrainingResult &r = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case Person:
        return personText(r.name, r.osmUsername);
    case Attempts:
        return locale().toString(r.attempts);
    case BestScore:
        // Completed without a quiz, or not tried: no score to show.
        return r.bestScore < 0 ? QString() : locale().toString(r.bestScore) + QStringLiteral(" %");
    case PassedOn:
        return timeText(r.passedAt);
    }
    return {};
}

QVariant TrainingResultsModel::sortOf(int row, int column) const
{
    const domain::TrainingResult &r = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case Attempts:
        return r.attempts;
    case BestScore:
        return r.bestScore;
    case PassedOn:
        return r.passedAt;
    default:
        return displayOf(row, column);
    }
}

} // namespace mikro::models
