#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/money/PaymentRecords.h"

namespace mikro::models {

/// The organisation's pending payout requests for an admin (UI.md §5.4): # · Person · Paid to
/// (the payee's payment email now) · Requested · Amount · Note, oldest first — the order they are
/// worked. It shows what the page gives it and never fetches.
class PendingRequestsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Person, PaidTo, Requested, Amount, Note };

    explicit PendingRequestsModel(QObject *parent = nullptr);

    void setRequests(const QList<domain::PayRequestRow> &pending, const QString &currency);
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
