#include "ui/common/RecordTable.h"

#include "models/CsvWriter.h"
#include "models/ItemRoles.h"
#include "models/SearchFilterModel.h"
#include "ui/common/Page.h"
#include "ui/common/StatusBadgeDelegate.h"
#include "ui/common/WaitingDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mikro::ui {

RecordTable::RecordTable(
    QAbstractItemModel *model, const QString &objectName, QWidget *parent, Rows rows)
    : QWidget(parent)
    , m_proxy(new models::SearchFilterModel(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_empty(new QLabel)
    , m_rows(rows)
{
    setObjectName(objectName);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_search->setObjectName(objectName + QStringLiteral("Search"));
    m_empty->setObjectName(objectName + QStringLiteral("Empty"));
    // A lazy model is shown as it is: a proxy over it would map every row it ever loaded.
    if (m_rows == Rows::InMemory)
        m_proxy->setSourceModel(model);
    m_view->setModel(m_rows == Rows::Lazy ? model : static_cast<QAbstractItemModel *>(m_proxy));
    m_view->setItemDelegate(new WaitingDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Rows of one height: a view of 100,000 rows then never measures them one by one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->installEventFilter(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_search->setClearButtonEnabled(true);
    m_search->hide();
    m_search->installEventFilter(this);
    // Ctrl+F (UI.md §1.7) reaches the search box from anywhere in the table.
    auto *find
        = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        if (m_search->isVisible())
            m_search->setFocus(Qt::ShortcutFocusReason);
    });
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    m_stack = new QStackedLayout;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addLayout(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_proxy->setSearch(m_search->text());
        updateEmptyState();
    });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { emit activated(sourceRow(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { emit currentRowChanged(sourceRow(current)); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_restored)
            m_view->resizeColumnsToContents();
        updateEmptyState();
        emit currentRowChanged(-1);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordTable::updateEmptyState);
    retranslateUi();
    updateEmptyState();
    restoreHeader();
}

void RecordTable::restoreHeader()
{
    // A lazy table's order is its model's query, read afresh: only small tables keep theirs.
    if (m_rows == Rows::Lazy || objectName().isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = QSettings().value(stateKey()).toByteArray();
    m_restored = !state.isEmpty() && header->restoreState(state);
    if (m_restored)
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    for (const auto changed : { &QHeaderView::sectionResized, &QHeaderView::sectionMoved })
        connect(header, changed, this, &RecordTable::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordTable::saveHeader);
}

QString RecordTable::stateKey() const
{
    return QLatin1String(StateGroup) + QLocale().name() + u'/' + objectName();
}

void RecordTable::saveHeader() const
{
    QSettings().setValue(stateKey(), m_view->horizontalHeader()->saveState());
}

void RecordTable::setSearchable(bool searchable)
{
    m_search->setVisible(searchable);
}

void RecordTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

void RecordTable::sortBy(int column, Qt::SortOrder order)
{
    if (!m_restored)
        m_view->sortByColumn(column, order);
}

void RecordTable::fitColumnsOnce()
{
    if (m_restored || m_fitted || m_view->model()->rowCount() == 0)
        return;
    m_fitted = true;
    m_view->resizeColumnsToContents();
}

bool RecordTable::selectId(qint64 id)
{
    QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(models::IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0, 0));
    return false;
}

void RecordTable::setStatusColumn(int column)
{
    m_view->setItemDelegateForColumn(column, new StatusBadgeDelegate(m_view));
}

QAbstractItemModel *RecordTable::shown() const
{
    return m_view->model();
}

int RecordTable::sourceRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return m_rows == Rows::Lazy ? index.row() : m_proxy->mapToSource(index).row();
}

int RecordTable::currentRow() const
{
    return sourceRow(m_view->currentIndex());
}

QList<int> RecordTable::selectedRows() const
{
    QList<QModelIndex> shownRows = m_view->selectionModel()->selectedRows();
    std::ranges::sort(shownRows, {}, &QModelIndex::row);
    QList<int> rows;
    for (const QModelIndex &index : shownRows)
        rows << sourceRow(index);
    return rows;
}

QString RecordTable::selectionAsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    const QAbstractItemModel *model = shown();
    for (int column = 0; column < model->columnCount(); ++column)
        header << model->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const int row : rows) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column)
                         .data()
                         .toString()
                         .replace(QLatin1Char('\t'), QLatin1Char(' '))
                         .replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray RecordTable::csv() const
{
    return models::modelAsCsv(*shown());
}

bool RecordTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_view && key->matches(QKeySequence::Copy)) {
            QApplication::clipboard()->setText(selectionAsText());
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordTable::updateEmptyState()
{
    const bool filteredOut = m_rows == Rows::InMemory && m_proxy->rowCount() == 0
        && m_proxy->sourceModel()->rowCount() > 0;
    m_empty->setText(
        filteredOut ? tr("Nothing matches “%1”.").arg(m_proxy->search()) : m_emptyText);
    m_stack->setCurrentIndex(shown()->rowCount() == 0 && !m_empty->text().isEmpty() ? 1 : 0);
}

void RecordTable::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search"));
}

void RecordTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordTable::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    nameView();
}

void RecordTable::nameView()
{
    // A screen reader announces the table by what a sighted person reads above it: the tab it
    // is on, or else the page's (the window's) title.
    QString name;
    for (QWidget *w = this; w && name.isEmpty(); w = w->parentWidget()) {
        QWidget *stack = w->parentWidget();
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(w) >= 0)
            name = tabs->tabText(tabs->indexOf(w)).remove(u'&');
        else if (const auto *page = qobject_cast<const Page *>(w))
            name = page->title();
        else if (w->isWindow())
            name = w->windowTitle();
    }
    m_view->setAccessibleName(name.isEmpty() ? objectName() : name);
}

} // namespace mikro::ui
