#pragma once

#include "services/domain/reporting/DashboardService.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace mikro::models {

/// The weekly tasks chart's numbers as a table (UI.md §2.2 "Show as table"): one row per week,
/// oldest first, labelled with the week's first day ("3 Mar"), one column per series shown.
class WeeklyTasksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Series
    {
        QString key; ///< the WeeklySeries name ("mapped")
        QString label; ///< the translated name shown ("Mapped")
    };

    explicit WeeklyTasksModel(QObject *parent = nullptr);

    void setSeries(const domain::WeeklySeries &weekly, const QList<Series> &shown);
    /// "3 Mar" for row `week`.
    [[nodiscard]] QString weekLabel(int week) const;
    [[nodiscard]] int count(int week, int series) const;
    [[nodiscard]] QString seriesLabel(int series) const { return m_shown.at(series).label; }
    [[nodiscard]] int seriesCount() const { return static_cast<int>(m_shown.size()); }
    /// No task at all in any week shown.
    [[nodiscard]] bool isEmpty() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role) const override;

private:
    domain::WeeklySeries m_weekly;
    QList<Series> m_shown;
    QLocale m_locale;
};

} // namespace mikro::models
