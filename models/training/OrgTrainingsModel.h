#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/training/TrainingCatalog.h"

namespace mikro::models {

/// One type's training modules for an admin (UI.md §5.6): Title · Difficulty · Points · Pass mark
/// · Questions · Attempts (everyone's) · Passed (people who completed it) · Required by (projects)
/// · Created. Default order: Title A–Z. It shows what the page gives it.
class OrgTrainingsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Title,
        Difficulty,
        Points,
        PassMark,
        Questions,
        Attempts,
        Passed,
        RequiredBy,
        Created
    };

    struct Row
    {
        domain::TrainingView training;
        QStringList requiredBy; ///< names of the projects that require it
    };

    explicit OrgTrainingsModel(QObject *parent = nullptr);

    void setTrainings(QList<Row> rows);
    [[nodiscard]] const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).training.id; }

private:
    QList<Row> m_rows;
};

} // namespace mikro::models
