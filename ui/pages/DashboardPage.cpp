#include "ui/pages/DashboardPage.h"

#include "models/dashboard/EarningsByKindModel.h"
#include "models/dashboard/WeeklyTasksModel.h"
#include "services/client/Backend.h"
#include "services/client/ChecklistsClient.h"
#include "services/client/DashboardsClient.h"
#include "services/client/PayoutsClient.h"
#include "services/client/ProjectsClient.h"
#include "services/client/Session.h"
#include "services/client/TrainingClient.h"
#include "services/client/offline/OfflineReads.h"
#include "services/core/Clock.h"
#include "services/core/WhenReady.h"
#include "ui/charts/EarningsDonut.h"
#include "ui/charts/WeeklyTasksChart.h"
#include "ui/common/Banner.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/common/ShortList.h"
#include "ui/pages/DashboardLists.h"
#include "ui/pages/PayoutRequestButton.h"
#include "ui/pages/ValidatorWork.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

namespace {

template <typename T>
const core::Error *errorOf(const core::Result<T> &result)
{
    return result.ok() ? nullptr : &result.error();
}

/// The person's projects that require a training they have not passed.
int needTraining(const domain::UserProjects &projects, const QList<domain::TrainingView> &trainings)
{
    QSet<qint64> passed;
    for (const domain::TrainingView &t : trainings)
        if (t.completed)
            passed.insert(t.id);
    return static_cast<int>(std::ranges::count_if(projects.member, [&passed](const auto &m) {
        return std::ranges::any_of(
            m.project.requiredTrainings, [&passed](qint64 id) { return !passed.contains(id); });
    }));
}

} // namespace

DashboardPage::DashboardPage(const PageContext &context, QWidget *parent)
    : Page(context,
        { Area::Payouts, Area::Dashboards, Area::Account, Area::Projects, Area::Training,
            Area::Checklists },
        parent)
    , m_payable(new FigureCard(QStringLiteral("payableCard")))
    , m_mapped(new FigureCard(QStringLiteral("mappedCard")))
    , m_validated(new FigureCard(QStringLiteral("validatedCard")))
    , m_projects(new FigureCard(QStringLiteral("projectsCard")))
    , m_earned(new FigureCard(QStringLiteral("earnedCard")))
    , m_pending(new FigureCard(QStringLiteral("pendingCard")))
    , m_paid(new FigureCard(QStringLiteral("paidCard")))
    , m_request(new PayoutRequestButton(context.backend.payouts()))
    , m_weeklyModel(new models::WeeklyTasksModel(this))
    , m_earningsModel(new models::EarningsByKindModel(this))
    , m_lists(new DashboardLists)
    , m_validatorWork(new ValidatorWork)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_payable->setAccent(true);
    m_payable->addWidget(m_request);
    connect(m_request, &PayoutRequestButton::requested, this, &Page::statusMessage);
    connect(m_request, &PayoutRequestButton::accountPageRequested, this,
        &DashboardPage::accountPageRequested);

    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_payable, m_mapped, m_validated, m_projects, m_earned,
        m_pending, m_paid };
    for (int i = 0; i < all.size(); ++i)
        cards->addWidget(all[i], i / 4, i % 4);
    auto *charts = new QHBoxLayout;
    charts->addWidget(new WeeklyTasksChart(m_weeklyModel), 1);
    charts->addWidget(new EarningsDonut(m_earningsModel), 1);
    // Sized to fit the window's minimum (1024 × 640) without scrolling.
    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(m_validatorWork);
    contentLayout()->addLayout(charts, 1);
    m_lists->setMaximumHeight(170); // the charts keep most of the height
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_lists, 2);
    lists->addWidget(m_validatorWork->waiting(), 1);
    m_validatorWork->waiting()->setMaximumHeight(170);
    contentLayout()->addWidget(m_validatorWork->projectsHeading());
    contentLayout()->addWidget(m_validatorWork->projects(), 1);
    contentLayout()->addLayout(lists);
    m_validatorWork->setVisible(false);
    m_validatorWork->waiting()->setVisible(false);
    m_validatorWork->projects()->setVisible(false);
    m_validatorWork->projectsHeading()->setVisible(false);
    connect(m_validatorWork, &ValidatorWork::projectLinkRequested, this,
        [this](const QUrl &url) { openExternal(url); });
    connect(m_validatorWork, &ValidatorWork::reviewPageRequested, this,
        &DashboardPage::reviewPageRequested);
    connect(m_lists, &DashboardLists::projectLinkRequested, this,
        [this](const QUrl &url) { openExternal(url); });
    connect(m_lists, &DashboardLists::trainingPageRequested, this,
        &DashboardPage::trainingPageRequested);
    connect(m_lists, &DashboardLists::checklistsPageRequested, this,
        &DashboardPage::checklistsPageRequested);
    connect(m_lists, &DashboardLists::paymentsPageRequested, this,
        &DashboardPage::paymentsPageRequested);
    retranslateUi();
}

bool DashboardPage::isValidator() const
{
    return session().role() == domain::Role::Validator;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::load()
{
    client::Backend &b = backend();
    core::whenAllReady(
        this,
        [this](const core::Result<domain::Balance> &balance,
            const core::Result<domain::PersonDashboard> &dashboard,
            const core::Result<domain::PaymentRecordSet> &records,
            const core::Result<domain::UserProjects> &projects,
            const core::Result<QList<domain::TrainingView>> &trainings,
            const core::Result<domain::OwnChecklists> &checklists,
            const core::Result<QList<domain::InstanceView>> &toReview) {
            // The figures are the page: without them it fails. A list that did not load leaves
            // the rest usable and says so (UI.md §7: never a silent failure).
            for (const core::Error *e :
                { errorOf(balance), errorOf(dashboard), errorOf(records) }) {
                if (e) {
                    failed(*e);
                    return;
                }
            }
            const core::Error *listError = nullptr;
            for (const core::Error *e :
                { errorOf(projects), errorOf(trainings), errorOf(checklists), errorOf(toReview) })
                listError = listError ? listError : e;
            const domain::UserProjects noProjects;
            const QList<domain::TrainingView> noTrainings;
            const domain::OwnChecklists noChecklists;
            const domain::UserProjects &shownProjects
                = projects.ok() ? projects.value() : noProjects;
            const QList<domain::TrainingView> &shownTrainings
                = trainings.ok() ? trainings.value() : noTrainings;
            m_lists->setProjectsShown(!isValidator());
            m_lists->setData(
                { shownProjects, shownTrainings,
                    checklists.ok() ? checklists.value() : noChecklists, records.value() },
                session().currency(), clock().nowUtc());
            showFigures({ balance.value(), dashboard.value(), records.value(),
                needTraining(shownProjects, shownTrainings),
                toReview.ok() ? toReview.value() : QList<domain::InstanceView> {},
                shownProjects.member });
            loaded(offlineCopyAt(client::keptkeys::PersonDashboard));
            if (listError)
                banner()->showMessage(Banner::Level::Warning,
                    tr("Your figures are current, but some of your lists could not be loaded: "
                       "%1")
                        .arg(listError->message),
                    listError->diagnostic, tr("Try again"));
        },
        b.payouts().balance(),
        b.dashboards().person(QTimeZone::systemTimeZone(), QLocale().firstDayOfWeek()),
        // A validator's projects in the validator's view: the same memberships with their own
        // validations and invalidations for "My projects".
        b.payouts().records(), isValidator() ? b.projects().mineAsValidator() : b.projects().mine(),
        b.training().mine(), b.checklists().mine(),
        isValidator() ? b.checklists().toReview()
                      : QtFuture::makeReadyFuture(core::Result<QList<domain::InstanceView>>(
                          QList<domain::InstanceView> {})));
}

void DashboardPage::showFigures(const Figures &figures)
{
    m_shown = figures;
    const QString currency = session().currency();
    m_request->setBalance(figures.balance, currency, session().person().paymentEmail);
    // A validator's weeks are their own mapping and their decisions (UI.md §4.1).
    const bool validator = isValidator();
    m_weeklyModel->setSeries(figures.dashboard.weekly,
        validator
            ? QList<models::WeeklyTasksModel::Series> { { QStringLiteral("mapped"), tr("Mapped") },
                { QStringLiteral("validated_by_me"), tr("Validated by me") },
                { QStringLiteral("invalidated_by_me"), tr("Invalidated by me") } }
            : QList<models::WeeklyTasksModel::Series> { { QStringLiteral("mapped"), tr("Mapped") },
                { QStringLiteral("validated"), tr("Validated") } });
    m_validatorWork->setVisible(validator);
    m_validatorWork->waiting()->setVisible(validator);
    m_validatorWork->projects()->setVisible(validator);
    m_validatorWork->projectsHeading()->setVisible(validator);
    if (validator)
        m_validatorWork->setData(
            figures.dashboard, figures.balance, figures.toReview, figures.projects, currency);
    const domain::Balance &b = figures.balance;
    m_earningsModel->setEarnings(
        b.mappingEarnings, b.validationEarnings, b.checklistEarnings, b.adjustments, currency);
    retranslateUi();
}

void DashboardPage::retranslateUi()
{
    m_payable->setTitle(tr("Payable"));
    m_mapped->setTitle(tr("Tasks mapped"));
    m_validated->setTitle(tr("Tasks validated"));
    m_projects->setTitle(tr("Active projects"));
    m_earned->setTitle(tr("Earned"));
    m_pending->setTitle(tr("Pending"));
    m_paid->setTitle(tr("Paid"));
    if (!m_shown)
        return;
    const QLocale locale;
    const QString currency = session().currency();
    const auto money
        = [&](core::Money amount) { return core::formatMoney(amount, currency, locale); };
    const domain::Balance &b = m_shown->balance;
    const domain::PersonDashboard &d = m_shown->dashboard;
    m_payable->setValue(money(b.payable));
    m_payable->setSubLine(b.payable < b.minimumPayout
            ? tr("Minimum payout %1").arg(money(b.minimumPayout))
            : QString());
    m_mapped->setValue(locale.toString(d.tasksMapped));
    m_mapped->setSubLine(tr("%1 this month").arg(locale.toString(d.tasksThisMonth)));
    m_validated->setValue(locale.toString(d.tasksValidated));
    m_validated->setSubLine(tr("%1 invalidated").arg(locale.toString(d.tasksInvalidated)));
    m_projects->setValue(locale.toString(d.activeProjects));
    m_projects->setSubLine(m_shown->needTraining > 0
            ? tr("%1 need training").arg(locale.toString(m_shown->needTraining))
            : QString());
    m_earned->setValue(money(b.earned));
    m_earned->setSubLine(b.adjustments != core::Money(0)
            ? tr("Adjustments %1").arg(money(b.adjustments))
            : QString());
    m_pending->setValue(money(b.pending));
    const QList<domain::PayRequestRow> &open = m_shown->records.pending;
    m_pending->setSubLine(open.isEmpty()
            ? tr("No open request")
            : tr("Requested on %1")
                  .arg(locale.toString(
                      open.first().requestedAt.toLocalTime().date(), QLocale::ShortFormat)));
    m_paid->setValue(money(b.paid));
    const QList<domain::PaymentRow> &payments = m_shown->records.payments;
    m_paid->setSubLine(payments.isEmpty()
            ? tr("No payouts yet")
            : tr("Last payout %1")
                  .arg(locale.toString(
                      payments.first().paidAt.toLocalTime().date(), QLocale::ShortFormat)));
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

} // namespace mikro::ui
