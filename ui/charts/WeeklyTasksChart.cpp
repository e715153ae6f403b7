#include "ui/charts/WeeklyTasksChart.h"

#include "models/dashboard/WeeklyTasksModel.h"
#include "ui/common/Look.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QToolTip>
#include <QValueAxis>

namespace mikro::ui {

WeeklyTasksChart::WeeklyTasksChart(models::WeeklyTasksModel *model, QWidget *parent)
    : ChartPanel(QStringLiteral("weeklyTasks"), model, parent)
    , m_model(model)
{
    retranslateUi();
    WeeklyTasksChart::redraw(); // this class's own drawing, as construction ends
}

void WeeklyTasksChart::redraw()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // gives the axis back to its caller
        delete axis;
    }
    auto *series = new QBarSeries;
    const QList<QColor> colours { look::KaartOrange, look::blue(palette()) };
    int most = 0;
    for (int s = 0; s < m_model->seriesCount(); ++s) {
        auto *set = new QBarSet(m_model->seriesLabel(s));
        set->setColor(colours.value(s, palette().color(QPalette::Mid)));
        set->setBorderColor(set->color());
        for (int w = 0; w < m_model->rowCount(); ++w) {
            *set << m_model->count(w, s);
            most = qMax(most, m_model->count(w, s));
        }
        series->append(set);
    }
    connect(series, &QBarSeries::hovered, this, [this](bool on, int week, QBarSet *set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
            tr("Week of %1: %2 %3")
                .arg(m_model->weekLabel(week))
                .arg(static_cast<int>(set->at(week)))
                .arg(set->label().toLower()));
    });
    c->addSeries(series);
    QStringList weeks;
    for (int w = 0; w < m_model->rowCount(); ++w)
        weeks << m_model->weekLabel(w);
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax(4, most));
    y->setTickCount(qMin(qMax(4, most), 5) + 1);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    setEmptyText(m_model->isEmpty() ? tr("No task activity in the last 12 weeks") : QString());
}

void WeeklyTasksChart::retranslateUi()
{
    setTitle(tr("Weekly tasks"));
    setShowAsTableText(tr("Show as table"));
}

void WeeklyTasksChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ChartPanel::changeEvent(event);
}

} // namespace mikro::ui
