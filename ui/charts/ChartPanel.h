#pragma once

#include <QFrame>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableView;

class QChart;
class QChartView;

namespace mikro::ui {

/// What both dashboard charts share (UI.md §2.2): a title, the chart, "Show as table" with the
/// same numbers from the chart's model, and a sentence when there is nothing to draw. The chart
/// follows the palette: the dark theme with a dark palette. No text is baked into images.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] bool showsTable() const;
    void setShowTable(bool table);

protected:
    ChartPanel(const QString &objectName, QAbstractItemModel *model, QWidget *parent);

    [[nodiscard]] QChartView *chartView() const { return m_view; }
    void setTitle(const QString &title);
    void setShowAsTableText(const QString &text);
    /// Shows `text` instead of the chart while it is not empty.
    void setEmptyText(const QString &text);
    /// Draws the chart again from the model (the subclass fills chart()).
    virtual void redraw() = 0;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QLabel *m_title = nullptr;
    QCheckBox *m_asTable = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace mikro::ui
