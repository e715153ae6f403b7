#pragma once

#include <QStyledItemDelegate>

namespace mikro::ui {

/// Draws a cell that has a ProgressRole fraction as the platform's progress bar with its text
/// ("42 %"); other cells as usual. Light and dark follow the palette.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace mikro::ui
