#include "ui/pages/ReviewChecklistsPage.h"

#include "models/SearchFilterModel.h"
#include "models/checklists/MyChecklistsModel.h"
#include "models/checklists/ReviewChecklistsModel.h"
#include "services/client/Backend.h"
#include "services/client/ChecklistsClient.h"
#include "services/client/Session.h"
#include "services/client/offline/OfflineChecklistsClient.h"
#include "services/core/Clock.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/pages/ChecklistDetail.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

namespace {

int doneUnconfirmed(const domain::InstanceView &v)
{
    return models::itemsDone(v) - models::itemsConfirmed(v);
}

} // namespace

ReviewChecklistsPage::ReviewChecklistsPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Checklists }, parent)
    , m_filter(new QComboBox)
    , m_staleOnly(new QCheckBox)
    , m_model(new models::ReviewChecklistsModel(this))
    , m_table(new RecordTable(m_model, QStringLiteral("reviewChecklistsTable")))
    , m_detail(new ChecklistDetail)
    , m_confirmAll(new QPushButton)
{
    setObjectName(QStringLiteral("reviewChecklistsPage"));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_staleOnly->setObjectName(QStringLiteral("staleOnly"));
    m_confirmAll->setObjectName(QStringLiteral("confirmAllButton"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_detail->setMode(ChecklistDetail::Mode::Review);
    for (int i = 0; i < 3; ++i)
        m_filter->addItem(QString());
    m_table->setSearchable(true);
    m_table->sortBy(models::ReviewChecklistsModel::WaitingSince, Qt::AscendingOrder);
    m_table->setStatusColumn(models::ReviewChecklistsModel::Flags);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_staleOnly);
    top->addStretch();
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_table, 1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_confirmAll);
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewChecklistsPage::showFilter);
    connect(m_staleOnly, &QCheckBox::toggled, this, &ReviewChecklistsPage::showFilter);
    connect(m_table, &RecordTable::currentRowChanged, this, &ReviewChecklistsPage::showDetail);
    connect(m_detail, &ChecklistDetail::itemToggled, this, [this](int number, bool confirmed) {
        if (confirmed)
            confirmItem(number);
    });
    connect(m_detail, &ChecklistDetail::linkRequested, this,
        [this](const QUrl &link) { openExternal(link); });
    connect(m_detail, &ChecklistDetail::commentPosted, this, [this](const QString &text) {
        if (const domain::InstanceView *v = current())
            sendChange(backend().checklists().addComment(v->id, text), tr("Comment posted"),
                [this](bool busy) { setBusy(busy); });
    });
    connect(m_detail, &ChecklistDetail::commentDeleteRequested, this, [this](qint64 id) {
        sendChange(backend().checklists().deleteComment(id), tr("Comment deleted"),
            [this](bool busy) { setBusy(busy); });
    });
    connect(m_confirmAll, &QPushButton::clicked, this, &ReviewChecklistsPage::confirmAll);
    remembered::splitter(splitter, QStringLiteral("review"));
    retranslateUi();
    showDetail();
}

QString ReviewChecklistsPage::title() const
{
    return tr("Review Checklists");
}

void ReviewChecklistsPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(filter);
}

bool ReviewChecklistsPage::select(qint64 id)
{
    if (!hasLoaded() || isLoading())
        m_wanted = id;
    const auto found = std::ranges::find(m_all, id, &domain::InstanceView::id);
    if (found == m_all.cend())
        return false;
    // Shown under the filter of its state, stale or not.
    const Filter state = found->confirmed ? Confirmed
        : doneUnconfirmed(*found) > 0     ? Waiting
                                          : InProgress;
    m_staleOnly->setChecked(false);
    m_filter->setCurrentIndex(state);
    showFilter();
    return m_table->selectId(id);
}

void ReviewChecklistsPage::load()
{
    core::whenReady(backend().checklists().toReview(), this,
        [this](const core::Result<QList<domain::InstanceView>> &others) {
            if (!others.ok()) {
                failed(others.error());
                return;
            }
            m_all = others.value();
            showFilter();
            if (const qint64 wanted = std::exchange(m_wanted, 0); wanted != 0)
                select(wanted);
            loaded(offlineCopyAt(client::OfflineChecklistsClient::ToReviewKey));
            emit countChanged(
                static_cast<int>(std::ranges::count_if(m_all, [](const domain::InstanceView &v) {
                    return !v.confirmed && doneUnconfirmed(v) > 0;
                })));
        });
}

void ReviewChecklistsPage::showFilter()
{
    const domain::InstanceView *shown = current();
    const qint64 selected = shown ? shown->id : 0;
    QList<domain::InstanceView> rows;
    const auto filter = static_cast<Filter>(m_filter->currentIndex());
    for (const domain::InstanceView &v : std::as_const(m_all)) {
        const Filter state = v.confirmed ? Confirmed
            : doneUnconfirmed(v) > 0     ? Waiting
                                         : InProgress;
        if (state == filter && (!m_staleOnly->isChecked() || v.stale))
            rows << v;
    }
    m_model->setChecklists(rows, session().currency(), clock().nowUtc().toLocalTime().date());
    m_table->selectId(selected); // else the first row
    m_table->fitColumnsOnce();
    retranslateUi();
    showDetail();
}

const domain::InstanceView *ReviewChecklistsPage::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_model->rowCount() ? &m_model->checklistAt(row) : nullptr;
}

void ReviewChecklistsPage::showDetail()
{
    const domain::InstanceView *v = current();
    m_detail->showChecklist(v, session().currency(), session().person().id);
    const int waiting = v ? doneUnconfirmed(*v) : 0;
    // The server confirms all at once only when every item is done.
    const bool allDone = v && !v->items.isEmpty() && models::itemsDone(*v) == v->items.size();
    // Confirming all at once is not queued (UI.md §6): on the kept copy it waits for a
    // connection; the items one by one still go.
    const bool offline = offlineCopyAt(client::OfflineChecklistsClient::ToReviewKey).has_value();
    m_confirmAll->setText(tr("Confirm all done items (%1)").arg(waiting));
    m_confirmAll->setEnabled(!m_busy && waiting > 0 && allDone && !offline);
    m_confirmAll->setToolTip(offline ? tr("Needs a connection")
            : v && !allDone && waiting > 0
            ? tr("Every item must be done before all can be confirmed at once.")
            : QString());
    m_confirmAll->setVisible(v != nullptr);
}

void ReviewChecklistsPage::confirmItem(int number)
{
    const domain::InstanceView *v = current();
    if (!v || m_busy)
        return;
    const qint64 id = v->id;
    const auto confirm = [this, id, number] {
        sendChange(backend().checklists().confirmItem(id, number), tr("Item confirmed"),
            [this](bool busy) { setBusy(busy); });
    };
    const int open = static_cast<int>(v->items.size()) - models::itemsConfirmed(*v);
    if (open == 1) {
        askLast(*v, confirm);
        return;
    }
    confirm();
}

void ReviewChecklistsPage::confirmAll()
{
    const domain::InstanceView *v = current();
    if (!v || m_busy)
        return;
    const qint64 id = v->id;
    askLast(*v, [this, id] {
        sendChange(backend().checklists().confirmAll(id), tr("Checklist confirmed"),
            [this](bool busy) { setBusy(busy); });
    });
}

void ReviewChecklistsPage::askLast(
    const domain::InstanceView &v, const std::function<void()> &confirm)
{
    const QLocale locale;
    const QString currency = session().currency();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm the last items?"),
        tr("Confirm the last items of “%1”? %2 is credited %3 and you %4.")
            .arg(v.checklist.name, v.userName,
                core::formatMoney(v.checklist.completionRate, currency, locale),
                core::formatMoney(v.checklist.validationRate, currency, locale)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmLastItems"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Confirm and credit"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    setBusy(true); // nothing else is sent while the question is open
    connect(box, &QMessageBox::finished, this, [this, box, yes, confirm] {
        // Not busy again: the detail shows the server's state, so a box ticked and cancelled
        // is unticked.
        setBusy(false);
        if (box->clickedButton() == yes)
            confirm();
    });
    box->open();
}

void ReviewChecklistsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_detail->setBusy(busy);
    if (busy)
        m_confirmAll->setEnabled(false);
    else
        showDetail();
}

void ReviewChecklistsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void ReviewChecklistsPage::retranslateUi()
{
    m_filter->setItemText(Waiting, tr("Waiting"));
    m_filter->setItemText(InProgress, tr("In progress"));
    m_filter->setItemText(Confirmed, tr("Confirmed"));
    m_filter->setAccessibleName(tr("Show"));
    m_staleOnly->setText(tr("Stale only"));
    m_table->setEmptyText(m_filter->currentIndex() == Waiting
            ? tr("No checklists are waiting for confirmation.")
            : tr("No checklists here."));
}

} // namespace mikro::ui
