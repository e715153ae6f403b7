#include "app/devstack/sim/IdentityProvider.h"
#include "services/core/Clock.h"
#include "services/core/UnixSignalNotifier.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

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
    QCoreApplication::setApplicationName(u"mikro-devstack"_s);
    QCommandLineParser cli;
    cli.setApplicationDescription(u"Local stand-ins for Auth0 and the Tasking Manager."_s);
    cli.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port on 127.0.0.1 (0 = any free port)."_s, u"port"_s, u"8110"_s);
    const QCommandLineOption lifetimeOption(u"access-token-lifetime"_s,
        u"Access token lifetime in seconds."_s, u"seconds"_s, u"3600"_s);
    cli.addOptions({ portOption, lifetimeOption });
    cli.process(app);

    mikro::core::SystemClock clock;
    auto settings = mikro::devstack::IdentityProvider::defaultSettings();
    settings.accessTokenLifetime
        = std::chrono::seconds(qMax(10, cli.value(lifetimeOption).toInt()));
    mikro::devstack::IdentityProvider identity(clock, settings);
    mikro::http::Router router;
    router.add("GET", u"/health"_s, [](const mikro::http::Request &) {
        return QtFuture::makeReadyFuture(
            mikro::http::Response::json(200, QJsonObject { { u"status"_s, u"healthy"_s } }));
    });
    identity.addRoutes(router);
    mikro::http::HttpServer server(router, mikro::http::HttpLimits {});
    const auto port = server.listen(
        QHostAddress::LocalHost, static_cast<quint16>(cli.value(portOption).toUInt()));
    if (!port.ok()) {
        std::fprintf(
            stderr, "mikro-devstack: %s\n", port.error().message.toLocal8Bit().constData());
        return 4;
    }
    const QString issuer = u"http://127.0.0.1:%1/"_s.arg(port.value());
    identity.setIssuer(issuer);
    printLine(u"mikro-devstack listening on http://127.0.0.1:%1"_s.arg(port.value()));
    printLine(
        u"identity provider: issuer %1 (AUTH0_ISSUER_URL=%1 AUTH0_DOMAIN=127.0.0.1)"_s.arg(issuer));
    printLine(u"clients: mikro-desktop (public, PKCE), mikro-web (secret devstack-web-secret)"_s);

    mikro::core::UnixSignalNotifier signalNotifier({ SIGTERM, SIGINT });
    QObject::connect(&signalNotifier, &mikro::core::UnixSignalNotifier::signalReceived, &server,
        &mikro::http::HttpServer::shutdown);
    QObject::connect(&server, &mikro::http::HttpServer::stopped, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
