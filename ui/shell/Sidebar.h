#pragma once

#include "ui/shell/Navigation.h"

#include <QListWidget>

namespace mikro::ui {

/// The sidebar of UI.md §1.4: icon and label per page in the role's order, group headings, the
/// active entry with the orange marker bar and a bold label; collapsed it shows icons only with
/// the labels as tooltips. A page's count is a text badge after its label ("Review Checklists 3").
class Sidebar : public QListWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget *parent = nullptr);

    void setEntries(const QList<NavEntry> &entries);
    void setLabelsShown(bool shown);
    [[nodiscard]] bool labelsShown() const { return m_labelsShown; }
    void select(PageId page);
    /// The pages in sidebar order (Ctrl+1…9 follow it).
    [[nodiscard]] QList<PageId> pages() const;
    [[nodiscard]] QString labelOf(PageId page) const;
    /// The count after the page's label; none when 0.
    void setCount(PageId page, int count);

signals:
    void pageChosen(mikro::ui::PageId page);

private:
    void relabel();

    QList<NavEntry> m_entries;
    QHash<PageId, int> m_counts;
    bool m_labelsShown = true;
};

} // namespace mikro::ui
