#pragma once

#include "ui/common/CellDelegate.h"
#include "ui/common/Look.h"

namespace mikro::ui {

/// Draws a status cell as a badge (UI.md §1.9): the row's status word in a rounded outline of
/// its tone's colour — amber for Pending, green for Paid, red for Rejected, grey for Cancelled —
/// always with its words. The tone comes from the row's stored word (models::StatusRole), the
/// words from the cell's translated text.
class StatusBadgeDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;

    /// The tone of a stored status word ("pending", "paid", "passed", "overdue"…).
    [[nodiscard]] static look::Tone toneOf(const QString &storedWord);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(
        const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mikro::ui
