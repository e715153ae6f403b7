#include "ui/shell/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mikro::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<std::pair<QString, QString>> rows {
        { tr("Ctrl+1 … Ctrl+9"), tr("Open the n-th page of the sidebar") },
        { QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText),
            tr("Refresh the page") },
        { QKeySequence(Qt::CTRL | Qt::Key_B).toString(QKeySequence::NativeText),
            tr("Sidebar labels on or off") },
        { QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText),
            tr("Copy the selected rows") },
        { tr("Enter"), tr("Default action of the selected row") },
        { QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText),
            tr("Keyboard shortcuts") },
        { tr("Esc"), tr("Close a dialog; clear the search box") },
        { QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText), tr("Quit") },
    };
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Action") });
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 360);
}

} // namespace mikro::ui
