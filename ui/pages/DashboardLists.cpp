#include "ui/pages/DashboardLists.h"

#include "models/checklists/MyChecklistsModel.h"
#include "services/core/Money.h"

#include <QEvent>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace mikro::ui {

namespace {

enum class Target { Training, Checklists, Payments };
constexpr int TargetRole = Qt::UserRole + 1;
constexpr int UrlRole = Qt::UserRole + 2;
constexpr int RejectionsShownForDays = 30;

} // namespace

DashboardLists::DashboardLists(QWidget *parent)
    : QWidget(parent)
    , m_projectsHeading(new QLabel)
    , m_projects(new QTreeWidget)
    , m_projectsEmpty(new QLabel)
    , m_open(new QPushButton)
    , m_toDoHeading(new QLabel)
    , m_toDo(new QListWidget)
{
    setObjectName(QStringLiteral("dashboardLists"));
    m_projects->setObjectName(QStringLiteral("myProjects"));
    m_toDo->setObjectName(QStringLiteral("toDo"));
    m_open->setObjectName(QStringLiteral("openProjectButton"));
    m_projectsEmpty->setObjectName(QStringLiteral("myProjectsEmpty"));
    m_projects->setColumnCount(3);
    m_projects->setRootIsDecorated(false);
    m_projects->setUniformRowHeights(true);
    m_projects->header()->setStretchLastSection(false);
    m_projects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projects->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_projects->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_projectsEmpty->setWordWrap(true);
    m_toDo->setWordWrap(true);
    for (QLabel *heading : { m_projectsHeading, m_toDoHeading }) {
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_projectsHeading, 0, 0);
    layout->addWidget(m_projects, 1, 0);
    layout->addWidget(m_projectsEmpty, 1, 0);
    layout->addWidget(m_open, 2, 0, Qt::AlignLeft);
    layout->addWidget(m_toDoHeading, 0, 1);
    layout->addWidget(m_toDo, 1, 1, 2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(m_open, &QPushButton::clicked, this, &DashboardLists::openCurrentProject);
    connect(m_projects, &QTreeWidget::itemActivated, this, &DashboardLists::openCurrentProject);
    connect(m_projects, &QTreeWidget::currentItemChanged, this,
        [this] { m_open->setEnabled(m_projects->currentItem() != nullptr); });
    connect(m_toDo, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        switch (static_cast<Target>(item->data(TargetRole).toInt())) {
        case Target::Training:
            emit trainingPageRequested();
            break;
        case Target::Checklists:
            emit checklistsPageRequested();
            break;
        case Target::Payments:
            emit paymentsPageRequested();
            break;
        }
    });
    retranslateUi();
    m_open->setEnabled(false);
}

void DashboardLists::setData(const Data &shown, const QString &currency, const QDateTime &now)
{
    m_data = shown;
    m_currency = currency;
    m_now = now;
    fillProjects();
    fillToDo();
}

void DashboardLists::fillProjects()
{
    m_projects->clear();
    QList<domain::MemberProject> member = m_data->projects.member;
    // The latest activity Mikro knows of a project is its last sync; never synced come last.
    std::ranges::stable_sort(member, [](const auto &a, const auto &b) {
        return a.project.lastSyncedAt > b.project.lastSyncedAt;
    });
    const QLocale locale;
    for (const domain::MemberProject &m : member.mid(0, ProjectsShown)) {
        auto *item = new QTreeWidgetItem(m_projects,
            { m.project.name, core::formatMoney(m.project.mappingRate, m_currency, locale),
                core::formatMoney(m.project.validationRate, m_currency, locale) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, UrlRole, m.project.url);
    }
    const bool none = member.isEmpty();
    m_projectsHeading->setVisible(m_projectsShown);
    m_projects->setVisible(m_projectsShown && !none);
    m_projectsEmpty->setVisible(m_projectsShown && none);
    m_open->setVisible(m_projectsShown && !none);
    if (!none)
        m_projects->setCurrentItem(m_projects->topLevelItem(0));
}

void DashboardLists::addToDo(const QString &text, int target)
{
    auto *item = new QListWidgetItem(text, m_toDo);
    item->setData(TargetRole, target);
}

void DashboardLists::fillToDo()
{
    m_toDo->clear();
    addTrainingToDo();
    addChecklistToDo();
    addRejectionToDo();
    if (m_toDo->count() == 0) {
        auto *none = new QListWidgetItem(tr("Nothing to do right now."), m_toDo);
        none->setFlags(Qt::NoItemFlags);
    }
}

void DashboardLists::addTrainingToDo()
{
    // Required trainings not passed, once each, with the projects that require them.
    QHash<qint64, const domain::TrainingView *> byId;
    for (const domain::TrainingView &t : m_data->trainings)
        byId.insert(t.id, &t);
    QMap<qint64, QStringList> missing;
    for (const domain::MemberProject &m : m_data->projects.member)
        for (const qint64 id : m.project.requiredTrainings)
            if (!byId.contains(id) || !byId.value(id)->completed)
                missing[id] << m.project.name;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        const QString title = byId.contains(it.key()) ? byId.value(it.key())->title
                                                      : tr("Training %1").arg(it.key());
        addToDo(tr("Pass “%1” (required for %2)").arg(title, it.value().join(QStringLiteral(", "))),
            static_cast<int>(Target::Training));
    }
}

void DashboardLists::addChecklistToDo()
{
    // Checklists in progress, soonest due first, undated last.
    QList<domain::InstanceView> open;
    for (const domain::InstanceView &v : m_data->checklists.mine)
        if (!v.completed)
            open << v;
    const auto due = [](const domain::InstanceView &v) {
        return v.checklist.dueDate.isValid() ? v.checklist.dueDate : QDate(9999, 12, 31);
    };
    std::ranges::stable_sort(open, {}, due);
    const QLocale locale;
    for (const domain::InstanceView &v : open) {
        QString line = tr("%1: %2 of %3 items done")
                           .arg(v.checklist.name, locale.toString(models::itemsDone(v)),
                               locale.toString(v.items.size()));
        if (v.checklist.dueDate.isValid())
            line += QStringLiteral(" · ")
                + tr("due %1").arg(locale.toString(v.checklist.dueDate, QLocale::ShortFormat));
        addToDo(line, static_cast<int>(Target::Checklists));
    }
}

void DashboardLists::addRejectionToDo()
{
    // Requests rejected in the last 30 days, with the reason.
    const QLocale locale;
    for (const domain::PayRequestRow &r : m_data->records.decided) {
        if (r.status != domain::PaymentStatus::Rejected || !r.decidedAt.isValid()
            || r.decidedAt.daysTo(m_now) > RejectionsShownForDays)
            continue;
        const QString amount = core::formatMoney(r.amount, m_currency, locale);
        addToDo(r.decisionNote.isEmpty()
                ? tr("Your request for %1 was rejected.").arg(amount)
                : tr("Your request for %1 was rejected: %2").arg(amount, r.decisionNote),
            static_cast<int>(Target::Payments));
    }
}

QStringList DashboardLists::toDoLines() const
{
    QStringList out;
    for (int i = 0; i < m_toDo->count(); ++i)
        out << m_toDo->item(i)->text();
    return out;
}

void DashboardLists::openCurrentProject()
{
    if (const QTreeWidgetItem *item = m_projects->currentItem())
        emit projectLinkRequested(QUrl(item->data(0, UrlRole).toString()));
}

void DashboardLists::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_data)
            fillToDo();
    }
    QWidget::changeEvent(event);
}

void DashboardLists::retranslateUi()
{
    m_projectsHeading->setText(tr("My projects"));
    m_toDoHeading->setText(tr("To do"));
    m_projects->setHeaderLabels({ tr("Project"), tr("Mapping rate"), tr("Validation rate") });
    m_projectsEmpty->setText(tr("You're not on a project yet. An admin adds people to projects; "
                                "required training is under Training."));
    m_open->setText(tr("Open in Tasking Manager"));
    m_projects->setAccessibleName(tr("My projects"));
    m_toDo->setAccessibleName(tr("To do"));
}

} // namespace mikro::ui
