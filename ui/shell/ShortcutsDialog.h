#pragma once

#include <QDialog>

namespace mikro::ui {

/// Help ▸ Keyboard shortcuts (UI.md §1.7): the keys this desktop answers to, in a table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
};

} // namespace mikro::ui
