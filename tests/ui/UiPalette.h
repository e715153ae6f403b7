#pragma once

#include "ui/common/CheckBoxStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace mikro::testing {

/// The light or dark palette of the Fusion style, as a desktop in that scheme gives it: the
/// screenshots of both are taken under each (UI.md §1.9).
inline QPalette uiPalette(bool dark)
{
    ui::CheckBoxStyle::install(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = QApplication::style()->standardPalette();
    if (!dark)
        return p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0x99));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Dark, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

/// Installs Mikro's compiled translation for `language` ("es", "pt"); false when it is missing.
/// The .qm files are the desktop's own, built next to it (MIKRO_QM_DIR).
inline bool installMikroTranslation(QTranslator &translator, const QString &language)
{
    if (!translator.load(QStringLiteral("mikro_") + language, QStringLiteral(MIKRO_QM_DIR)))
        return false;
    return QCoreApplication::installTranslator(&translator);
}

} // namespace mikro::testing
