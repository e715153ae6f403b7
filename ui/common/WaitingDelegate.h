#pragma once

#include <QStyledItemDelegate>

namespace mikro::ui {

/// A table's default delegate: a cell whose row waits in the offline outbox
/// (models::WaitingRole) shows the clock before its text (UI.md §6).
class WaitingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace mikro::ui
