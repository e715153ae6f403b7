#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/money/PaymentRecords.h"

namespace mikro::models {

/// The organisation's payments for an admin (UI.md §5.4 History): Paid on · Person · Amount ·
/// Transfer reference · Paid to · Request # ("Manual" for a payment without one) · Paid by ·
/// Note, newest first. It shows what the page gives it and never fetches.
class OrgPayoutsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { PaidOn, Person, Amount, TransferReference, PaidTo, RequestNumber, PaidBy, Note };

    explicit OrgPayoutsModel(QObject *parent = nullptr);

    void setPayments(const QList<domain::PaymentRow> &payments, const QString &currency);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).id; }

private:
    QList<domain::PaymentRow> m_rows;
    QString m_currency;
};

} // namespace mikro::models
