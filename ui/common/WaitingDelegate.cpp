#include "ui/common/WaitingDelegate.h"

#include "models/ItemRoles.h"
#include "ui/common/Look.h"

namespace mikro::ui {

void WaitingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(models::WaitingRole).toBool())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = look::waitingIcon(option->palette);
    option->decorationSize = QSize(16, 16);
}

} // namespace mikro::ui
