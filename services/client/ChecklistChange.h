#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mikro::client {

/// One change of checklist work that may wait in the offline outbox (UI.md §6: start a
/// checklist, done / not done, confirming an item, posting and deleting one's own comment). A
/// checklist or comment made while offline has a negative local id until its change is sent;
/// the outbox puts the server's id in its place before a later change that names it is sent.
struct ChecklistChange
{
    enum class Kind { Start, SetDone, Confirm, AddComment, DeleteComment };

    Kind kind = Kind::SetDone;
    qint64 templateId = 0; ///< Start
    qint64 checklistId = 0; ///< SetDone, Confirm, AddComment (the person's checklist)
    int itemNumber = 0; ///< SetDone, Confirm; from 1
    bool done = false; ///< SetDone
    QString text; ///< AddComment
    qint64 commentId = 0; ///< DeleteComment
    // What the person saw when they made it, for Pending changes and conflict messages.
    QString checklistName;
    QString ownerName; ///< Confirm: whose checklist

    bool operator==(const ChecklistChange &) const = default;

    /// `group/action` of API.md for the change (`checklist/confirm_list_item`).
    [[nodiscard]] QString action() const;
    /// The API request body, exactly as sent (its hash makes the operation's identity).
    [[nodiscard]] QJsonObject requestBody() const;
    /// The answer's key holding the new id (`user_checklist_id`, `comment_id`); empty if none.
    [[nodiscard]] QString answerIdKey() const;
    /// Whether it makes a new checklist or comment (and so a local id until sent).
    [[nodiscard]] bool createsId() const;

    /// The outbox's stored form, and back (nullopt for a row this version cannot read).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ChecklistChange> fromJson(const QJsonObject &object);
};

} // namespace mikro::client
