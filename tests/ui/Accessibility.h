#pragma once

#include <QAccessible>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace mikro::testing {

/// The widgets a keyboard reaches inside `root` (its focus chain) that a screen reader would
/// announce without a name: "<class> <objectName> in <parent class> <parent name>" for each.
inline QStringList namelessInFocusChain(QWidget &root)
{
    QStringList nameless;
    QWidget *w = &root;
    QSet<QWidget *> seen;
    do {
        w = w->nextInFocusChain();
        if (seen.contains(w))
            break;
        seen.insert(w);
        const bool reachable = (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&root)
            && w->isEnabled() && root.isAncestorOf(w);
        if (!reachable)
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            nameless << QStringLiteral("%1 %2 in %3 %4")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()),
                                w->parentWidget()->objectName());
    } while (w != &root);
    return nameless;
}

} // namespace mikro::testing
