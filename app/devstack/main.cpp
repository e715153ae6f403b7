#include "app/devstack/sim/DemoSeed.h"
#include "app/devstack/sim/DevCertificates.h"
#include "app/devstack/sim/IdentityProvider.h"
#include "app/devstack/sim/Tm4Simulator.h"
#include "services/core/Clock.h"
#include "services/core/SafeLog.h"
#include "services/core/UnixSignalNotifier.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"
#include "services/store/Database.h"
#include "services/store/DatabaseConfig.h"
#include "services/store/Migrator.h"
#include "services/tm4/Tm4Client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}
} // namespace

// Local stand-ins for this project's Auth0 tenant (and, with the TM4 issue, the Tasking Manager),
// on loopback only. For development, the demo and tests; never deployed.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    mikro::core::installSafeLogging();
    QCoreApplication::setApplicationName(u"mikro-devstack"_s);
    QCommandLineParser cli;
    cli.setApplicationDescription(u"Local stand-ins for Auth0 and the Tasking Manager."_s);
    cli.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port on 127.0.0.1 (0 = any free port)."_s, u"port"_s, u"8110"_s);
    const QCommandLineOption lifetimeOption(u"access-token-lifetime"_s,
        u"Access token lifetime in seconds."_s, u"seconds"_s, u"3600"_s);
    const QCommandLineOption tlsPortOption(u"tls-port"_s,
        u"Also serve https on this port of 127.0.0.1 with a CA made at start-up; the issuer is "
        u"then "
        "https (for sign-in libraries that insist on it)."_s,
        u"port"_s);
    const QCommandLineOption tlsDirOption(u"tls-dir"_s, u"Where the CA certificate is written."_s,
        u"dir"_s, QDir::temp().filePath(u"mikro-devstack-tls"_s));
    const QCommandLineOption tm4ProjectsOption(
        u"tm4-projects"_s, u"Projects the TM4 simulator serves (ids from 1001)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption tm4TasksOption(
        u"tm4-tasks"_s, u"Tasks per simulated project."_s, u"n"_s, u"200"_s);
    const QCommandLineOption tm4SeedOption(
        u"tm4-seed"_s, u"Seed of the simulated world (same seed, same world)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption tm4LatencyOption(
        u"tm4-latency-ms"_s, u"Latency of every TM4 answer."_s, u"ms"_s, u"0"_s);
    const QCommandLineOption seedStoreOption(u"seed-demo-store"_s,
        u"Do not serve: prepare this SQLite file (or postgresql:// URL) for the demo through the "
        u"services, reading projects from --tm4-url, then exit."_s,
        u"path"_s);
    const QCommandLineOption tm4UrlOption(u"tm4-url"_s,
        u"With --seed-demo-store: the TM4 API (a running devstack's /api/v2)."_s, u"url"_s,
        u"http://127.0.0.1:8110/api/v2"_s);
    const QCommandLineOption webCallbackOption(u"web-callback"_s,
        u"An allowed callback URL of the web client mikro-web (repeat for several); replaces the "
        u"defaults (http and https://localhost:3000/auth/callback and /callback)."_s,
        u"url"_s);
    cli.addOptions({ portOption, lifetimeOption, tlsPortOption, tlsDirOption, tm4ProjectsOption,
        tm4TasksOption, tm4SeedOption, tm4LatencyOption, seedStoreOption, tm4UrlOption,
        webCallbackOption });
    cli.process(app);

    mikro::core::SystemClock clock;
    const int tm4Projects = qBound(0, cli.value(tm4ProjectsOption).toInt(), 1000);
    if (cli.isSet(seedStoreOption)) {
        // A SQLite file, or a PostgreSQL URL (the three-instance test seeds a real PostgreSQL).
        const QString where = cli.value(seedStoreOption);
        mikro::core::ConfigReader settings({ { u"DATABASE_URL"_s, where } });
        mikro::store::Database db(where.startsWith(u"postgresql://"_s)
                ? mikro::store::DatabaseConfig::fromSettings(settings, {})
                : mikro::store::DatabaseConfig::sqlite(where));
        if (auto migrated = mikro::store::Migrator(db, clock).migrate(); !migrated.ok()) {
            std::fprintf(stderr, "mikro-devstack: %s\n", qPrintable(migrated.error().diagnostic));
            return 3;
        }
        mikro::tm4::Tm4Settings tm4Settings;
        tm4Settings.apiUrl = QUrl(cli.value(tm4UrlOption));
        mikro::tm4::Tm4Client tm4(tm4Settings);
        QList<qint64> ids;
        for (int i = 0; i < tm4Projects; ++i)
            ids << 1001 + i;
        const auto seeded = mikro::devstack::seedDemoStore(db, clock, tm4, ids);
        if (!seeded.ok()) {
            std::fprintf(stderr, "mikro-devstack: demo seed failed: %s (%s)\n",
                qPrintable(seeded.error().message), qPrintable(seeded.error().diagnostic));
            return 3;
        }
        printLine(u"demo store ready: %1 people, %2 new projects"_s.arg(seeded.value().people)
                      .arg(seeded.value().projectsCreated));
        return 0;
    }
    auto settings = mikro::devstack::IdentityProvider::defaultSettings();
    settings.accessTokenLifetime
        = std::chrono::seconds(qMax(10, cli.value(lifetimeOption).toInt()));
    if (cli.isSet(webCallbackOption))
        for (mikro::devstack::DevClient &c : settings.clients)
            if (c.id == "mikro-web"_L1)
                c.redirectUris = cli.values(webCallbackOption);
    mikro::devstack::IdentityProvider identity(clock, settings);
    mikro::http::Router router;
    router.add("GET", u"/health"_s, [](const mikro::http::Request &) {
        return QtFuture::makeReadyFuture(
            mikro::http::Response::json(200, QJsonObject { { u"status"_s, u"healthy"_s } }));
    });
    identity.addRoutes(router);
    const auto people = mikro::devstack::tm4WorldPeople();
    mikro::devstack::Tm4World::Settings world;
    world.seed = cli.value(tm4SeedOption).toUInt();
    world.projects = tm4Projects;
    world.tasksPerProject = qBound(1, cli.value(tm4TasksOption).toInt(), 100'000);
    world.mappers = people.mappers;
    world.validators = people.validators;
    world.outsiders = people.outsiders;
    mikro::devstack::Tm4Simulator tm4(std::make_shared<mikro::devstack::Tm4World>(world));
    tm4.setKnobs({ qBound(0, cli.value(tm4LatencyOption).toInt(), 60'000), 0.0, {}, true });
    tm4.addRoutes(router);
    mikro::http::HttpServer server(router, mikro::http::HttpLimits {});
    const auto port = server.listen(
        QHostAddress::LocalHost, static_cast<quint16>(cli.value(portOption).toUInt()));
    if (!port.ok()) {
        std::fprintf(
            stderr, "mikro-devstack: %s\n", port.error().message.toLocal8Bit().constData());
        return 4;
    }
    QString issuer = u"http://127.0.0.1:%1/"_s.arg(port.value());
    std::unique_ptr<mikro::http::HttpServer> tlsServer;
    if (cli.isSet(tlsPortOption)) {
        const auto certificates = mikro::devstack::DevCertificates::create(cli.value(tlsDirOption));
        if (!certificates.ok()) {
            std::fprintf(stderr, "mikro-devstack: %s\n",
                certificates.error().diagnostic.toLocal8Bit().constData());
            return 5;
        }
        tlsServer = std::make_unique<mikro::http::HttpServer>(router, mikro::http::HttpLimits {});
        tlsServer->setTlsConfiguration(certificates.value().serverConfiguration);
        const auto tlsPort = tlsServer->listen(
            QHostAddress::LocalHost, static_cast<quint16>(cli.value(tlsPortOption).toUInt()));
        if (!tlsPort.ok()) {
            std::fprintf(
                stderr, "mikro-devstack: %s\n", tlsPort.error().message.toLocal8Bit().constData());
            return 4;
        }
        issuer = u"https://127.0.0.1:%1/"_s.arg(tlsPort.value());
        printLine(u"TLS: https://127.0.0.1:%1 (CA certificate: %2; mikro-server: "
                  u"AUTH0_DOMAIN=127.0.0.1:%1 "
                  "AUTH0_CA_FILE=%2)"_s.arg(tlsPort.value())
                      .arg(certificates.value().caPath));
    }
    identity.setIssuer(issuer);
    printLine(u"mikro-devstack listening on http://127.0.0.1:%1"_s.arg(port.value()));
    printLine(u"identity provider: issuer %1"_s.arg(issuer));
    if (!tlsServer)
        printLine(u"mikro-server: AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL=%1"_s.arg(issuer));
    printLine(u"TM4 simulator: TM4_API_URL=http://127.0.0.1:%1/api/v2 (%2 projects from 1001, "
              u"%3 tasks each)"_s.arg(port.value())
                  .arg(tm4Projects)
                  .arg(world.tasksPerProject));
    printLine(u"clients: mikro-desktop (public, PKCE), mikro-web (secret devstack-web-secret)"_s);

    mikro::core::UnixSignalNotifier signalNotifier({ SIGTERM, SIGINT });
    QObject::connect(&signalNotifier, &mikro::core::UnixSignalNotifier::signalReceived, &server,
        &mikro::http::HttpServer::shutdown);
    QObject::connect(&server, &mikro::http::HttpServer::stopped, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
