#pragma once

#include "services/client/codec/AccountCodec.h"
#include "services/domain/checklists/ChecklistBoard.h"
#include "services/domain/money/Ledger.h"
#include "services/domain/money/PaymentRecords.h"
#include "services/domain/projects/ProjectDirectory.h"
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
class ValidatorWork;

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
    /// A validator's cards and "Waiting longest" (UI.md §4.1); hidden for other roles.
    [[nodiscard]] ValidatorWork *validatorWork() const { return m_validatorWork; }

signals:
    void accountPageRequested();
    void trainingPageRequested();
    void checklistsPageRequested();
    void paymentsPageRequested();
    void reviewPageRequested();

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
        QList<domain::InstanceView> toReview; ///< a validator's: others' checklists
        QList<domain::MemberProject> projects; ///< a validator's, for "My projects"
    };
    void showFigures(const Figures &figures);
    /// The validator's dashboard (UI.md §4.1) is a validator's; an admin's own work is a
    /// person's (their validation work has its own pages).
    [[nodiscard]] bool isValidator() const;
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
    ValidatorWork *m_validatorWork = nullptr;
    std::optional<Figures> m_shown;
};

} // namespace mikro::ui
