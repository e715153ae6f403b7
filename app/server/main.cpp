#include "app/server/ServerComposition.h"
#include "app/server/ServerConfig.h"
#include "services/core/SafeLog.h"
#include "services/core/UnixSignalNotifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void applyLogLevel(const QString &level)
{
    QString rules = u"mikro.*.debug=false\n"_s;
    if (level == "debug"_L1)
        rules = u"mikro.*.debug=true\n"_s;
    else if (level == "warning"_L1)
        rules += u"mikro.*.info=false\n"_s;
    else if (level == "error"_L1)
        rules += u"mikro.*.info=false\nmikro.*.warning=false\n"_s;
    QLoggingCategory::setFilterRules(rules);
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    mikro::core::installSafeLogging();
    QCoreApplication::setOrganizationName(u"Mikro"_s);
    QCoreApplication::setApplicationName(u"mikro-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MIKRO_VERSION));
    qSetMessagePattern(u"%{type} %{category}: %{message}"_s);

    QCommandLineParser cli;
    cli.setApplicationDescription(u"Mikro API server. Configuration comes from the environment "
                                  "(see docs/CONFIGURATION.md)."_s);
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption migrateOnly(
        u"migrate-only"_s, u"Apply database migrations, then exit."_s);
    cli.addOption(migrateOnly);
    const QCommandLineOption syncOnce(u"sync-once"_s,
        u"Sync every active project with TM4 once, then exit (1 when a project failed)."_s);
    cli.addOption(syncOnce);
    cli.process(app);

    const QString defaultSqlite
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/mikro.sqlite"_s;
    using Purpose = mikro::server::ServerConfig::Purpose;
    const auto purpose = cli.isSet(migrateOnly) ? Purpose::MigrateOnly
        : cli.isSet(syncOnce)                   ? Purpose::SyncOnce
                                                : Purpose::Serve;
    auto config = mikro::server::ServerConfig::fromSettings(
        mikro::core::ConfigReader::fromEnvironment(), defaultSqlite, purpose);
    if (!config.ok()) {
        std::fprintf(
            stderr, "mikro-server: %s\n", config.error().message.toLocal8Bit().constData());
        return 2;
    }
    applyLogLevel(config.value().logLevel);
    if (config.value().logFormat == "json"_L1)
        mikro::core::setLogFormat(mikro::core::LogFormat::Json);
    const QString store = config.value().database.describe();

    mikro::server::ServerComposition composition(config.value());
    const auto schema = composition.prepareStore();
    if (!schema.ok()) {
        std::fprintf(stderr, "mikro-server: %s (%s)\n",
            schema.error().message.toLocal8Bit().constData(),
            schema.error().diagnostic.toLocal8Bit().constData());
        return 3;
    }
    if (cli.isSet(migrateOnly)) {
        printLine(u"mikro-server: %1 is at schema version %2"_s.arg(store).arg(schema.value()));
        return 0;
    }
    if (cli.isSet(syncOnce)) {
        const int failed = composition.syncOnce();
        printLine(u"mikro-server: sync done, %1 project(s) failed"_s.arg(failed));
        return failed == 0 ? 0 : 1;
    }
    const auto port = composition.start();
    if (!port.ok()) {
        std::fprintf(stderr, "mikro-server: %s (%s)\n",
            port.error().message.toLocal8Bit().constData(),
            port.error().diagnostic.toLocal8Bit().constData());
        return 4;
    }
    const QHostAddress bound = config.value().bindAddress;
    // NOLINTNEXTLINE(misc-redundant-expression): two different wildcards; clang-tidy 14 sees one
    const QString host = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
        ? u"127.0.0.1"_s
        : bound.toString();
    printLine(u"mikro-server listening on http://%1:%2 (store: %3, schema version %4)"_s.arg(host)
                  .arg(port.value())
                  .arg(store)
                  .arg(schema.value()));

    mikro::core::UnixSignalNotifier signalNotifier({ SIGTERM, SIGINT });
    QObject::connect(&signalNotifier, &mikro::core::UnixSignalNotifier::signalReceived,
        &composition, [&composition](int number) {
            printLine(u"mikro-server: signal %1, shutting down gracefully"_s.arg(number));
            composition.shutdown();
        });
    QObject::connect(
        &composition, &mikro::server::ServerComposition::stopped, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
