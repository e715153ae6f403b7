#include "app/desktop/DesktopComposition.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Mikro"_s);
    QApplication::setApplicationName(u"mikro"_s);
    QApplication::setApplicationVersion(QStringLiteral(MIKRO_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(
            QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator mikroTranslator;
    if (mikroTranslator.load(QLocale(), u"mikro"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&mikroTranslator);

    const QString cache
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cache.sqlite"_s;
    mikro::desktop::DesktopComposition composition(cache);
    composition.start();
    return QApplication::exec();
}
