#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/checklists/ChecklistBoard.h"

#include <QDate>

namespace mikro::models {

/// Other people's checklists for a validator (UI.md §4.2): Checklist · Person · Done (3/8) ·
/// Confirmed (1/8) · Waiting since (the oldest done item not confirmed) · Last activity · Due ·
/// My pay (the validation rate) · Flags (Stale, Overdue). It shows what the page gives it.
class ReviewChecklistsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Checklist,
        Person,
        Done,
        Confirmed,
        WaitingSince,
        LastActivity,
        Due,
        MyPay,
        Flags
    };

    explicit ReviewChecklistsModel(QObject *parent = nullptr);

    /// `today` decides what is overdue (the page's clock, in local time).
    void setChecklists(
        const QList<domain::InstanceView> &checklists, const QString &currency, QDate today);
    [[nodiscard]] const domain::InstanceView &checklistAt(int row) const { return m_rows.at(row); }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).id; }
    [[nodiscard]] QString statusOf(int row) const override;
    [[nodiscard]] bool waitingOf(int row) const override { return m_rows.at(row).waitingToSend; }

private:
    [[nodiscard]] bool overdue(const domain::InstanceView &v) const;

    QList<domain::InstanceView> m_rows;
    QString m_currency;
    QDate m_today;
};

/// When the oldest done, unconfirmed item of a checklist was done; invalid when none waits.
[[nodiscard]] QDateTime waitingSince(const domain::InstanceView &v);

} // namespace mikro::models
