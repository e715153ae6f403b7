#include "services/core/UnixSignalNotifier.h"
#include "services/http/HttpServer.h"
#include "services/http/Router.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

// The devstack's identity provider (issue #5) and TM4 simulator (issue #4) are added to this
// program by those issues; today it serves only its own health check on loopback.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mikro-devstack"_s);
    QCommandLineParser cli;
    cli.setApplicationDescription(u"Local stand-ins for Auth0 and the Tasking Manager."_s);
    cli.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port on 127.0.0.1 (0 = any free port)."_s, u"port"_s, u"0"_s);
    cli.addOption(portOption);
    cli.process(app);

    mikro::http::Router router;
    router.add("GET", u"/health"_s, [](const mikro::http::Request &) {
        return QtFuture::makeReadyFuture(
            mikro::http::Response::json(200, QJsonObject { { u"status"_s, u"healthy"_s } }));
    });
    mikro::http::HttpServer server(router, mikro::http::HttpLimits {});
    const auto port = server.listen(
        QHostAddress::LocalHost, static_cast<quint16>(cli.value(portOption).toUInt()));
    if (!port.ok()) {
        std::fprintf(
            stderr, "mikro-devstack: %s\n", port.error().message.toLocal8Bit().constData());
        return 4;
    }
    std::fprintf(stdout, "mikro-devstack listening on http://127.0.0.1:%u\n", port.value());
    std::fflush(stdout);
    mikro::core::UnixSignalNotifier signalNotifier({ SIGTERM, SIGINT });
    QObject::connect(&signalNotifier, &mikro::core::UnixSignalNotifier::signalReceived, &server,
        &mikro::http::HttpServer::shutdown);
    QObject::connect(&server, &mikro::http::HttpServer::stopped, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
