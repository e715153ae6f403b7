#include "models/training/TrainingsModel.h"

#include "models/StatusWords.h"

#include <QCoreApplication>

#include <algorithm>

namespace mikro::models {

namespace {

QString trainingWord(const char *text)
{
    return QCoreApplication::translate("mikro::models::TrainingsModel", text);
}

QString percent(int value, const QLocale &locale)
{
    return locale.toString(value) + QStringLiteral(" %");
}

} // namespace

QString trainingStatusText(const domain::TrainingView &t, const QLocale &locale)
{
    if (t.completed)
        return trainingWord(QT_TRANSLATE_NOOP("mikro::models::TrainingsModel", "Passed %1"))
            .arg(locale.toString(t.completedAt.toLocalTime().date(), QLocale::ShortFormat));
    if (t.attempts > 0)
        return trainingWord(QT_TRANSLATE_NOOP("mikro::models::TrainingsModel", "Not passed"));
    return trainingWord(QT_TRANSLATE_NOOP("mikro::models::TrainingsModel", "Not attempted"));
}

TrainingsModel::TrainingsModel(QObject *parent)
    : RecordTableModel({ { QT_TRANSLATE_NOOP("mikro::models::Columns", "Title") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Difficulty") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Points"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Questions"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Pass mark"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "My best score"), true },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Status") },
                           { QT_TRANSLATE_NOOP("mikro::models::Columns", "Required for") } },
        parent)
{
}

void TrainingsModel::setTrainings(QList<Row> rows)
{
    // Required and not passed first, then by title (UI.md §3.4).
    const auto urgent
        = [](const Row &r) { return !r.training.completed && !r.requiredFor.isEmpty(); };
    std::ranges::stable_sort(rows, [&urgent](const Row &a, const Row &b) {
        if (urgent(a) != urgent(b))
            return urgent(a);
        return QString::localeAwareCompare(a.training.title, b.training.title) < 0;
    });
    beginResetModel();
    m_rows = std::move(rows);
    refreshLocale();
    endResetModel();
}

QVariant TrainingsModel::displayOf(int row, int column) const
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
    case Questions:
        return locale().toString(t.questions.size());
    case PassMark:
        return percent(t.passPercent, locale());
    case BestScore:
        return t.bestScore >= 0 ? percent(t.bestScore, locale()) : QStringLiteral("—");
    case Status:
        return trainingStatusText(t, locale());
    case RequiredFor:
        return r.requiredFor.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant TrainingsModel::sortOf(int row, int column) const
{
    const domain::TrainingView &t = m_rows.at(row).training;
    switch (column) {
    case Points:
        return t.pointValue;
    case Questions:
        return t.questions.size();
    case PassMark:
        return t.passPercent;
    case BestScore:
        return t.bestScore;
    case Status:
        return t.completed ? 2 : t.attempts > 0 ? 1 : 0;
    default:
        return displayOf(row, column);
    }
}

QString TrainingsModel::statusOf(int row) const
{
    const domain::TrainingView &t = m_rows.at(row).training;
    return t.completed   ? QStringLiteral("passed")
        : t.attempts > 0 ? QStringLiteral("not_passed")
                         : QStringLiteral("not_attempted");
}

} // namespace mikro::models
