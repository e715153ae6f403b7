#pragma once

#include "services/domain/money/Ledger.h"
#include "ui/common/Page.h"

class QPushButton;
class QTabWidget;

namespace mikro::models {
class PayoutRequestsModel;
class PayoutsModel;
} // namespace mikro::models

namespace mikro::ui {

class FigureCard;
class LedgerPanel;
class PayoutRequestButton;
class RecordTable;

/// The person's own money (UI.md §3.3): Payable with "Request payout…", Pending, Paid and
/// Earned, the tiles by kind, and the tabs Requests (cancel one's own pending request), Payouts
/// (CSV export) and Ledger (lazily, a page at a time). Figures come from the payouts area alone.
class PaymentsPage : public Page
{
    Q_OBJECT
public:
    explicit PaymentsPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *requestsTable() const { return m_requests; }
    [[nodiscard]] RecordTable *payoutsTable() const { return m_payouts; }
    [[nodiscard]] LedgerPanel *ledger() const { return m_ledger; }

signals:
    void accountPageRequested();

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void showBalance(const domain::Balance &balance);
    void updateActions();
    void confirmCancel();
    void exportPayouts();
    void retranslateUi();

    FigureCard *m_payable = nullptr;
    FigureCard *m_pending = nullptr;
    FigureCard *m_paid = nullptr;
    FigureCard *m_earned = nullptr;
    FigureCard *m_mapping = nullptr;
    FigureCard *m_validation = nullptr;
    FigureCard *m_checklist = nullptr;
    FigureCard *m_adjustments = nullptr;
    PayoutRequestButton *m_request = nullptr;
    models::PayoutRequestsModel *m_requestsModel = nullptr;
    models::PayoutsModel *m_payoutsModel = nullptr;
    RecordTable *m_requests = nullptr;
    RecordTable *m_payouts = nullptr;
    LedgerPanel *m_ledger = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    bool m_cancelling = false;
};

} // namespace mikro::ui
