#include "ui/common/ShortList.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mikro::ui {

ShortList::ShortList(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_view(new QTreeWidget)
    , m_empty(new QLabel)
    , m_open(new QPushButton)
{
    setObjectName(objectName);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_open->setObjectName(objectName + QStringLiteral("Open"));
    m_empty->setObjectName(objectName + QStringLiteral("Empty"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->header()->setStretchLastSection(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_heading->setBuddy(m_view);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_open->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    connect(m_open, &QPushButton::clicked, this, &ShortList::openRequested);
    connect(m_view, &QTreeWidget::itemActivated, this, &ShortList::openRequested);
    setRows({});
}

void ShortList::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    m_view->setAccessibleName(heading);
}

void ShortList::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ShortList::setOpenText(const QString &text)
{
    m_open->setText(text);
    m_open->setVisible(!text.isEmpty());
}

void ShortList::setColumns(const QStringList &titles, const QList<int> &numeric)
{
    m_numeric = numeric;
    m_view->setColumnCount(static_cast<int>(titles.size()));
    m_view->setHeaderLabels(titles);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < titles.size(); ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (const int c : numeric)
        m_view->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}

void ShortList::setRows(const QList<QStringList> &rows)
{
    m_view->clear();
    QList<QTreeWidgetItem *> items;
    for (const QStringList &cells : rows) {
        items << new QTreeWidgetItem(cells);
        for (const int c : m_numeric)
            items.constLast()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_view->addTopLevelItems(items); // the tree owns them
    m_view->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty());
}

QStringList ShortList::lines() const
{
    QStringList out;
    for (int r = 0; r < m_view->topLevelItemCount(); ++r) {
        const QTreeWidgetItem *item = m_view->topLevelItem(r);
        QStringList cells;
        for (int c = 0; c < item->columnCount(); ++c)
            cells << item->text(c);
        out << cells.join(QStringLiteral(" · "));
    }
    return out;
}

} // namespace mikro::ui
