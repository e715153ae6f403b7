#include "ui/charts/ChartPanel.h"

#include "ui/common/Look.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mikro::ui {

ChartPanel::ChartPanel(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_asTable(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(new QChart, m_stack))
    , m_table(new QTableView(m_stack))
    , m_empty(new QLabel(m_stack))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    m_asTable->setObjectName(objectName + QStringLiteral("AsTable"));
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_empty->setObjectName(objectName + QStringLiteral("Empty"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 220);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_asTable);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    connect(m_asTable, &QCheckBox::toggled, this, &ChartPanel::setShowTable);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        redraw();
        setShowTable(m_asTable->isChecked());
    });
    applyTheme();
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::setShowTable(bool table)
{
    m_asTable->setChecked(table);
    if (table)
        m_stack->setCurrentWidget(m_table);
    else
        m_stack->setCurrentWidget(
            m_empty->text().isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_view->setAccessibleName(title);
    m_view->viewport()->setAccessibleName(title); // the part that takes the keyboard focus
    m_table->setAccessibleName(title);
}

void ChartPanel::setShowAsTableText(const QString &text)
{
    m_asTable->setText(text);
}

void ChartPanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    setShowTable(m_asTable->isChecked());
}

void ChartPanel::applyTheme()
{
    const bool dark = look::isDark(palette());
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().base());
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        redraw(); // the theme resets the series' colours
    }
    QFrame::changeEvent(event);
}

} // namespace mikro::ui
