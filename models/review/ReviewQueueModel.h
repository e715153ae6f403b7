#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/crediting/CreditingService.h"

namespace mikro::models {

/// The tasks waiting for an admin's decision (UI.md §5.5): Project · Task # · Mapped by (OSM
/// username and the Mikro person) · Validated by · Reason · Validated on · Mapping rate. It shows
/// what the page gives it and never fetches.
class ReviewQueueModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Project, Task, MappedBy, ValidatedBy, Reason, ValidatedOn, MappingRate };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setItems(const QList<domain::ReviewItem> &items, const QString &currency);
    /// Shows only one reason and/or one project (nothing: every one).
    void setFilter(std::optional<domain::ReviewReason> reason, std::optional<qint64> projectId);
    [[nodiscard]] const domain::ReviewItem &itemAt(int row) const
    {
        return m_all.at(m_shown.at(row));
    }
    /// Every task waiting, whatever the filter.
    [[nodiscard]] const QList<domain::ReviewItem> &items() const { return m_all; }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_shown.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override;

private:
    void applyFilter();

    QList<domain::ReviewItem> m_all;
    QList<qsizetype> m_shown; ///< indexes into m_all that pass the filter
    std::optional<domain::ReviewReason> m_reason;
    std::optional<qint64> m_project;
    QString m_currency;
};

} // namespace mikro::models
