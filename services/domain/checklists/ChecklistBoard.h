#pragma once

#include "services/core/Money.h"
#include "services/core/Result.h"
#include "services/domain/policy/Caller.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mikro::core {
class Clock;
}
namespace mikro::store {
class Database;
}

namespace mikro::domain {

/// A checklist template as the lists show it (API.md §2 Template).
struct TemplateView
{
    struct Item
    {
        qint64 id = 0;
        int number = 0;
        QString action;
        QString link;
        bool operator==(const Item &) const = default;
    };
    qint64 id = 0;
    QString name;
    QString authorId;
    QString author; ///< "First (osm)"
    QString description;
    QDate dueDate;
    QString difficulty;
    bool visible = false;
    bool active = false;
    core::Money completionRate;
    core::Money validationRate;
    core::Money totalPayout; ///< credited from confirmed instances
    int assignedCount = 0; ///< people who have it, in any state
    int confirmedCount = 0; ///< of those, confirmed (and credited)
    QList<Item> items;
    bool operator==(const TemplateView &) const = default;
};

/// One person's checklist as the lists show it (API.md §2 Instance).
struct InstanceView
{
    struct Item
    {
        qint64 id = 0;
        int number = 0;
        QString action;
        QString link;
        QDateTime completedAt;
        QDateTime confirmedAt;
        QString confirmedBy; ///< who confirmed it, by name ("First (osm)")
        /// Shown from the desktop's outbox: a change to it waits to be sent (UI.md §6). Never
        /// set by the store.
        bool waitingToSend = false;
        bool operator==(const Item &) const = default;
    };
    struct Comment
    {
        qint64 id = 0;
        QString body;
        QString authorId;
        QString author;
        QString role;
        QDateTime at;
        bool waitingToSend = false; ///< as Item::waitingToSend
        bool operator==(const Comment &) const = default;
    };
    qint64 id = 0;
    qint64 checklistId = 0;
    QString userId;
    QString userName; ///< "First (osm)"
    TemplateView checklist; ///< the template's fields, read live (without its items)
    bool completed = false; ///< every item completed
    bool confirmed = false;
    bool stale = false; ///< started, not done, no progress for 72 hours
    /// Other people's instance with a completed item no one has confirmed yet.
    bool awaitingConfirmation = false;
    QDateTime startedAt;
    QDateTime completedAt;
    QDateTime confirmedAt;
    QString confirmedBy; ///< who confirmed the last item, by name
    QDateTime lastActivityAt;
    QList<Item> items;
    QList<Comment> comments; ///< the newest CommentsInLists, oldest first
    int commentCount = 0; ///< all live comments; the older ones come from commentPage()
    bool waitingToSend = false; ///< it, an item or a comment of it: as Item::waitingToSend
    bool operator==(const InstanceView &) const = default;
};

/// How many of an instance's comments the lists carry (issue 10 #13); older ones are paged.
inline constexpr int CommentsInLists = 20;

/// A page of one instance's live comments, oldest first.
struct CommentPage
{
    QList<InstanceView::Comment> comments;
    bool more = false; ///< older comments exist before the first one here
    bool operator==(const CommentPage &) const = default;
};

/// A person's own checklists (API.md `fetch_user_checklists`): their instances and the templates
/// they may start, each list by id.
struct OwnChecklists
{
    QList<InstanceView> mine;
    QList<TemplateView> available;
};

/// The organisation's checklists for the admin's, the validator's and the person's lists
/// (API.md §10): templates (archived ones left out), and instances with their items and live
/// comments. A few statements per list, whatever its size. Read-only.
class ChecklistBoard
{
public:
    ChecklistBoard(store::Database &db, const core::Clock &clock);

    /// Every template (admins).
    [[nodiscard]] core::Result<QList<TemplateView>> templates(const Caller &caller) const;
    /// The templates the caller may start: active, visible, not yet started by them.
    [[nodiscard]] core::Result<QList<TemplateView>> available(const Caller &caller) const;
    /// Comments of one instance older than `beforeId` (0: the newest), at most `limit` (≤ 100):
    /// for the owner, and for validators and admins of the organisation; NotFound otherwise.
    [[nodiscard]] core::Result<CommentPage> commentPage(
        const Caller &caller, qint64 userChecklistId, qint64 beforeId, int limit) const;
    /// The caller's own instances.
    [[nodiscard]] core::Result<QList<InstanceView>> mine(const Caller &caller) const;
    /// Everyone else's instances in the organisation (validators and admins).
    [[nodiscard]] core::Result<QList<InstanceView>> others(const Caller &caller) const;

private:
    [[nodiscard]] core::Result<QList<TemplateView>> readTemplates(
        const Caller &caller, bool onlyAvailable) const;
    [[nodiscard]] core::Result<QList<InstanceView>> readInstances(
        const Caller &caller, bool own) const;

    store::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace mikro::domain
