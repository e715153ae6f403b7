#pragma once

#include "services/domain/money/PaymentRecords.h"
#include "services/domain/reporting/DashboardService.h"
#include "ui/common/Page.h"

class QComboBox;
class QPushButton;
class QTabWidget;

namespace mikro::models {
class OrgAdjustmentsModel;
class OrgPayoutsModel;
class OrgRequestsModel;
} // namespace mikro::models

namespace mikro::ui {

class AdjustmentDialog;
class FigureCard;
class ManualPaymentDialog;
class RecordTable;

/// Payments for an admin (UI.md §5.4), the heart of reconciliation: the organisation's pending
/// requests, oldest first, with Pay… (the primary action) and Reject…, the payments made and the
/// adjustments, every list complete;
/// Manual payment…, Adjustment…, the payout batch for the payment provider (Export batch…) and
/// its result file (Import results…). Each change runs in its dialog, which names the person and
/// the amount; the pages showing the changed figures reload from the change feed.
class ReconciliationPage : public Page
{
    Q_OBJECT
public:
    explicit ReconciliationPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *pendingTable() const { return m_pending; }
    [[nodiscard]] RecordTable *paymentsTable() const { return m_payments; }
    [[nodiscard]] RecordTable *adjustmentsTable() const { return m_adjustments; }
    /// Shows request `id` in Requests (every status) or, with `payment`, payment `id` in
    /// Payments, reading the records afresh.
    void showRecord(bool payment, qint64 id);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] const domain::PayRequestRow *current() const;
    void updateActions();
    void pay();
    void reject();
    /// Reads the organisation's people, then opens the form for one of them.
    template <typename Dialog>
    void openPersonForm(QPushButton *button);
    [[nodiscard]] QString doneText(const ManualPaymentDialog &dialog) const;
    [[nodiscard]] QString doneText(const AdjustmentDialog &dialog) const;
    void showRefusal(const core::Error &error);
    void exportBatch();
    void importResults();
    /// Reads the settings, then opens Payout settings… with them.
    void payoutSettings();
    void retranslateUi();
    void fillCards();
    void applyStatusFilter();
    /// Shows the payments of the chosen period (UI.md §5.4 History "date range").
    void applyPaidPeriod();
    void selectRecord(bool payment, qint64 id);

    models::OrgRequestsModel *m_pendingModel = nullptr;
    models::OrgPayoutsModel *m_paymentsModel = nullptr;
    models::OrgAdjustmentsModel *m_adjustmentsModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_statusFilter = nullptr; ///< Pending (the queue), Paid, Rejected, Cancelled, All
    QComboBox *m_paidPeriod = nullptr; ///< models::PaidPeriod of the Payments tab
    RecordTable *m_pending = nullptr;
    RecordTable *m_payments = nullptr;
    RecordTable *m_adjustments = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_manual = nullptr;
    QPushButton *m_adjust = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_settings = nullptr;
    FigureCard *m_pendingCard = nullptr;
    FigureCard *m_payableCard = nullptr;
    FigureCard *m_paidMonthCard = nullptr;
    FigureCard *m_paidTotalCard = nullptr;
    domain::PaymentRecordSet m_records;
    std::optional<domain::OrgDashboard> m_figures; ///< the organisation's money figures
    std::optional<std::pair<bool, qint64>> m_wanted; ///< a record to show once read
};

} // namespace mikro::ui
