#include "services/client/AccountClient.h"
#include "services/client/Session.h"
#include "services/client/http/HttpBackend.h"
#include "services/core/Clock.h"
#include "services/core/WhenReady.h"
#include "ui/common/Page.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mikro;

/// Cold start of the desktop to its dashboard painted with data (issue #12): a fresh process
/// builds the shell on an HttpBackend, admits the person and reads their description from a
/// running mikro-server, opens the main window, and exits once the dashboard has loaded its
/// figures and been painted. The time is taken by the caller around the whole process
/// (tests/bench/desktop-start.sh runs it under hyperfine against `--baseline`, which starts the
/// same process and paints an empty window of the same size); the process also prints its own
/// in-process part. The person is signed in already: MIKRO_BENCH_TOKEN is their access token, as
/// the keychain's refresh token would give it.
int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"MikroBench"_s);
    if (app.arguments().contains(u"--baseline"_s)) {
        QWidget empty;
        empty.resize(1200, 760);
        empty.show();
        QTimer painted;
        painted.setSingleShot(true);
        QObject::connect(&painted, &QTimer::timeout, &app, [&] {
            empty.repaint();
            QApplication::quit();
        });
        painted.start(0);
        return QApplication::exec();
    }
    const QUrl server(qEnvironmentVariable("MIKRO_BENCH_SERVER_URL"));
    const QByteArray token = qgetenv("MIKRO_BENCH_TOKEN");
    if (!server.isValid() || token.isEmpty()) {
        std::fprintf(
            stderr, "bench_DesktopStart: set MIKRO_BENCH_SERVER_URL and MIKRO_BENCH_TOKEN\n");
        return 2;
    }
    core::SystemClock clock;
    QNetworkAccessManager network;
    const auto current = [token] {
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(core::Secret(token)));
    };
    client::HttpBackend backend(network, server, client::TokenSource { current, current });
    client::Session session;
    ui::MainWindow window(ui::PageContext { backend, session, clock });
    window.resize(1200, 760);
    int status = 1;
    core::whenReady(backend.account().signIn(), &app, [&](const auto &admitted) {
        if (!admitted.ok()) {
            std::fprintf(stderr, "bench_DesktopStart: %s\n", qPrintable(admitted.error().message));
            QApplication::exit(1);
            return;
        }
        core::whenReady(backend.account().details(), &app,
            [&](const core::Result<client::AccountDetails> &details) {
                if (!details.ok()) {
                    QApplication::exit(1);
                    return;
                }
                session.adopt(details.value());
                window.show();
                window.start();
            });
    });
    ui::Page *dashboard = window.page(ui::PageId::Dashboard);
    QObject::connect(dashboard, &ui::Page::updatedChanged, &app, [&] {
        window.repaint(); // painted with the figures, then done
        std::printf("dashboard painted %lld ms after main()\n", sinceMain.elapsed());
        status = 0;
        QApplication::quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &app, [] { QApplication::exit(1); });
    deadline.start(30000);
    const int exited = QApplication::exec();
    return exited == 0 ? status : exited;
}
