#include "app/desktop/DesktopComposition.h"
#include "app/desktop/DesktopSettings.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/client/http/ApiConnection.h"
#include "services/client/inprocess/StoreCheck.h"
#include "services/core/SafeLog.h"
#include "services/core/WhenReady.h"
#include "ui/common/CheckBoxStyle.h"

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
    mikro::ui::CheckBoxStyle::install(); // the platform's style, mended (UI.md §1.9)
    mikro::core::installSafeLogging();
    QApplication::setOrganizationName(u"Mikro"_s);
    QApplication::setApplicationName(u"mikro"_s);
    QApplication::setApplicationVersion(QStringLiteral(MIKRO_VERSION));
    // The .desktop entry's name (packaging/linux): the window's app id under Wayland, the icon.
    QGuiApplication::setDesktopFileName(u"org.mikro.Mikro"_s);

    // The language chosen in Settings (UI.md §1.10), else the system's; applied at start.
    const QString language = QSettings().value(u"general/language"_s).toString();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator;
    if (qtTranslator.load(
            QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator mikroTranslator;
    if (mikroTranslator.load(QLocale(), u"mikro"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&mikroTranslator);

    // The command line's text, translated now that the translators are in.
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QCoreApplication::translate("mikro::desktop::CommandLine", "Mikro desktop."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s,
        QCoreApplication::translate("mikro::desktop::CommandLine",
            "The Mikro server to use instead of the configured one (https, or http on this "
            "computer)."),
        QCoreApplication::translate("mikro::desktop::CommandLine", "url"));
    const QCommandLineOption storeOption(u"store"_s,
        QCoreApplication::translate("mikro::desktop::CommandLine",
            "Work in process on this SQLite file instead of a Mikro server (one person's own "
            "data)."),
        QCoreApplication::translate("mikro::desktop::CommandLine", "path"));
    cli.addOption(serverOption);
    cli.addOption(storeOption);
    cli.process(app);

    QSettings settings;
    auto desktopSettings = mikro::desktop::DesktopSettings::load(
        settings, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (cli.isSet(serverOption)) {
        const auto url = mikro::client::ApiConnection::checkServerUrl(cli.value(serverOption));
        if (!url.ok()) {
            qCritical("%s", qPrintable(url.error().message));
            return 2;
        }
        desktopSettings.connection = mikro::desktop::DesktopSettings::Connection::Server;
        desktopSettings.serverUrl = url.value();
    }
    if (cli.isSet(storeOption)) {
        desktopSettings.connection = mikro::desktop::DesktopSettings::Connection::LocalFile;
        desktopSettings.localStorePath = cli.value(storeOption);
    }
    std::unique_ptr<mikro::desktop::DesktopComposition> composition;
    const auto compose = [&composition](const mikro::desktop::DesktopSettings &ready) {
        composition = std::make_unique<mikro::desktop::DesktopComposition>(ready);
        composition->start();
    };
    if (desktopSettings.connection != mikro::desktop::DesktopSettings::Connection::OrgDatabase) {
        compose(desktopSettings);
        return QApplication::exec();
    }
    // The organisation database's password comes from the keychain (Settings put it there)
    // before the store opens; without one libpq may still sign in (.pgpass, trust), and a
    // refusal reaches the person as the store's error.
    mikro::auth::KeychainSecretStore passwords(mikro::client::storePasswordService());
    mikro::core::whenReady(
        passwords.read(mikro::client::storePasswordKey(desktopSettings.database)), &app,
        [&compose, desktopSettings](
            const mikro::core::Result<mikro::core::Secret> &stored) mutable {
            if (stored.ok())
                desktopSettings.database.password = stored.value();
            compose(desktopSettings);
        });
    return QApplication::exec();
}
