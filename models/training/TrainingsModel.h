#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/training/TrainingCatalog.h"

#include <QStringList>

namespace mikro::models {

/// One type's training modules as a person sees them (UI.md §3.4): Title · Difficulty · Points ·
/// Questions · Pass mark · My best score · Status · Required for. Rows come required-and-not-passed
/// first, then by title (the page's default order). It shows what the page gives it.
class TrainingsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Difficulty, Points, Questions, PassMark, BestScore, Status, RequiredFor };

    struct Row
    {
        domain::TrainingView training;
        QStringList requiredFor; ///< names of the projects that require it
    };

    explicit TrainingsModel(QObject *parent = nullptr);

    void setTrainings(QList<Row> rows);
    [[nodiscard]] const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString statusOf(int row) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).training.id; }

private:
    QList<Row> m_rows;
};

/// "Passed 4 Mar 2026" / "Not passed" / "Not attempted" (UI.md §3.4).
[[nodiscard]] QString trainingStatusText(
    const domain::TrainingView &training, const QLocale &locale);

} // namespace mikro::models
