#pragma once

#include <QStyledItemDelegate>

namespace mikro::ui {

/// A delegate that draws something of its own in a cell (a bar, a badge) over the row's usual
/// background and selection.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    /// The cell's background and selection without its text; the style it was drawn with.
    QStyle *paintBackground(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace mikro::ui
