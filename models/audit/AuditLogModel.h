#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/audit/AuditTrail.h"

namespace mikro::models {

/// The organisation's audit log (UI.md §5.9: When · Actor · Action · Entity · Entity ID ·
/// Summary), newest first, loaded lazily: it holds the pages read so far. It never reads by
/// itself: when the view scrolls to its end it asks for the page before the last entry
/// (moreWanted); the page that owns it answers with append(), or restart() for new filters.
/// The order is the log's (newest first); its columns do not sort.
class AuditLogModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { When, Actor, Action, Entity, EntityId, Summary };

    explicit AuditLogModel(QObject *parent = nullptr);

    /// The filters the rows answer; a new first page is wanted for them.
    [[nodiscard]] const domain::AuditQuery &query() const { return m_query; }
    /// Shows `entries` as the first page of `query`; `next` is the id to read before (0: none).
    void restart(
        const domain::AuditQuery &query, const QList<domain::AuditEntry> &entries, qint64 next);
    /// Appends the page read for `askedFor` when it continues the rows shown; false (and nothing
    /// changes) for an answer to other filters or a page already here.
    bool append(
        const domain::AuditQuery &askedFor, const QList<domain::AuditEntry> &entries, qint64 next);
    /// The page asked for did not come: scrolling may ask again.
    void fetchFailed() { m_waiting = false; }
    [[nodiscard]] bool hasMore() const { return m_next > 0; }
    [[nodiscard]] const domain::AuditEntry &entryAt(int row) const { return m_rows.at(row).entry; }

    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Whether two queries filter alike (their page and size aside).
    [[nodiscard]] static bool sameFilters(const domain::AuditQuery &a, const domain::AuditQuery &b);
    /// "role: validator · active: true": the details' top-level pairs, nested ones compact.
    [[nodiscard]] static QString summaryOf(const QByteArray &details);
    /// The details as (key, value) pairs, in the stored order of keys.
    [[nodiscard]] static QList<std::pair<QString, QString>> pairsOf(const QByteArray &details);
    /// The translated word for an entity type ("payment_request" → "Payout request").
    [[nodiscard]] static QString entityWord(const QString &entity);
    /// The stored entity types the log knows, for a filter ("user", "project"…).
    [[nodiscard]] static QStringList entityTypes();
    /// The stored actions the services write ("pay_request", "update_project"…), A–Z; the
    /// filter also takes any other word typed.
    [[nodiscard]] static QStringList actionTypes();

signals:
    void moreWanted(const mikro::domain::AuditQuery &query);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).entry.id; }

private:
    struct Row
    {
        domain::AuditEntry entry;
        QString when; ///< made once when the page arrives: scrolling formats nothing
        QString summary;
    };
    void add(const QList<domain::AuditEntry> &entries);

    domain::AuditQuery m_query;
    QList<Row> m_rows;
    qint64 m_next = 0;
    bool m_waiting = false;
};

} // namespace mikro::models
