#include "ui/common/Remembered.h"

#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>

namespace mikro::ui::remembered {

namespace {

QString tabKey(const QString &key)
{
    return group() + QStringLiteral("/tabs/") + key;
}

} // namespace

QString group()
{
    return QStringLiteral("window/v1");
}

void tabs(QTabWidget *tabs, const QString &key)
{
    tabs->setCurrentIndex(
        qBound(0, QSettings().value(tabKey(key), tabs->currentIndex()).toInt(), tabs->count() - 1));
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs,
        [key](int index) { QSettings().setValue(tabKey(key), index); });
}

void tabs(QTabBar *bar, const QString &key)
{
    bar->setCurrentIndex(
        qBound(0, QSettings().value(tabKey(key), bar->currentIndex()).toInt(), bar->count() - 1));
    QObject::connect(bar, &QTabBar::currentChanged, bar,
        [key](int index) { QSettings().setValue(tabKey(key), index); });
}

void splitter(QSplitter *splitter, const QString &key)
{
    const QString where = group() + QStringLiteral("/splitters/") + key;
    const QByteArray state = QSettings().value(where).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
        [splitter, where] { QSettings().setValue(where, splitter->saveState()); });
}

} // namespace mikro::ui::remembered
