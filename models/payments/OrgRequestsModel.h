#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/money/PaymentRecords.h"

#include <optional>

namespace mikro::models {

/// The organisation's payout requests for an admin (UI.md §5.4 Requests): # · Person · Paid to
/// (the payee's payment email now) · Requested · Amount · Note · Status · Decided by · Decided ·
/// Decision note. A status filter shows one status (Pending by default: the queue) or all of
/// them. It shows what the page gives it and never fetches.
class OrgRequestsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Person,
        PaidTo,
        Requested,
        Amount,
        Note,
        Status,
        DecidedBy,
        Decided,
        DecisionNote
    };

    explicit OrgRequestsModel(QObject *parent = nullptr);

    /// Pending and decided requests together; amounts in `currency`.
    void setRequests(const QList<domain::PayRequestRow> &requests, const QString &currency);
    /// Only requests of `status`; nothing: every one.
    void setStatusFilter(std::optional<domain::PaymentStatus> status);
    [[nodiscard]] std::optional<domain::PaymentStatus> statusFilter() const { return m_status; }
    [[nodiscard]] const domain::PayRequestRow &requestAt(int row) const
    {
        return m_all.at(m_shown.at(row));
    }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_shown.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return requestAt(row).id; }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    void applyFilter();

    QList<domain::PayRequestRow> m_all;
    QList<qsizetype> m_shown; ///< indexes into m_all that pass the filter
    std::optional<domain::PaymentStatus> m_status = domain::PaymentStatus::Pending;
    QString m_currency;
};

} // namespace mikro::models
