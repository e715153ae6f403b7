#include "ui/shell/Navigation.h"

#include <QCoreApplication>

namespace mikro::ui {

QList<NavEntry> navigationFor(domain::Role role)
{
    const auto word = [](const char *text) {
        return QCoreApplication::translate("mikro::ui::Navigation", text);
    };
    const NavEntry review { PageId::Review,
        word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Review Checklists")) };
    // An admin's organisation pages come first (UI.md §1.4), their own work under "My work".
    if (role == domain::Role::Admin)
        return { { PageId::Organisation,
                     word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Dashboard")) },
            { PageId::Users, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Users")) },
            { PageId::OrgProjects, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Projects")) },
            { PageId::Reconciliation,
                word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Payments")) },
            { PageId::TaskReview, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Review")) },
            { PageId::OrgTraining, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Training")) },
            { PageId::OrgChecklists,
                word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Checklists")) },
            { PageId::OrgSync, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Sync")) }, review,
            { PageId::Audit, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Audit log")) },
            { std::nullopt, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "My work")) },
            { PageId::Dashboard, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "My Dashboard")) },
            { PageId::Projects, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "My Projects")) },
            { PageId::Payments, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "My Payments")) },
            { PageId::Training, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "My Training")) },
            { PageId::Checklists,
                word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "My Checklists")) },
            { PageId::Account, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Account")) } };
    QList<NavEntry> pages { { PageId::Dashboard,
                                word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Dashboard")) },
        { PageId::Projects, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Projects")) },
        { PageId::Payments, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Payments")) },
        { PageId::Training, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Training")) },
        { PageId::Checklists, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "My Checklists")) },
        { PageId::Account, word(QT_TRANSLATE_NOOP("mikro::ui::Navigation", "Account")) } };
    // A validator confirms other people's checklists (UI.md §4.2).
    if (role == domain::Role::Validator)
        pages.insert(1, review);
    return pages;
}

PageId homePageFor(domain::Role role)
{
    return role == domain::Role::Admin ? PageId::Organisation : PageId::Dashboard;
}

namespace {

struct PageName
{
    PageId id;
    const char16_t *key;
};

constexpr PageName PageNames[]
    = { { PageId::Dashboard, u"dashboard" }, { PageId::Projects, u"projects" },
          { PageId::Payments, u"payments" }, { PageId::Training, u"training" },
          { PageId::Checklists, u"checklists" }, { PageId::Review, u"review" },
          { PageId::Reconciliation, u"reconciliation" }, { PageId::Users, u"users" },
          { PageId::Organisation, u"organisation" }, { PageId::Audit, u"audit" },
          { PageId::TaskReview, u"task-review" }, { PageId::OrgProjects, u"org-projects" },
          { PageId::OrgChecklists, u"org-checklists" }, { PageId::OrgTraining, u"org-training" },
          { PageId::OrgSync, u"org-sync" }, { PageId::Account, u"account" } };

} // namespace

QString pageKey(PageId id)
{
    for (const PageName &p : PageNames)
        if (p.id == id)
            return QString::fromUtf16(p.key);
    return {};
}

std::optional<PageId> pageFromKey(const QString &key)
{
    for (const PageName &p : PageNames)
        if (key == QStringView(p.key))
            return p.id;
    return std::nullopt;
}

} // namespace mikro::ui
