#include "ui/pages/TaskReviewPage.h"

#include "models/StatusWords.h"
#include "models/review/ReviewQueueModel.h"
#include "services/client/Backend.h"
#include "services/client/ReviewClient.h"
#include "services/client/Session.h"
#include "services/core/WhenReady.h"
#include "ui/common/Confirm.h"
#include "ui/common/FigureCard.h"
#include "ui/common/Look.h"
#include "ui/common/RecordTable.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUrlQuery>

#include <memory>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

namespace {

constexpr domain::ReviewReason Reasons[]
    = { domain::ReviewReason::OutsideValidator, domain::ReviewReason::SelfValidation,
          domain::ReviewReason::ValidatorRole, domain::ReviewReason::NotMember };

core::Money totalOf(const QList<domain::ReviewItem> &items)
{
    qint64 cents = 0;
    for (const domain::ReviewItem &i : items)
        cents += i.mappingRate.cents();
    return core::Money(cents);
}

} // namespace

TaskReviewPage::TaskReviewPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Review, Area::Projects }, parent)
    , m_model(new models::ReviewQueueModel(this))
    , m_table(new RecordTable(m_model, QStringLiteral("reviewQueueTable")))
    , m_waiting(new FigureCard(QStringLiteral("reviewWaitingCard")))
    , m_unknown(new FigureCard(QStringLiteral("reviewUnknownCard")))
    , m_self(new FigureCard(QStringLiteral("reviewSelfCard")))
    , m_atStake(new FigureCard(QStringLiteral("reviewAtStakeCard")))
    , m_reason(new QComboBox)
    , m_project(new QComboBox)
    , m_accept(new QPushButton)
    , m_reject(new QPushButton)
    , m_open(new QPushButton)
{
    setObjectName(QStringLiteral("taskReviewPage"));
    m_reason->setObjectName(QStringLiteral("reviewReasonFilter"));
    m_project->setObjectName(QStringLiteral("reviewProjectFilter"));
    m_accept->setObjectName(QStringLiteral("acceptValidationButton"));
    m_reject->setObjectName(QStringLiteral("rejectValidationButton"));
    m_open->setObjectName(QStringLiteral("openTaskButton"));
    m_accept->setStyleSheet(look::primaryButtonStyle());
    m_table->setSearchable(true);
    m_table->sortBy(models::ReviewQueueModel::ValidatedOn, Qt::AscendingOrder);
    m_table->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reason->addItem(QString());
    for (const domain::ReviewReason r : Reasons)
        m_reason->addItem(QString(), static_cast<int>(r));
    m_project->addItem(QString());

    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_waiting, m_unknown, m_self, m_atStake };
    for (int i = 0; i < all.size(); ++i)
        cards->addWidget(all[i], 0, i);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_reason);
    filters->addWidget(m_project);
    filters->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_accept);
    actions->addWidget(m_reject);
    actions->addStretch();
    actions->addWidget(m_open);
    contentLayout()->addLayout(cards);
    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addLayout(actions);

    for (QComboBox *box : { m_reason, m_project })
        connect(box, &QComboBox::currentIndexChanged, this, &TaskReviewPage::applyFilter);
    connect(m_table, &RecordTable::currentRowChanged, this, &TaskReviewPage::updateActions);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TaskReviewPage::updateActions);
    connect(m_table, &RecordTable::activated, this, &TaskReviewPage::openInTaskingManager);
    connect(m_accept, &QPushButton::clicked, this, [this] { ask(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { ask(false); });
    connect(m_open, &QPushButton::clicked, this, &TaskReviewPage::openInTaskingManager);
    retranslateUi();
    updateActions();
}

QString TaskReviewPage::title() const
{
    return tr("Review");
}

void TaskReviewPage::load()
{
    core::whenReady(backend().review().queue(), this,
        [this](const core::Result<QList<domain::ReviewItem>> &queue) {
            if (!queue.ok()) {
                failed(queue.error());
                return;
            }
            m_model->setItems(queue.value(), session().currency());
            fillProjects();
            m_table->fitColumnsOnce();
            fillCards();
            updateActions();
            loaded();
            emit countChanged(static_cast<int>(queue.value().size()));
        });
}

void TaskReviewPage::fillProjects()
{
    // The projects that have tasks waiting, A–Z; the chosen one stays when it still has some.
    const QVariant chosen = m_project->currentData();
    QMap<QString, qint64> projects;
    for (const domain::ReviewItem &i : m_model->items())
        projects.insert(i.projectName, i.projectId);
    const QSignalBlocker quiet(m_project);
    while (m_project->count() > 1)
        m_project->removeItem(1);
    for (auto it = projects.cbegin(); it != projects.cend(); ++it)
        m_project->addItem(it.key(), it.value());
    const int again = chosen.isValid() ? m_project->findData(chosen) : 0;
    m_project->setCurrentIndex(qMax(0, again));
    applyFilter();
}

void TaskReviewPage::applyFilter()
{
    const QVariant reason = m_reason->currentData();
    const QVariant project = m_project->currentData();
    m_model->setFilter(reason.isValid()
            ? std::optional(static_cast<domain::ReviewReason>(reason.toInt()))
            : std::nullopt,
        project.isValid() ? std::optional(project.toLongLong()) : std::nullopt);
    fillCards();
    updateActions();
}

void TaskReviewPage::fillCards()
{
    const QLocale locale;
    const QList<domain::ReviewItem> &all = m_model->items();
    const auto count = [&](domain::ReviewReason r) {
        return locale.toString(
            static_cast<int>(std::ranges::count(all, r, &domain::ReviewItem::reason)));
    };
    m_waiting->setValue(locale.toString(static_cast<int>(all.size())));
    m_unknown->setValue(count(domain::ReviewReason::OutsideValidator));
    m_self->setValue(count(domain::ReviewReason::SelfValidation));
    QList<domain::ReviewItem> listed;
    for (int row = 0; row < m_model->rowCount(); ++row)
        listed << m_model->itemAt(row);
    m_atStake->setValue(core::formatMoney(totalOf(listed), session().currency(), locale));
    m_atStake->setSubLine(tr("%n task(s) listed", nullptr, static_cast<int>(listed.size())));
}

QList<domain::ReviewItem> TaskReviewPage::chosen() const
{
    QList<int> rows = m_table->selectedRows();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    QList<domain::ReviewItem> items;
    for (const int row : rows)
        if (row >= 0 && row < m_model->rowCount())
            items << m_model->itemAt(row);
    return items;
}

void TaskReviewPage::updateActions()
{
    const QList<domain::ReviewItem> items = chosen();
    // Nobody decides a task they mapped: another admin does (the service refuses it too).
    const QString me = session().person().id;
    const bool own = std::ranges::any_of(
        items, [&](const domain::ReviewItem &i) { return i.mapperUserId == me; });
    for (QPushButton *b : { m_accept, m_reject })
        b->setEnabled(!items.isEmpty() && !own && !m_sending);
    m_accept->setToolTip(own ? tr("Another admin decides tasks you mapped.") : QString());
    m_reject->setToolTip(m_accept->toolTip());
    m_open->setEnabled(items.size() == 1);
}

void TaskReviewPage::ask(bool accept)
{
    const QList<domain::ReviewItem> items = chosen();
    if (items.isEmpty() || m_sending)
        return;
    const int n = static_cast<int>(items.size());
    QString question;
    if (accept) {
        QSet<QString> mappers;
        for (const domain::ReviewItem &i : items)
            mappers.insert(i.mapperUserId);
        const QString total = core::formatMoney(totalOf(items), session().currency(), QLocale());
        const QString who = mappers.size() == 1
            ? tr("%1 is credited %2.")
                  .arg(items.first().mapperName.isEmpty()
                          ? items.first().mappedBy
                          : QStringLiteral("%1 (%2)").arg(
                              items.first().mapperName, items.first().mappedBy),
                      total)
            : tr("%n mappers are credited %1 in total.", nullptr, static_cast<int>(mappers.size()))
                  .arg(total);
        question = tr("Accept %n validation(s)?", nullptr, n) + QLatin1Char(' ') + who;
    } else {
        question = tr("Reject %n validation(s)?", nullptr, n) + QLatin1Char(' ')
            + tr("No one is paid for these tasks.");
    }
    for (QPushButton *b : { m_accept, m_reject })
        b->setEnabled(false); // until the answer
    askToConfirm(this, QStringLiteral("confirmReview"),
        accept ? tr("Accept validation") : tr("Reject validation"), question,
        accept ? tr("Accept and credit") : tr("Reject"), [this, items, accept](bool yes) {
            if (yes)
                decide(items, accept);
            else
                updateActions();
        });
}

void TaskReviewPage::decide(const QList<domain::ReviewItem> &items, bool accept)
{
    // One task after another: each is its own transaction on the server, credited once.
    m_sending = true;
    updateActions();
    auto run = std::make_shared<Decisions>();
    run->items = items;
    run->accept = accept;
    decideNext(run);
}

void TaskReviewPage::decideNext(const std::shared_ptr<Decisions> &run)
{
    if (run->next == run->items.size()) {
        finishDecisions(*run);
        return;
    }
    const domain::ReviewItem item = run->items.at(run->next++);
    core::whenReady(backend().review().decide(item.projectId, item.taskId, run->accept), this,
        [this, run](const core::Result<core::Money> &done) {
            if (done.ok())
                ++run->decided;
            else
                run->refusals << done.error().message;
            decideNext(run);
        });
}

void TaskReviewPage::finishDecisions(const Decisions &run)
{
    m_sending = false;
    if (run.decided > 0)
        emit statusMessage(run.accept ? tr("%n validation(s) accepted", nullptr, run.decided)
                                      : tr("%n validation(s) rejected", nullptr, run.decided));
    if (run.refusals.isEmpty()) {
        refresh();
        return;
    }
    showRefusalAndReload(
        tr("%n task(s) could not be decided: %1", nullptr, static_cast<int>(run.refusals.size()))
            .arg(run.refusals.first()),
        run.refusals.join(QLatin1Char('\n')));
}

void TaskReviewPage::openInTaskingManager()
{
    const QList<domain::ReviewItem> items = chosen();
    if (items.size() != 1)
        return;
    QUrl url(items.first().projectUrl);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("task"), QString::number(items.first().taskId));
    url.setQuery(query);
    openExternal(url);
}

void TaskReviewPage::retranslateUi()
{
    m_waiting->setTitle(tr("Needs review"));
    m_unknown->setTitle(tr("Unknown validator"));
    m_self->setTitle(tr("Self-validation"));
    m_atStake->setTitle(tr("Mapping at stake"));
    m_reason->setItemText(0, tr("Every reason"));
    for (int i = 1; i < m_reason->count(); ++i)
        m_reason->setItemText(i,
            models::reviewReasonWord(
                static_cast<domain::ReviewReason>(m_reason->itemData(i).toInt())));
    m_reason->setAccessibleName(tr("Reason"));
    m_project->setItemText(0, tr("Every project"));
    m_project->setAccessibleName(tr("Project"));
    m_accept->setText(tr("Accept validation…"));
    m_reject->setText(tr("Reject…"));
    m_open->setText(tr("Open in Tasking Manager"));
    m_table->setEmptyText(tr("Nothing to review. Tasks validated by someone outside Mikro, or by "
                             "their own mapper, appear here after a sync."));
    if (hasLoaded())
        fillCards();
}

void TaskReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

} // namespace mikro::ui
