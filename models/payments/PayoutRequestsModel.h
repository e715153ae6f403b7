#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/money/PaymentRecords.h"

namespace mikro::models {

/// A person's payout requests (UI.md §3.3 Requests): # · Requested · Amount · Status · Decided ·
/// My note · Decision note, newest first. It shows what the page gives it and never fetches.
class PayoutRequestsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Requested, Amount, Status, Decided, MyNote, DecisionNote };

    explicit PayoutRequestsModel(QObject *parent = nullptr);

    /// Pending and decided requests together, newest request first; amounts in `currency`.
    void setRequests(const domain::PaymentRecordSet &records, const QString &currency);
    [[nodiscard]] const domain::PayRequestRow &requestAt(int row) const { return m_rows.at(row); }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).id; }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    QList<domain::PayRequestRow> m_rows;
    QString m_currency;
};

} // namespace mikro::models
