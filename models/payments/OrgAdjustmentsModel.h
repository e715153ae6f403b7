#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/money/PaymentRecords.h"

namespace mikro::models {

/// The organisation's adjustments for an admin (UI.md §5.4 Adjustments): Date · Person · Amount
/// (signed: + a credit, − a debit) · Reason · By, newest first. It shows what the page gives it
/// and never fetches.
class OrgAdjustmentsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Person, Amount, Reason, By };

    explicit OrgAdjustmentsModel(QObject *parent = nullptr);

    void setAdjustments(const QList<domain::AdjustmentRow> &adjustments, const QString &currency);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).entry.id; }

private:
    QList<domain::AdjustmentRow> m_rows;
    QString m_currency;
};

} // namespace mikro::models
