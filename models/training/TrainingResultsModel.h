#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/training/TrainingCatalog.h"

namespace mikro::models {

/// Each person's results at one training module, for its admin (UI.md §5.6 Results): Person ·
/// Attempts · Best score · Passed on. Default order: Person A–Z. It shows what the page gives it.
class TrainingResultsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Attempts, BestScore, PassedOn };

    explicit TrainingResultsModel(QObject *parent = nullptr);

    void setResults(const QList<domain::TrainingResult> &results);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return row; }

private:
    QList<domain::TrainingResult> m_rows;
};

} // namespace mikro::models
