#pragma once

#include "ui/common/CellDelegate.h"

namespace mikro::ui {

/// Draws a cell that has a ProgressRole fraction as the platform's progress bar with its text
/// ("42 %"); other cells as usual. Light and dark follow the palette.
class ProgressDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace mikro::ui
