#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QStackedLayout;
class QTableView;
class QTimer;

namespace mikro::models {
class SearchFilterModel;
}

namespace mikro::ui {

/// A table as UI.md §2.3 wants every one: header sort by the model's SortRole with an indicator,
/// an optional search box ("Search…", 300 ms after the last key, case and accents ignored),
/// Ctrl+C copying the selected rows as tab-separated text, CSV of every row in view order, and an
/// empty state of one centred sentence. Enter or double-click activates the row.
class RecordTable : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 300;

    /// Small tables load whole and sort and search in memory; lazy ones (UI.md §2.3) hand
    /// sorting to their model, which asks the store.
    enum class Rows { InMemory, Lazy };

    RecordTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent = nullptr,
        Rows rows = Rows::InMemory);

    /// Where the header's state (column order, widths, hidden columns, sort) is kept in QSettings
    /// (UI.md §1.8), per language (`tables/v1/<locale>/<table>`: widths fitted to English headers
    /// would cut Spanish ones); a new version resets a changed column set cleanly.
    static constexpr const char *StateGroup = "tables/v1/";

    void setSearchable(bool searchable);
    void setEmptyText(const QString &text);
    /// The table's default order, unless the person's own order was restored.
    void sortBy(int column, Qt::SortOrder order);
    /// Fits the columns to their contents once, after the first rows arrive, unless the person's
    /// own widths were restored.
    void fitColumnsOnce();
    /// Makes the row of record `id` (its IdRole) current, else the first row; false when `id` is
    /// not shown.
    bool selectId(qint64 id);
    /// Draws `column` as status badges (UI.md §1.9) from the rows' StatusRole words.
    void setStatusColumn(int column);
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] models::SearchFilterModel *proxy() const { return m_proxy; }
    /// The current row in the model's own numbering, or -1.
    [[nodiscard]] int currentRow() const;
    /// The selected rows in the model's own numbering, in view order.
    [[nodiscard]] QList<int> selectedRows() const;
    /// The selected rows as tab-separated text with a header line (what Ctrl+C copies).
    [[nodiscard]] QString selectionAsText() const;
    /// Every row in view order as CSV (UI.md §2.3: UTF-8, header row, CsvRole values).
    [[nodiscard]] QByteArray csv() const;

signals:
    void activated(int row);
    void currentRowChanged(int row);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    /// What the view shows: the search proxy, or the model itself when lazy.
    [[nodiscard]] QAbstractItemModel *shown() const;
    [[nodiscard]] int sourceRow(const QModelIndex &index) const;
    void restoreHeader();
    /// The QSettings key of this table's header in the current language.
    [[nodiscard]] QString stateKey() const;
    void saveHeader() const;
    void retranslateUi();
    /// The view's accessible name: its tab's text, else its page's title.
    void nameView();

    models::SearchFilterModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
    QString m_emptyText;
    Rows m_rows = Rows::InMemory;
    bool m_restored = false; ///< the header's state came from QSettings
    bool m_fitted = false;
};

} // namespace mikro::ui
