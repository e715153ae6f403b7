#include "ui/pages/OrgDashboardPage.h"

#include "models/dashboard/EarningsByKindModel.h"
#include "models/dashboard/WeeklyTasksModel.h"
#include "services/client/Backend.h"
#include "services/client/DashboardsClient.h"
#include "services/client/ProjectsClient.h"
#include "services/client/ReconciliationClient.h"
#include "services/client/Session.h"
#include "services/core/WhenReady.h"
#include "ui/charts/EarningsDonut.h"
#include "ui/charts/WeeklyTasksChart.h"
#include "ui/common/FigureCard.h"
#include "ui/common/ShortList.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>

#include <algorithm>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

namespace {

constexpr int CardsPerRow = 5;

QString personOf(const QString &name, const QString &osmUsername)
{
    return osmUsername.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, osmUsername);
}

QString dateOf(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

OrgDashboardPage::OrgDashboardPage(const PageContext &context, QWidget *parent)
    : Page(context,
        { Area::Dashboards, Area::Reconciliation, Area::Payouts, Area::Projects, Area::People,
            Area::Review, Area::Sync },
        parent)
    , m_projects(new FigureCard(QStringLiteral("orgProjectsCard")))
    , m_people(new FigureCard(QStringLiteral("orgPeopleCard")))
    , m_pending(new FigureCard(QStringLiteral("orgPendingCard")))
    , m_tasks(new FigureCard(QStringLiteral("orgTasksCard")))
    , m_earned(new FigureCard(QStringLiteral("orgEarnedCard")))
    , m_payable(new FigureCard(QStringLiteral("orgPayableCard")))
    , m_paid(new FigureCard(QStringLiteral("orgPaidCard")))
    , m_review(new FigureCard(QStringLiteral("orgReviewCard")))
    , m_sync(new FigureCard(QStringLiteral("orgSyncCard")))
    , m_weeklyModel(new models::WeeklyTasksModel(this))
    , m_earningsModel(new models::EarningsByKindModel(this))
    , m_pendingList(new ShortList(QStringLiteral("oldestPendingList")))
    , m_payoutsList(new ShortList(QStringLiteral("recentPayoutsList")))
    , m_budgetList(new ShortList(QStringLiteral("nearBudgetList")))
    , m_emptyOrg(new QLabel)
{
    setObjectName(QStringLiteral("orgDashboardPage"));
    m_cards = { m_projects, m_people, m_pending, m_tasks, m_earned, m_payable, m_paid, m_review,
        m_sync };
    m_pending->setAccent(true);
    auto *openPayments = new QPushButton;
    openPayments->setObjectName(QStringLiteral("openPaymentsButton"));
    openPayments->setFlat(true);
    m_pending->addWidget(openPayments);
    connect(
        openPayments, &QPushButton::clicked, this, &OrgDashboardPage::reconciliationPageRequested);
    auto *openReview = new QPushButton;
    openReview->setObjectName(QStringLiteral("openReviewButton"));
    openReview->setFlat(true);
    m_review->addWidget(openReview);
    connect(openReview, &QPushButton::clicked, this, &OrgDashboardPage::reviewPageRequested);
    auto *openSync = new QPushButton;
    openSync->setObjectName(QStringLiteral("openSyncButton"));
    openSync->setFlat(true);
    m_sync->addWidget(openSync);
    connect(openSync, &QPushButton::clicked, this, &OrgDashboardPage::syncPageRequested);
    for (ShortList *list : { m_pendingList, m_payoutsList })
        connect(
            list, &ShortList::openRequested, this, &OrgDashboardPage::reconciliationPageRequested);

    m_emptyOrg->setObjectName(QStringLiteral("emptyOrganisation"));
    m_emptyOrg->setWordWrap(true);
    m_emptyOrg->setVisible(false);
    auto *cards = new QGridLayout;
    for (int i = 0; i < m_cards.size(); ++i)
        cards->addWidget(m_cards[i], i / CardsPerRow, i % CardsPerRow);
    auto *charts = new QHBoxLayout;
    charts->addWidget(new WeeklyTasksChart(m_weeklyModel), 1);
    charts->addWidget(new EarningsDonut(m_earningsModel), 1);
    auto *lists = new QHBoxLayout;
    for (ShortList *list : { m_pendingList, m_payoutsList, m_budgetList }) {
        // Five rows fit; the charts keep the rest of the height.
        list->setMinimumHeight(170);
        list->setMaximumHeight(190);
        lists->addWidget(list, 1);
    }
    contentLayout()->addWidget(m_emptyOrg);
    contentLayout()->addLayout(cards);
    contentLayout()->addLayout(charts, 1);
    contentLayout()->addLayout(lists);
    retranslateUi();
}

QString OrgDashboardPage::title() const
{
    return tr("Dashboard");
}

void OrgDashboardPage::load()
{
    client::Backend &b = backend();
    core::whenAllReady(
        this,
        [this](const core::Result<domain::OrgDashboard> &figures,
            const core::Result<domain::PaymentRecordSet> &records,
            const core::Result<QList<domain::ProjectRow>> &projects) {
            // One page, read together: any part missing fails it with that part's reason.
            for (const core::Error *e : { figures.ok() ? nullptr : &figures.error(),
                     records.ok() ? nullptr : &records.error(),
                     projects.ok() ? nullptr : &projects.error() }) {
                if (e) {
                    failed(*e);
                    return;
                }
            }
            present({ figures.value(), records.value(), projects.value() });
            loaded();
        },
        b.dashboards().org(QTimeZone::systemTimeZone(), QLocale().firstDayOfWeek()),
        b.reconciliation().records(), b.projects().organisation());
}

void OrgDashboardPage::present(const Shown &shown)
{
    m_shown = shown;
    const domain::MoneyFigures &m = shown.figures.money;
    m_earningsModel->setEarnings(m.mappingEarnings, m.validationEarnings, m.checklistEarnings,
        m.adjustments, session().currency());
    retranslateUi();
}

void OrgDashboardPage::retranslateUi()
{
    m_projects->setTitle(tr("Active projects"));
    m_people->setTitle(tr("People"));
    m_pending->setTitle(tr("Pending payouts"));
    m_tasks->setTitle(tr("Tasks this month"));
    m_earned->setTitle(tr("Earned"));
    m_payable->setTitle(tr("Payable"));
    m_paid->setTitle(tr("Paid out"));
    m_review->setTitle(tr("Needs review"));
    m_sync->setTitle(tr("Sync problems"));
    findChild<QPushButton *>(QStringLiteral("openPaymentsButton"))->setText(tr("Open Payments"));
    findChild<QPushButton *>(QStringLiteral("openReviewButton"))->setText(tr("Open Review"));
    findChild<QPushButton *>(QStringLiteral("openSyncButton"))->setText(tr("Open Sync"));
    m_emptyOrg->setText(tr("No projects yet. Add a Tasking Manager project to start."));
    m_pendingList->setHeading(tr("Oldest pending requests"));
    m_pendingList->setColumns({ tr("Person"), tr("Amount"), tr("Requested") }, { 1 });
    m_pendingList->setEmptyText(tr("No payout requests are waiting."));
    m_pendingList->setOpenText(tr("Open Payments"));
    m_payoutsList->setHeading(tr("Recent payouts"));
    m_payoutsList->setColumns({ tr("Person"), tr("Amount"), tr("Paid") }, { 1 });
    m_payoutsList->setEmptyText(tr("Nobody has been paid yet."));
    m_payoutsList->setOpenText(tr("Open Payments"));
    m_budgetList->setHeading(tr("Projects near budget"));
    m_budgetList->setColumns({ tr("Project"), tr("Used"), tr("Budget") }, { 1, 2 });
    m_budgetList->setEmptyText(tr("No project has used 90 % of its budget."));
    if (!m_shown)
        return;
    m_weeklyModel->setSeries(m_shown->figures.weekly,
        { { QStringLiteral("mapped"), tr("Mapped") },
            { QStringLiteral("validated"), tr("Validated") },
            { QStringLiteral("invalidated"), tr("Invalidated") } });
    fillCards();
    fillLists();
}

void OrgDashboardPage::fillCards()
{
    const QLocale locale;
    const QString currency = session().currency();
    const auto money
        = [&](core::Money amount) { return core::formatMoney(amount, currency, locale); };
    const auto number = [&](int n) { return locale.toString(n); };
    const domain::OrgDashboard &d = m_shown->figures;
    m_projects->setValue(number(d.activeProjects));
    m_projects->setSubLine(tr("%1 inactive, %2 completed")
                               .arg(number(d.inactiveProjects), number(d.completedProjects)));
    m_people->setValue(number(d.people));
    m_people->setSubLine(tr("%1, %2").arg(
        tr("%n validator(s)", nullptr, d.validators), tr("%n admin(s)", nullptr, d.admins)));
    m_pending->setValue(money(d.money.pending));
    m_pending->setSubLine(tr("%n request(s)", nullptr, d.pendingRequests));
    m_tasks->setValue(number(d.tasksThisMonth));
    const int change = d.tasksThisMonth - d.tasksLastMonth;
    m_tasks->setSubLine(change < 0 ? tr("−%1 vs last month").arg(number(-change))
                                   : tr("+%1 vs last month").arg(number(change)));
    m_earned->setValue(money(d.money.earned));
    m_earned->setSubLine(tr("Adjustments %1").arg(money(d.money.adjustments)));
    m_payable->setValue(money(d.money.payable));
    m_payable->setSubLine(tr("%n people can request", nullptr, d.canRequest));
    m_paid->setValue(money(d.money.paid));
    m_paid->setSubLine(tr("%1 this month").arg(money(d.paidThisMonth)));
    m_review->setValue(number(d.needsReview));
    m_review->setSubLine(tr("tasks waiting for an admin"));
    m_sync->setValue(number(d.syncProblems));
    m_sync->setSubLine(d.syncProblems > 0 ? tr("projects whose last sync failed")
                                          : tr("every last sync succeeded"));
    m_emptyOrg->setVisible(d.activeProjects + d.inactiveProjects + d.completedProjects == 0);
}

void OrgDashboardPage::fillLists()
{
    const QLocale locale;
    const QString currency = session().currency();
    QList<QStringList> rows;
    for (const domain::PayRequestRow &r : m_shown->records.pending.mid(0, ListRows))
        rows << QStringList { personOf(r.userName, r.osmUsername),
            core::formatMoney(r.amount, currency, locale), dateOf(r.requestedAt) };
    m_pendingList->setRows(rows);
    rows.clear();
    for (const domain::PaymentRow &p : m_shown->records.payments.mid(0, ListRows))
        rows << QStringList { personOf(p.userName, p.osmUsername),
            core::formatMoney(p.amount, currency, locale), dateOf(p.paidAt) };
    m_payoutsList->setRows(rows);
    QList<domain::ProjectRow> near;
    std::ranges::copy_if(
        m_shown->projects, std::back_inserter(near), &domain::ProjectRow::budgetWarning);
    std::ranges::stable_sort(near, std::ranges::greater {}, &domain::ProjectRow::budgetUsedPercent);
    rows.clear();
    for (const domain::ProjectRow &p : near.mid(0, ListRows))
        rows << QStringList { p.name, tr("%1 %").arg(locale.toString(p.budgetUsedPercent())),
            core::formatMoney(p.budget, currency, locale) };
    m_budgetList->setRows(rows);
}

void OrgDashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

} // namespace mikro::ui
