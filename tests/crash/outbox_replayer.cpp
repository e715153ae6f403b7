// The process the crash harness kills (docs/OFFLINE.md): it queues checklist changes in a
// person's offline file, or replays that file's outbox against mikro-server, printing each
// step so the harness can kill it at a chosen moment.
//
//   outbox-replayer queue <offline-file> <changes.jsonl>   one ChecklistChange JSON per line
//   outbox-replayer send <offline-file> <server-url> <token-file>
//
// `send` prints "sending <seq>" as a change goes out and "answered <seq>" when its answer came
// (before the outbox has recorded it), and exits 0 once nothing waits (3 if some change came
// back settled as a conflict or refusal, 1 on any other failure).
#include "services/client/http/HttpBackend.h"
#include "services/client/offline/OfflineBackend.h"
#include "services/core/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace mikro;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the harness acts on each line as it comes
}

/// The future's result, serving this thread's events meanwhile (continuations run here).
template <typename T>
T waitFor(const QFuture<T> &future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return future.result();
}

int queue(const QString &file, const QString &changes)
{
    QFile lines(changes);
    if (!lines.open(QIODevice::ReadOnly)) {
        say("cannot read " + changes.toUtf8());
        return 1;
    }
    client::OfflineStore store(file);
    const core::SystemClock clock;
    client::Outbox outbox(store, clock);
    if (!waitFor(store.open()).ok() || !waitFor(outbox.load()).ok())
        return 1;
    int queued = 0;
    while (!lines.atEnd()) {
        const QByteArray line = lines.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const auto change
            = client::ChecklistChange::fromJson(QJsonDocument::fromJson(line).object());
        if (!change) {
            say("unreadable change: " + line);
            return 1;
        }
        if (!waitFor(outbox.enqueue(*change)).ok())
            return 1;
        ++queued;
    }
    say("queued " + QByteArray::number(queued));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("queue"))
        return queue(args[2], args[3]);
    if (args.size() != 5 || args[1] != QLatin1String("send")) {
        say("usage: outbox-replayer queue <file> <changes.jsonl> | send <file> <url> <token-file>");
        return 1;
    }
    QFile tokenFile(args[4]);
    if (!tokenFile.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray token = tokenFile.readAll().trimmed();
    const auto tokens = [token] {
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(core::Secret(token)));
    };
    QNetworkAccessManager network;
    auto http = std::make_unique<client::HttpBackend>(
        network, QUrl(args[3]), client::TokenSource { tokens, tokens });
    const core::SystemClock clock;
    client::OfflineBackend offline(*http, clock);
    client::OfflineChecklistsClient &checklists = offline.offlineChecklists();
    QObject::connect(&checklists, &client::OfflineChecklistsClient::sending, &app,
        [](qint64 seq) { say("sending " + QByteArray::number(seq)); });
    QObject::connect(&checklists, &client::OfflineChecklistsClient::answered, &app,
        [](qint64 seq) { say("answered " + QByteArray::number(seq)); });
    const auto finishWhenDone = [&offline, &checklists, &app] {
        if (offline.outbox().waitingCount() > 0 || checklists.heldForSignIn())
            return;
        say("done");
        app.exit(offline.outbox().settledCount() > 0 ? 3 : 0);
    };
    auto opened = offline.open(args[2]);
    static_cast<void>(
        opened.then(&app, [&app, &offline, finishWhenDone](const core::Result<void> &ok) {
            if (!ok.ok()) {
                say("cannot open: " + ok.error().message.toUtf8());
                app.exit(1);
                return;
            }
            QObject::connect(&offline.outbox(), &client::Outbox::changed, &app, finishWhenDone);
            finishWhenDone();
        }));
    const int code = app.exec();
    http.reset(); // its calls in flight end before the offline layer that follows them
    return code;
}
