#pragma once

#include "services/client/codec/AccountCodec.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/reporting/DashboardService.h"
#include "ui/common/Page.h"

namespace mikro::models {
class EarningsByKindModel;
class WeeklyTasksModel;
} // namespace mikro::models

namespace mikro::ui {

class DashboardLists;
class FigureCard;
class PayoutRequestButton;

/// The person's own dashboard (UI.md §3.1): Payable (with "Request payout…"), Tasks mapped,
/// Tasks validated, Active projects, Earned, Pending and Paid, then the weekly tasks and the
/// earnings by kind. Money comes from the payouts area (Balance, defined once), task figures from
/// the dashboards area in the person's calendar, dates from their records.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;

    [[nodiscard]] DashboardLists *lists() const { return m_lists; }

signals:
    void accountPageRequested();
    void trainingPageRequested();
    void checklistsPageRequested();
    void paymentsPageRequested();

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    struct Figures
    {
        domain::Balance balance;
        domain::PersonDashboard dashboard;
        domain::PaymentRecordSet records;
        int needTraining = 0; ///< member projects with a required training not passed
    };
    void showFigures(const Figures &figures);
    void retranslateUi();

    FigureCard *m_payable = nullptr;
    FigureCard *m_mapped = nullptr;
    FigureCard *m_validated = nullptr;
    FigureCard *m_projects = nullptr;
    FigureCard *m_earned = nullptr;
    FigureCard *m_pending = nullptr;
    FigureCard *m_paid = nullptr;
    PayoutRequestButton *m_request = nullptr;
    models::WeeklyTasksModel *m_weeklyModel = nullptr;
    models::EarningsByKindModel *m_earningsModel = nullptr;
    DashboardLists *m_lists = nullptr;
    std::optional<Figures> m_shown;
};

} // namespace mikro::ui
