#pragma once

#include "services/domain/policy/Role.h"

#include <QList>
#include <QString>

#include <optional>

namespace mikro::ui {

/// The pages this desktop has (UI.md §3, §1.6).
enum class PageId {
    Dashboard,
    Projects,
    Payments,
    Training,
    Checklists,
    Review,
    Reconciliation,
    Users,
    Organisation, ///< the admin's dashboard of the organisation (UI.md §5.1)
    Audit, ///< the admin's audit log (UI.md §5.9)
    TaskReview, ///< the admin's review of tasks the sync could not credit (UI.md §5.5)
    OrgProjects, ///< the admin's projects of the organisation (UI.md §5.3)
    OrgChecklists, ///< the admin's checklist templates and assignments (UI.md §5.7)
    OrgTraining, ///< the admin's training modules (UI.md §5.6)
    OrgSync, ///< the admin's Tasking Manager sync (UI.md §5.8)
    Account
};

/// One line of the sidebar: a page, or the heading of a group ("My work").
struct NavEntry
{
    std::optional<PageId> page; ///< empty for a group heading
    QString label;
};

/// The sidebar of a role, in order (UI.md §1.4), with the pages built so far: a person's own
/// pages, under "My work" for an admin, and Account at the bottom.
[[nodiscard]] QList<NavEntry> navigationFor(domain::Role role);

/// The page a role starts on (UI.md §1.8): the organisation's dashboard for an admin, the
/// person's own dashboard otherwise.
[[nodiscard]] PageId homePageFor(domain::Role role);

/// A page's stable name in QSettings ("payments"), and back; nothing for an unknown name.
[[nodiscard]] QString pageKey(PageId id);
[[nodiscard]] std::optional<PageId> pageFromKey(const QString &key);

} // namespace mikro::ui
