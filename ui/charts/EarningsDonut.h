#pragma once

#include "ui/charts/ChartPanel.h"

class QGraphicsSimpleTextItem;

namespace mikro::models {
class EarningsByKindModel;
}

namespace mikro::ui {

/// "Earnings by kind" (UI.md §2.2): a donut of the positive parts — Mapping (orange), Validation
/// (blue), Checklist (grey-green), Adjustments (grey) — with the total in the centre; the legend
/// lists every part with its amount, a negative one included.
class EarningsDonut : public ChartPanel
{
    Q_OBJECT
public:
    EarningsDonut(models::EarningsByKindModel *model, QWidget *parent = nullptr);

    /// The text in the centre (the total).
    [[nodiscard]] QString centreText() const;

protected:
    void redraw() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void placeCentre();

    models::EarningsByKindModel *m_model = nullptr;
    QGraphicsSimpleTextItem *m_centre = nullptr; ///< in the chart's scene, over the hole
};

} // namespace mikro::ui
