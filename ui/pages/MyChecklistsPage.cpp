#include "ui/pages/MyChecklistsPage.h"

#include "models/SearchFilterModel.h"
#include "models/checklists/MyChecklistsModel.h"
#include "services/client/Backend.h"
#include "services/client/ChecklistsClient.h"
#include "services/client/PayoutsClient.h"
#include "services/client/offline/OfflineChecklistsClient.h"
#include "services/core/Clock.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/pages/ChecklistDetail.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

MyChecklistsPage::MyChecklistsPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Checklists, Area::Payouts }, parent)
    , m_inProgress(new FigureCard(QStringLiteral("inProgressCard")))
    , m_awaiting(new FigureCard(QStringLiteral("awaitingCard")))
    , m_confirmed(new FigureCard(QStringLiteral("confirmedCard")))
    , m_earnings(new FigureCard(QStringLiteral("checklistEarningsCard")))
    , m_tabs(new QTabBar)
    , m_model(new models::MyChecklistsModel(this))
    , m_table(new RecordTable(m_model, QStringLiteral("myChecklistsTable")))
    , m_detail(new ChecklistDetail)
    , m_start(new QPushButton)
{
    setObjectName(QStringLiteral("myChecklistsPage"));
    m_tabs->setObjectName(QStringLiteral("checklistTabs"));
    m_start->setObjectName(QStringLiteral("startChecklistButton"));
    for (int i = 0; i < 4; ++i)
        m_tabs->addTab(QString());
    m_table->setSearchable(true);
    m_table->sortBy(models::MyChecklistsModel::Due, Qt::AscendingOrder);
    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_inProgress, m_awaiting, m_confirmed, m_earnings };
    for (int i = 0; i < 4; ++i)
        cards->addWidget(all[i], 0, i);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tabs);
    leftLayout->addWidget(m_table, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addStretch();
    leftLayout->addLayout(actions);
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("checklistsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(splitter, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, &MyChecklistsPage::showTab);
    connect(m_table, &RecordTable::currentRowChanged, this, &MyChecklistsPage::showDetail);
    connect(m_table, &RecordTable::activated, this, [this] {
        if (m_tabs->currentIndex() == Available)
            start();
    });
    connect(m_start, &QPushButton::clicked, this, &MyChecklistsPage::start);
    connect(m_detail, &ChecklistDetail::itemToggled, this, &MyChecklistsPage::toggleItem);
    connect(m_detail, &ChecklistDetail::linkRequested, this,
        [this](const QUrl &link) { openExternal(link); });
    connect(m_detail, &ChecklistDetail::commentPosted, this, &MyChecklistsPage::postComment);
    connect(
        m_detail, &ChecklistDetail::commentDeleteRequested, this, &MyChecklistsPage::deleteComment);
    retranslateUi();
    setTab(InProgress); // unless another tab was the last one shown
    remembered::tabs(m_tabs, QStringLiteral("myChecklists"));
    remembered::splitter(splitter, QStringLiteral("myChecklists"));
    showDetail();
}

QString MyChecklistsPage::title() const
{
    return tr("My Checklists");
}

void MyChecklistsPage::setTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

bool MyChecklistsPage::select(qint64 id)
{
    return m_table->selectId(id);
}

void MyChecklistsPage::load()
{
    core::whenAllReady(
        this,
        [this](const core::Result<domain::OwnChecklists> &own,
            const core::Result<domain::Balance> &balance) {
            // Offline the checklists come from the kept copy; the earnings card needs the store.
            const bool earningsUnreachable
                = !balance.ok() && balance.error().kind == core::ErrorKind::Unavailable;
            if (!own.ok() || (!balance.ok() && !earningsUnreachable)) {
                failed(own.ok() ? balance.error() : own.error());
                return;
            }
            m_own = own.value();
            const QLocale locale;
            m_inProgress->setValue(locale.toString(onTab(InProgress).size()));
            m_awaiting->setValue(locale.toString(onTab(Awaiting).size()));
            m_confirmed->setValue(locale.toString(onTab(Confirmed).size()));
            m_earnings->setValue(balance.ok() ? core::formatMoney(balance.value().checklistEarnings,
                                     session().currency(), locale)
                                              : QStringLiteral("—"));
            retranslateUi();
            showTab();
            loaded(offlineCopyAt(client::OfflineChecklistsClient::MineKey));
        },
        backend().checklists().mine(), backend().payouts().balance());
}

QList<domain::InstanceView> MyChecklistsPage::onTab(Tab tab) const
{
    QList<domain::InstanceView> out;
    if (tab == Available) {
        for (const domain::TemplateView &t : m_own.available)
            out << models::notStarted(t);
        return out;
    }
    for (const domain::InstanceView &v : m_own.mine) {
        const Tab state = v.confirmed ? Confirmed : v.completed ? Awaiting : InProgress;
        if (state == tab)
            out << v;
    }
    return out;
}

void MyChecklistsPage::showTab()
{
    const domain::InstanceView *shown = current();
    const qint64 selected = !shown ? 0 : shown->id != 0 ? shown->id : shown->checklistId;
    const QDate today = clock().nowUtc().toLocalTime().date();
    m_model->setChecklists(
        onTab(static_cast<Tab>(m_tabs->currentIndex())), session().currency(), today);
    select(selected); // else the first row
    m_start->setVisible(m_tabs->currentIndex() == Available);
    m_table->fitColumnsOnce();
    retranslateUi();
    showDetail();
}

const domain::InstanceView *MyChecklistsPage::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_model->rowCount() ? &m_model->checklistAt(row) : nullptr;
}

void MyChecklistsPage::showDetail()
{
    m_detail->showChecklist(current(), session().currency(), session().person().id);
    m_start->setEnabled(!m_busy && current() && m_tabs->currentIndex() == Available);
}

void MyChecklistsPage::start()
{
    const domain::InstanceView *v = current();
    if (!v || v->id != 0 || m_busy)
        return;
    const QString name = v->checklist.name;
    m_busy = true;
    m_start->setEnabled(false);
    core::whenReady(backend().checklists().start(v->checklistId), this,
        [this, name](const core::Result<qint64> &started) {
            m_busy = false;
            if (!started.ok()) {
                showDetail();
                banner()->showMessage(
                    Banner::Level::Error, started.error().message, started.error().diagnostic);
                return;
            }
            emit statusMessage(tr("Started %1").arg(name));
            setTab(InProgress); // the reload the change feed starts selects it there
            select(started.value());
        });
}

void MyChecklistsPage::toggleItem(int number, bool done)
{
    const domain::InstanceView *v = current();
    if (!v || v->id == 0)
        return;
    sendChange(backend().checklists().setItemDone(v->id, number, done),
        done ? tr("Item %1 done").arg(number) : tr("Item %1 no longer done").arg(number),
        [this](bool busy) { setBusy(busy); });
}

void MyChecklistsPage::postComment(const QString &text)
{
    const domain::InstanceView *v = current();
    if (!v || v->id == 0 || text.isEmpty())
        return;
    sendChange(backend().checklists().addComment(v->id, text), tr("Comment posted"),
        [this](bool busy) { setBusy(busy); });
}

void MyChecklistsPage::deleteComment(qint64 commentId)
{
    sendChange(backend().checklists().deleteComment(commentId), tr("Comment deleted"),
        [this](bool busy) { setBusy(busy); });
}

void MyChecklistsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_detail->setBusy(busy);
}

void MyChecklistsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void MyChecklistsPage::retranslateUi()
{
    m_inProgress->setTitle(tr("In progress"));
    m_awaiting->setTitle(tr("Awaiting confirmation"));
    m_confirmed->setTitle(tr("Confirmed"));
    m_earnings->setTitle(tr("Checklist earnings"));
    const QLocale locale;
    const QStringList names { tr("Available (%1)"), tr("In progress (%1)"),
        tr("Awaiting confirmation (%1)"), tr("Confirmed (%1)") };
    for (int tab = 0; tab < 4; ++tab)
        m_tabs->setTabText(
            tab, names[tab].arg(locale.toString(onTab(static_cast<Tab>(tab)).size())));
    const QStringList empty { tr("No checklists to start right now."),
        tr("No checklists in progress. Start one under Available or wait for an assignment."),
        tr("Nothing is waiting for a validator."), tr("No confirmed checklists yet.") };
    m_table->setEmptyText(empty.value(m_tabs->currentIndex()));
    m_start->setText(tr("Start checklist"));
}

} // namespace mikro::ui
