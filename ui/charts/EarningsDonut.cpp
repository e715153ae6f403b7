#include "ui/charts/EarningsDonut.h"

#include "models/dashboard/EarningsByKindModel.h"
#include "ui/common/Look.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace mikro::ui {

EarningsDonut::EarningsDonut(models::EarningsByKindModel *model, QWidget *parent)
    : ChartPanel(QStringLiteral("earningsByKind"), model, parent)
    , m_model(model)
    , m_centre(new QGraphicsSimpleTextItem(chart()))
{
    connect(chart(), &QChart::plotAreaChanged, this, &EarningsDonut::placeCentre);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_centre->setFont(bold);
    m_centre->setZValue(10);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->legend()->setShowToolTips(true); // a label cut short shows whole on hover
    chart()->setMargins(QMargins(4, 4, 4, 4));
    retranslateUi();
    EarningsDonut::redraw(); // this class's own drawing, as construction ends
}

QString EarningsDonut::centreText() const
{
    return m_centre->text();
}

void EarningsDonut::redraw()
{
    QChart *c = chart();
    c->removeAllSeries();
    auto *series = new QPieSeries;
    series->setHoleSize(0.55);
    const QList<QColor> colours { look::KaartOrange, look::blue(palette()),
        QColor(0x7a, 0x9e, 0x7e), QColor(0x9e, 0x9e, 0x9e) };
    for (int part = 0; part < models::EarningsByKindModel::PartCount; ++part) {
        const core::Money amount = m_model->amount(part);
        auto *slice = new QPieSlice(tr("%1 %2").arg(models::EarningsByKindModel::partName(part),
                                        m_model->amountText(amount)),
            amount > core::Money(0) ? static_cast<qreal>(amount.cents()) : 0.0);
        slice->setColor(colours.at(part));
        slice->setBorderColor(palette().color(QPalette::Base));
        series->append(slice);
    }
    c->addSeries(series);
    // Every part is in the legend with its amount; a part that is not positive is not drawn.
    const QList<QLegendMarker *> markers = c->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(true);
    m_centre->setText(m_model->amountText(m_model->total()));
    m_centre->setBrush(palette().color(QPalette::Text));
    m_centre->setVisible(!m_model->isEmpty());
    setEmptyText(m_model->isEmpty() ? tr("No earnings yet") : QString());
    placeCentre();
}

void EarningsDonut::placeCentre()
{
    // The item is the chart's child: chart coordinates.
    const QRectF text = m_centre->boundingRect();
    m_centre->setPos(chart()->plotArea().center() - QPointF(text.width() / 2, text.height() / 2));
}

void EarningsDonut::retranslateUi()
{
    setTitle(tr("Earnings by kind"));
    setShowAsTableText(tr("Show as table"));
}

void EarningsDonut::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ChartPanel::changeEvent(event);
}

} // namespace mikro::ui
