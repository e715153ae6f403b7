#pragma once

#include <QSortFilterProxyModel>

namespace mikro::models {

/// Sorting by SortRole and the tables' search (UI.md §2.3): a row stays when every word of the
/// search appears in one of its cells, ignoring case and accents ("jose" finds "José").
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SearchFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    [[nodiscard]] QString search() const { return m_search; }
    /// Lower case without accents: how cells and searches are compared.
    [[nodiscard]] static QString folded(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(
        int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_words;
};

} // namespace mikro::models
