#pragma once

#include "ui/shell/Navigation.h"

#include <QListWidget>

namespace mikro::ui {

/// The sidebar of UI.md §1.4: icon and label per page in the role's order, group headings, the
/// active entry with the orange marker bar and a bold label; collapsed it shows icons only with
/// the labels as tooltips.
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

signals:
    void pageChosen(mikro::ui::PageId page);

private:
    void relabel();

    QList<NavEntry> m_entries;
    bool m_labelsShown = true;
};

} // namespace mikro::ui
