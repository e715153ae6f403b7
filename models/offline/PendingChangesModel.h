#pragma once

#include "models/RecordTableModel.h"
#include "services/client/offline/Outbox.h"

namespace mikro::models {

/// Pending changes (UI.md §1.4): Queued at · Change ("Confirm item 3 of 'Road QA' for Ben Ito") ·
/// State (Waiting / Sending / Retrying at 14:05, attempt 3 / Conflict / Refused) · Message.
/// Oldest first, the order they are sent in. It shows what it is given.
class PendingChangesModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { QueuedAt, Change, State, Message };

    explicit PendingChangesModel(QObject *parent = nullptr);

    /// The outbox's entries; `sendingSeq` is the one in flight (0: none).
    void setEntries(const QList<client::OutboxEntry> &entries, qint64 sendingSeq);
    [[nodiscard]] const client::OutboxEntry &entryAt(int row) const { return m_rows.at(row); }

    /// "Confirm item 3 of 'Road QA' for Ben Ito", in the person's language.
    [[nodiscard]] static QString describe(const client::ChecklistChange &change);
    [[nodiscard]] QString stateText(int row) const;

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString statusOf(int row) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).seq; }

private:
    QList<client::OutboxEntry> m_rows;
    qint64 m_sending = 0;
};

} // namespace mikro::models
