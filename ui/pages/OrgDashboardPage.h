#pragma once

#include "services/domain/money/PaymentRecords.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/reporting/DashboardService.h"
#include "ui/common/Page.h"

namespace mikro::models {
class EarningsByKindModel;
class WeeklyTasksModel;
} // namespace mikro::models

namespace mikro::ui {

class FigureCard;
class ShortList;

/// The organisation at a glance (UI.md §5.1), an admin's first page: nine cards (projects,
/// people, pending payouts, tasks this month, earned, payable, paid out, needs review, sync
/// problems), the weekly tasks and earnings by kind of the whole organisation, and three short
/// lists — the oldest pending requests, the recent payouts and the projects near their budget.
/// Figures come from the dashboards area (defined once, in the service), lists from the
/// reconciliation and projects areas.
class OrgDashboardPage : public Page
{
    Q_OBJECT
public:
    static constexpr int ListRows = 5;

    explicit OrgDashboardPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] ShortList *pendingList() const { return m_pendingList; }
    [[nodiscard]] ShortList *payoutsList() const { return m_payoutsList; }
    [[nodiscard]] ShortList *budgetList() const { return m_budgetList; }

signals:
    void reconciliationPageRequested();
    void reviewPageRequested();
    void syncPageRequested();

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    struct Shown
    {
        domain::OrgDashboard figures;
        domain::PaymentRecordSet records;
        QList<domain::ProjectRow> projects;
    };
    void present(const Shown &shown);
    void retranslateUi();
    void fillCards();
    void fillLists();

    QList<FigureCard *> m_cards;
    FigureCard *m_projects = nullptr;
    FigureCard *m_people = nullptr;
    FigureCard *m_pending = nullptr;
    FigureCard *m_tasks = nullptr;
    FigureCard *m_earned = nullptr;
    FigureCard *m_payable = nullptr;
    FigureCard *m_paid = nullptr;
    FigureCard *m_review = nullptr;
    FigureCard *m_sync = nullptr;
    models::WeeklyTasksModel *m_weeklyModel = nullptr;
    models::EarningsByKindModel *m_earningsModel = nullptr;
    ShortList *m_pendingList = nullptr;
    ShortList *m_payoutsList = nullptr;
    ShortList *m_budgetList = nullptr;
    QLabel *m_emptyOrg = nullptr;
    std::optional<Shown> m_shown;
};

} // namespace mikro::ui
