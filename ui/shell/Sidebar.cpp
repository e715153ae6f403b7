#include "ui/shell/Sidebar.h"

#include "ui/common/Look.h"

#include <QLocale>
#include <QStyle>

namespace mikro::ui {

namespace {

constexpr int PageRole = Qt::UserRole + 1;

QIcon iconOf(const QStyle *style, PageId page)
{
    switch (page) {
    case PageId::Dashboard:
    case PageId::Organisation:
        return style->standardIcon(QStyle::SP_DesktopIcon);
    case PageId::Projects:
    case PageId::OrgProjects:
        return style->standardIcon(QStyle::SP_DirIcon);
    case PageId::Payments:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case PageId::Training:
    case PageId::OrgTraining:
        return style->standardIcon(QStyle::SP_FileDialogInfoView);
    case PageId::Checklists:
    case PageId::OrgChecklists:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case PageId::Review:
    case PageId::TaskReview:
        return style->standardIcon(QStyle::SP_DialogYesButton);
    case PageId::Reconciliation:
        return style->standardIcon(QStyle::SP_DialogSaveButton);
    case PageId::Users:
        return style->standardIcon(QStyle::SP_FileDialogListView);
    case PageId::OrgSync:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case PageId::Audit:
        return style->standardIcon(QStyle::SP_FileDialogContentsView);
    case PageId::Account:
        return style->standardIcon(QStyle::SP_DirHomeIcon);
    }
    return {};
}

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(20, 20));
    setSpacing(1);
    setStyleSheet(QStringLiteral("QListWidget#sidebar { background: palette(window); }"
                                 "QListWidget#sidebar::item { padding: 6px 8px; "
                                 "border-left: 4px solid transparent; }"
                                 "QListWidget#sidebar::item:selected { border-left: 4px solid %1; "
                                 "background: palette(base); color: palette(text); }")
                      .arg(look::KaartOrange.name()));
    connect(this, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem *current, QListWidgetItem *previous) {
            if (previous) {
                QFont normal = previous->font();
                normal.setBold(false);
                previous->setFont(normal);
            }
            if (!current || !current->data(PageRole).isValid())
                return;
            QFont bold = current->font();
            bold.setBold(true);
            current->setFont(bold);
            emit pageChosen(static_cast<PageId>(current->data(PageRole).toInt()));
        });
}

void Sidebar::setEntries(const QList<NavEntry> &entries)
{
    const QSignalBlocker quiet(this);
    m_entries = entries;
    clear();
    for (const NavEntry &entry : entries) {
        auto *item = new QListWidgetItem(this);
        if (entry.page) {
            item->setData(PageRole, static_cast<int>(*entry.page));
            item->setIcon(iconOf(style(), *entry.page));
        } else {
            item->setFlags(Qt::NoItemFlags); // a group heading
            QFont small = item->font();
            small.setBold(true);
            small.setPointSizeF(small.pointSizeF() * 0.9);
            item->setFont(small);
        }
    }
    relabel();
}

void Sidebar::setLabelsShown(bool shown)
{
    m_labelsShown = shown;
    relabel();
}

void Sidebar::relabel()
{
    for (int i = 0; i < count() && i < m_entries.size(); ++i) {
        QListWidgetItem *it = item(i);
        const NavEntry &entry = m_entries.at(i);
        const bool heading = !entry.page;
        const int n = entry.page ? m_counts.value(*entry.page) : 0;
        //: A sidebar entry and its count badge (UI.md §1.4): "Review Checklists 3".
        const QString label
            = n > 0 ? tr("%1 %2").arg(entry.label, QLocale().toString(n)) : entry.label;
        it->setText(m_labelsShown || heading ? label : QString());
        it->setToolTip(label);
        it->setHidden(heading && !m_labelsShown);
        it->setData(Qt::AccessibleTextRole, label);
    }
    setFixedWidth(m_labelsShown ? 200 : 56);
}

void Sidebar::setCount(PageId page, int count)
{
    if (m_counts.value(page) == count)
        return;
    m_counts.insert(page, count);
    relabel();
}

void Sidebar::select(PageId page)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(PageRole).isValid() && item(i)->data(PageRole).toInt() == int(page)) {
            setCurrentRow(i);
            return;
        }
    }
}

QList<PageId> Sidebar::pages() const
{
    QList<PageId> out;
    for (const NavEntry &entry : m_entries)
        if (entry.page)
            out << *entry.page;
    return out;
}

QString Sidebar::labelOf(PageId page) const
{
    for (const NavEntry &entry : m_entries)
        if (entry.page == page)
            return entry.label;
    return {};
}

} // namespace mikro::ui
