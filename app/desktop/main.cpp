#include "app/desktop/DesktopComposition.h"
#include "app/desktop/DesktopSettings.h"
#include "services/core/SafeLog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    mikro::core::installSafeLogging();
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

    QCommandLineParser cli;
    cli.setApplicationDescription(u"Mikro desktop."_s);
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption storeOption(u"store"_s,
        u"The SQLite store to use instead of the configured one (the demo shares the server's)."_s,
        u"path"_s);
    cli.addOption(storeOption);
    cli.process(app);

    QSettings settings;
    auto desktopSettings = mikro::desktop::DesktopSettings::load(
        settings, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (cli.isSet(storeOption))
        desktopSettings.localStorePath = cli.value(storeOption);
    mikro::desktop::DesktopComposition composition(desktopSettings);
    composition.start();
    return QApplication::exec();
}
