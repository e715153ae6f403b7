#include "ui/pages/ValidatorWork.h"

#include "models/checklists/ReviewChecklistsModel.h"
#include "models/projects/ValidatorProjectsModel.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/common/ShortList.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace mikro::ui {

ValidatorWork::ValidatorWork(QWidget *parent)
    : QWidget(parent)
    , m_validations(new FigureCard(QStringLiteral("validationsMadeCard")))
    , m_invalidations(new FigureCard(QStringLiteral("invalidationsMadeCard")))
    , m_earnings(new FigureCard(QStringLiteral("validationEarningsCard")))
    , m_toReview(new FigureCard(QStringLiteral("checklistsToReviewCard")))
    , m_waiting(new ShortList(QStringLiteral("waitingLongestList")))
    , m_projectsModel(new models::ValidatorProjectsModel(this))
    , m_projects(new RecordTable(m_projectsModel, QStringLiteral("validatorProjectsTable")))
    , m_projectsHeading(new QLabel)
{
    m_projectsHeading->setObjectName(QStringLiteral("validatorProjectsHeading"));
    QFont bold = m_projectsHeading->font();
    bold.setBold(true);
    m_projectsHeading->setFont(bold);
    setObjectName(QStringLiteral("validatorWork"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<FigureCard *> cards { m_validations, m_invalidations, m_earnings, m_toReview };
    for (int i = 0; i < cards.size(); ++i)
        layout->addWidget(cards[i], 0, i);
    connect(m_waiting, &ShortList::openRequested, this, &ValidatorWork::reviewPageRequested);
    m_projects->sortBy(models::ValidatorProjectsModel::Name, Qt::AscendingOrder);
    connect(m_projects, &RecordTable::activated, this, [this](int row) {
        emit projectLinkRequested(QUrl(m_projectsModel->projectAt(row).project.url));
    });
    retranslateUi();
}

void ValidatorWork::setData(const domain::PersonDashboard &dashboard,
    const domain::Balance &balance, const QList<domain::InstanceView> &toReview,
    const QList<domain::MemberProject> &projects, const QString &currency)
{
    m_projectsModel->setProjects(projects, currency);
    m_projects->fitColumnsOnce();
    m_dashboard = dashboard;
    m_balance = balance;
    m_reviewable.clear();
    std::ranges::copy_if(
        toReview, std::back_inserter(m_reviewable), &domain::InstanceView::awaitingConfirmation);
    // The oldest unconfirmed done item first: the work waiting longest.
    std::ranges::stable_sort(m_reviewable, {}, &models::waitingSince);
    m_currency = currency;
    m_filled = true;
    fill();
}

void ValidatorWork::fill()
{
    const QLocale locale;
    m_validations->setValue(locale.toString(m_dashboard.validationsMade));
    m_invalidations->setValue(locale.toString(m_dashboard.invalidationsMade));
    m_earnings->setValue(core::formatMoney(m_balance.validationEarnings, m_currency, locale));
    m_toReview->setValue(locale.toString(static_cast<int>(m_reviewable.size())));
    const int stale
        = static_cast<int>(std::ranges::count_if(m_reviewable, &domain::InstanceView::stale));
    m_toReview->setSubLine(tr("%n stale", nullptr, stale));
    QList<QStringList> rows;
    for (const domain::InstanceView &v : m_reviewable.mid(0, WaitingShown))
        rows << QStringList { v.checklist.name, v.userName,
            locale.toString(models::waitingSince(v).toLocalTime().date(), QLocale::ShortFormat) };
    m_waiting->setRows(rows);
}

void ValidatorWork::retranslateUi()
{
    m_validations->setTitle(tr("Validations made"));
    m_invalidations->setTitle(tr("Invalidations made"));
    m_earnings->setTitle(tr("Validation earnings"));
    m_toReview->setTitle(tr("Checklists to review"));
    m_waiting->setHeading(tr("Waiting longest"));
    m_projectsHeading->setText(tr("My projects"));
    m_waiting->setColumns({ tr("Checklist"), tr("Person"), tr("Waiting since") });
    m_waiting->setEmptyText(tr("No checklists are waiting for confirmation."));
    m_waiting->setOpenText(tr("Open review"));
    m_projects->setEmptyText(
        tr("No projects yet. Contact an admin to be assigned as a validator."));
    if (m_filled)
        fill();
}

void ValidatorWork::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace mikro::ui
