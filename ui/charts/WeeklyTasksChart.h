#pragma once

#include "ui/charts/ChartPanel.h"

namespace mikro::models {
class WeeklyTasksModel;
}

namespace mikro::ui {

/// "Weekly tasks" (UI.md §2.2): a grouped bar chart of the last 12 weeks from its model, the
/// first series in Kaart orange and the second in Kaart blue, categories labelled with each
/// week's first day, legend below, a tooltip per bar ("Week of 3 Mar: 14 mapped").
class WeeklyTasksChart : public ChartPanel
{
    Q_OBJECT
public:
    WeeklyTasksChart(models::WeeklyTasksModel *model, QWidget *parent = nullptr);

protected:
    void redraw() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    models::WeeklyTasksModel *m_model = nullptr;
};

} // namespace mikro::ui
