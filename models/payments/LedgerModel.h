#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/money/LedgerHistory.h"

namespace mikro::models {

/// A person's ledger (UI.md §3.3 Ledger: Date · Kind · For · Amount ±), loaded lazily: it holds
/// the pages read so far and the total. It never reads by itself: when the view scrolls to its
/// end it asks for the next page (moreWanted), and a header click or a kind filter asks for a new
/// first page (queryChanged) — sorting and filtering run in the store. The page that owns it
/// answers with append() or restart().
class LedgerModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Kind, For, Amount };

    explicit LedgerModel(QObject *parent = nullptr);

    /// The current sort and filter, at offset 0.
    [[nodiscard]] const domain::LedgerQuery &query() const { return m_query; }
    /// Filters by kind (empty: every kind); asks for a new first page.
    void setKind(std::optional<domain::LedgerKind> kind);
    /// Shows `first` as the first page of the current query.
    void restart(const domain::LedgerPage &first, const QString &currency);
    /// Appends `page` when it is the next page of the current query; false otherwise (an answer
    /// to an older query, or one already appended), and nothing changes.
    bool append(const domain::LedgerPage &page, const domain::LedgerQuery &askedFor);
    /// The page asked for did not come: scrolling may ask again.
    void fetchFailed() { m_waiting = false; }
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] const domain::LedgerRow &rowAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    /// The next page is wanted: `query` carries its offset.
    void moreWanted(const mikro::domain::LedgerQuery &query);
    /// The sort or filter changed: a new first page is wanted.
    void queryChanged(const mikro::domain::LedgerQuery &query);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).id; }

private:
    [[nodiscard]] QString forText(const domain::LedgerRow &row) const;

    domain::LedgerQuery m_query;
    QList<domain::LedgerRow> m_rows;
    qint64 m_total = 0;
    QString m_currency;
    bool m_waiting = false;
};

} // namespace mikro::models
