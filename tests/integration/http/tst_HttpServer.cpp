#include "services/http/HttpServer.h"
#include "services/http/Router.h"
#include "tests/support/RawHttpClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace mikro;
using testing::RawHttpClient;
using testing::RawResponse;

namespace {

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
}

/// Resident memory of this process in KiB (the server runs in it).
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keepAliveServesSeveralRequestsOnOneConnection();
    void pipelinedResponsesKeepRequestOrder();
    void connectionCloseIsHonoured();
    void http10ClosesUnlessKeptAlive();
    void declaredOversizedBodyGets413BeforeItIsRead();
    void chunkedOversizedBodyIsCutOffWithBoundedMemory();
    void bodyWithinLimitIsDelivered();
    void smallBodyArrivingWithItsHeaderIsDelivered();
    void garbageGets400();
    void oversizedHeaderGets431();
    void slowHeaderIsCutOff();
    void idleKeepAliveConnectionIsClosed();
    void unknownPathIs404AndWrongMethodIs405WithAllow();
    void headIsServedByGetWithoutBody();
    void requestIdIsEchoedWhenValidAndGeneratedOtherwise();
    void pathParametersArePercentDecoded();
    void handlerWithoutAnswerGets500();
    void gracefulShutdownFinishesInFlightRequest();
    void manyConcurrentConnections();
    void repeatedSingleHeadersAreRefused_data();
    void repeatedSingleHeadersAreRefused();
    void onlyExactlyChunkedFramesABody_data();
    void onlyExactlyChunkedFramesABody();
    void oneClientCannotTakeEveryConnection();
    void headerCheckAnswersBeforeTheBodyIsRead();

private:
    void startServer(http::HttpLimits limits = {});

    http::Router m_router;
    std::unique_ptr<http::HttpServer> m_server;
    quint16 m_port = 0;
    std::shared_ptr<QPromise<http::Response>> m_gate;
};

void tst_HttpServer::init()
{
    m_router = http::Router();
    m_router.add("GET", u"/items/{id}"_s, [](const http::Request &r) {
        return QtFuture::makeReadyFuture(
            http::Response::json(200, QJsonObject { { u"id"_s, r.pathParams.value(u"id"_s) } }));
    });
    m_router.add("POST", u"/echo"_s, [](const http::Request &r) {
        return QtFuture::makeReadyFuture(
            http::Response::text(200, "application/octet-stream", r.body));
    });
    // Answers after `ms` milliseconds from the worker's event loop, so a later request is ready
    // first: the order of responses must still follow the order of requests.
    m_router.add("GET", u"/slow/{ms}"_s, [](const http::Request &r) {
        auto promise = std::make_shared<QPromise<http::Response>>();
        promise->start();
        const int ms = r.pathParams.value(u"ms"_s).toInt();
        const QByteArray body = "slow " + QByteArray::number(ms);
        auto *timer = new QTimer();
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, timer, [promise, body, timer] {
            promise->addResult(http::Response::text(200, "text/plain", body));
            promise->finish();
            timer->deleteLater();
        });
        timer->start(ms);
        return promise->future();
    });
    m_router.add("GET", u"/gate"_s, [this](const http::Request &) { return m_gate->future(); });
    m_router.add("GET", u"/nothing"_s, [](const http::Request &) {
        QPromise<http::Response> promise;
        promise.start();
        promise.finish(); // finished without a result
        return promise.future();
    });
    m_gate = std::make_shared<QPromise<http::Response>>();
    m_gate->start();
}

void tst_HttpServer::cleanup()
{
    m_server.reset();
    if (m_gate && !m_gate->future().isFinished())
        m_gate->finish();
}

void tst_HttpServer::startServer(http::HttpLimits limits)
{
    limits.workerThreads = 2;
    m_server = std::make_unique<http::HttpServer>(m_router, limits);
    const auto port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    m_port = port.value();
}

void tst_HttpServer::keepAliveServesSeveralRequestsOnOneConnection()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    for (int i = 1; i <= 3; ++i) {
        client.send(get("/items/" + QByteArray::number(i)));
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->headers.value("connection"), QByteArray("keep-alive"));
        QCOMPARE(QJsonDocument::fromJson(response->body).object().value(u"id"_s).toString(),
            QString::number(i));
    }
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->connectionCount(), 1);
}

void tst_HttpServer::pipelinedResponsesKeepRequestOrder()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(get("/slow/300") + get("/slow/0") + get("/items/7") + get("/slow/50"));
    QList<QByteArray> bodies;
    for (int i = 0; i < 4; ++i) {
        const auto response = client.read();
        QVERIFY(response);
        bodies << response->body;
    }
    QCOMPARE(bodies.value(0), QByteArray("slow 300"));
    QCOMPARE(bodies.value(1), QByteArray("slow 0"));
    QCOMPARE(bodies.value(2), QByteArray("{\"id\":\"7\"}"));
    QCOMPARE(bodies.value(3), QByteArray("slow 50"));
}

void tst_HttpServer::connectionCloseIsHonoured()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(get("/items/1", "Connection: close\r\n") + get("/items/2"));
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->headers.value("connection"), QByteArray("close"));
    QVERIFY(client.waitClosed());
    QVERIFY(!client.read(200)); // the pipelined second request was not answered
}

void tst_HttpServer::http10ClosesUnlessKeptAlive()
{
    startServer();
    RawHttpClient plain;
    QVERIFY(plain.connectTo(m_port));
    plain.send("GET /items/1 HTTP/1.0\r\n\r\n");
    QVERIFY(plain.read());
    QVERIFY(plain.waitClosed());

    RawHttpClient kept;
    QVERIFY(kept.connectTo(m_port));
    kept.send("GET /items/1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const auto response = kept.read();
    QVERIFY(response);
    QCOMPARE(response->headers.value("connection"), QByteArray("keep-alive"));
    QVERIFY(!kept.waitClosed(300));
}

void tst_HttpServer::declaredOversizedBodyGets413BeforeItIsRead()
{
    http::HttpLimits limits;
    limits.maxBodyBytes = 1024 * 1024;
    startServer(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    // Only the header is sent: the answer must not wait for 200 MB that never come.
    client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 209715200\r\n\r\n");
    const auto response = client.read(3000);
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(QJsonDocument::fromJson(response->body).object().value(u"error"_s).toString(),
        u"body_too_large"_s);
    QVERIFY(client.waitClosed());
}

void tst_HttpServer::chunkedOversizedBodyIsCutOffWithBoundedMemory()
{
    http::HttpLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    startServer(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n"; // 64 KiB chunks
    const qint64 before = residentKiB();
    qint64 sent = 0;
    constexpr qint64 Offered = 256LL * 1024 * 1024;
    // Keep at most a few chunks queued on our side, so our own buffer is not what grows.
    const bool cut = QTest::qWaitFor(
        [&] {
            while (client.socket().state() == QAbstractSocket::ConnectedState
                && client.socket().bytesToWrite() < 4 * chunk.size() && sent < Offered) {
                client.socket().write(chunk);
                sent += chunk.size();
            }
            return client.socket().state() != QAbstractSocket::ConnectedState || sent >= Offered;
        },
        20000);
    QVERIFY(cut);
    QVERIFY2(sent < Offered, "the server read a 256 MiB body instead of stopping at its limit");
    const qint64 grown = residentKiB() - before;
    QVERIFY2(grown < 32 * 1024, qPrintable(u"resident memory grew by %1 KiB"_s.arg(grown)));
}

void tst_HttpServer::bodyWithinLimitIsDelivered()
{
    startServer();
    const QByteArray body(512 * 1024, 'b');
    const auto response = testing::fetchOnce(m_port,
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body.size(), body.size());
    QCOMPARE(response->body, body);
}

void tst_HttpServer::smallBodyArrivingWithItsHeaderIsDelivered()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    // One write: header and a short body reach the server in the same segment.
    client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\nhello world"
                "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc");
    const auto first = client.read(3000);
    QVERIFY(first);
    QCOMPARE(first->body, QByteArray("hello world"));
    const auto second = client.read(3000);
    QVERIFY(second);
    QCOMPARE(second->body, QByteArray("abc"));
}

void tst_HttpServer::garbageGets400()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("THIS IS NOT HTTP AT ALL\r\n\r\n");
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY(client.waitClosed());
}

void tst_HttpServer::oversizedHeaderGets431()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(get("/items/1", "X-Padding: " + QByteArray(20 * 1024, 'p') + "\r\n"));
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QVERIFY(client.waitClosed());
}

void tst_HttpServer::slowHeaderIsCutOff()
{
    http::HttpLimits limits;
    limits.headerTimeout = 300ms;
    startServer(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    QElapsedTimer clock;
    clock.start();
    client.send("GET /items/1 HTTP/1.1\r\nHost: te"); // and never the rest
    QVERIFY(client.waitClosed(5000));
    QVERIFY2(clock.elapsed() >= 250, "closed before the header timeout");
    // A request that arrives whole on another connection is unaffected.
    QVERIFY(testing::fetchOnce(m_port, get("/items/2")));
}

void tst_HttpServer::idleKeepAliveConnectionIsClosed()
{
    http::HttpLimits limits;
    limits.idleTimeout = 300ms;
    startServer(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(get("/items/1"));
    QVERIFY(client.read());
    QVERIFY(client.waitClosed(5000));
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void tst_HttpServer::unknownPathIs404AndWrongMethodIs405WithAllow()
{
    startServer();
    const auto missing = testing::fetchOnce(m_port, get("/nowhere"));
    QVERIFY(missing);
    QCOMPARE(missing->status, 404);
    QCOMPARE(QJsonDocument::fromJson(missing->body).object().value(u"error"_s).toString(),
        u"unknown_action"_s);
    const auto wrong = testing::fetchOnce(m_port, "DELETE /echo HTTP/1.1\r\nHost: t\r\n\r\n");
    QVERIFY(wrong);
    QCOMPARE(wrong->status, 405);
    QCOMPARE(wrong->headers.value("allow"), QByteArray("POST"));
}

void tst_HttpServer::headIsServedByGetWithoutBody()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("HEAD /items/42 HTTP/1.1\r\nHost: t\r\n\r\n" + get("/items/43"));
    // RawHttpClient reads by Content-Length, so a HEAD answer is read header-first by hand.
    QVERIFY(QTest::qWaitFor([&] { return client.socket().bytesAvailable() > 0; }, 5000));
    QVERIFY(QTest::qWaitFor(
        [&] { return client.socket().peek(1 << 16).count("HTTP/1.1") >= 2; }, 5000));
    const QByteArray raw = client.socket().readAll();
    const qsizetype second = raw.indexOf("HTTP/1.1", 1);
    const QByteArray head = raw.left(second);
    QVERIFY(head.startsWith("HTTP/1.1 200"));
    QVERIFY(head.contains("Content-Length: 11\r\n")); // {"id":"42"}
    QVERIFY(head.endsWith("\r\n\r\n")); // and no body
    QVERIFY(raw.mid(second).endsWith("{\"id\":\"43\"}"));
}

void tst_HttpServer::requestIdIsEchoedWhenValidAndGeneratedOtherwise()
{
    startServer();
    const auto echoed = testing::fetchOnce(m_port, get("/items/1", "X-Request-Id: abc-123\r\n"));
    QVERIFY(echoed);
    QCOMPARE(echoed->headers.value("x-request-id"), QByteArray("abc-123"));
    const auto replaced = testing::fetchOnce(m_port, get("/items/1", "X-Request-Id: <script>\r\n"));
    QVERIFY(replaced);
    const QByteArray generated = replaced->headers.value("x-request-id");
    QVERIFY(!generated.isEmpty());
    QVERIFY(!generated.contains('<'));
}

void tst_HttpServer::pathParametersArePercentDecoded()
{
    startServer();
    const auto response = testing::fetchOnce(m_port, get("/items/caf%C3%A9?token=secret"));
    QVERIFY(response);
    QCOMPARE(QJsonDocument::fromJson(response->body).object().value(u"id"_s).toString(), u"café"_s);
    const auto invalid = testing::fetchOnce(m_port, get("/items/%FF%FE"));
    QVERIFY(invalid);
    QCOMPARE(invalid->status, 400);
}

void tst_HttpServer::handlerWithoutAnswerGets500()
{
    startServer();
    const auto response = testing::fetchOnce(m_port, get("/nothing"));
    QVERIFY(response);
    QCOMPARE(response->status, 500);
    QCOMPARE(QJsonDocument::fromJson(response->body).object().value(u"error"_s).toString(),
        u"internal"_s);
}

void tst_HttpServer::gracefulShutdownFinishesInFlightRequest()
{
    startServer();
    RawHttpClient inFlight;
    QVERIFY(inFlight.connectTo(m_port));
    inFlight.send(get("/gate"));
    RawHttpClient idle;
    QVERIFY(idle.connectTo(m_port));
    QTRY_COMPARE(m_server->connectionCount(), 2);

    QSignalSpy stopped(m_server.get(), &http::HttpServer::stopped);
    m_server->shutdown();
    QVERIFY(idle.waitClosed()); // idle connections go at once
    RawHttpClient late;
    QVERIFY(!late.connectTo(m_port, 2000)); // no new connections
    QCOMPARE(stopped.count(), 0); // the in-flight request holds the server open
    QCOMPARE(inFlight.socket().state(), QAbstractSocket::ConnectedState);

    m_gate->addResult(http::Response::text(200, "text/plain", "finished"));
    m_gate->finish();
    const auto response = inFlight.read();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray("finished"));
    QCOMPARE(response->headers.value("connection"), QByteArray("close"));
    QVERIFY(inFlight.waitClosed());
    QTRY_COMPARE(stopped.count(), 1);
}

void tst_HttpServer::manyConcurrentConnections()
{
    http::HttpLimits limits;
    limits.maxConnectionsPerClient = 0; // every client here is 127.0.0.1
    startServer(limits);
    constexpr int Clients = 300;
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        auto client = std::make_unique<RawHttpClient>();
        client->socket().connectToHost(QHostAddress::LocalHost, m_port);
        clients.push_back(std::move(client));
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(clients.begin(), clients.end(), [](const auto &c) {
                return c->socket().state() == QAbstractSocket::ConnectedState;
            });
        },
        20000));
    for (int i = 0; i < Clients; ++i)
        clients[i]->send(get("/items/" + QByteArray::number(i)));
    int ok = 0;
    for (int i = 0; i < Clients; ++i) {
        const auto response = clients[i]->read(20000);
        if (response && response->status == 200
            && response->body == "{\"id\":\"" + QByteArray::number(i) + "\"}")
            ++ok;
    }
    QCOMPARE(ok, Clients);
    QTRY_COMPARE(m_server->connectionCount(), Clients);
}

void tst_HttpServer::repeatedSingleHeadersAreRefused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("two Authorization headers")
        << QByteArray("Authorization: Bearer good\r\nAuthorization: Bearer other\r\n");
    QTest::newRow("two Host headers") << QByteArray("Host: other\r\n");
    QTest::newRow("two Content-Type headers")
        << QByteArray("Content-Type: application/json\r\nContent-Type: text/plain\r\n");
}

void tst_HttpServer::repeatedSingleHeadersAreRefused()
{
    // Issue 10 #10: which copy a handler (or a proxy) reads is anyone's guess.
    QFETCH(QByteArray, headers);
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(get("/items/1", headers));
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY(client.waitClosed());
}

void tst_HttpServer::onlyExactlyChunkedFramesABody_data()
{
    QTest::addColumn<QByteArray>("coding");
    QTest::newRow("xchunked") << QByteArray("xchunked");
    QTest::newRow("chunked, identity") << QByteArray("chunked, identity");
    QTest::newRow("gzip, chunked") << QByteArray("gzip, chunked");
    QTest::newRow("identity") << QByteArray("identity");
}

void tst_HttpServer::onlyExactlyChunkedFramesABody()
{
    // Issue 10 #11 (RFC 9112 §6.1): anything but exactly `chunked` is 400 and the connection
    // closes, so the bytes after the header are never read as a second request.
    QFETCH(QByteArray, coding);
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: " + coding + "\r\n\r\n"
        + get("/items/smuggled"));
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY(!response->body.contains("smuggled"));
    QVERIFY(client.waitClosed());
    // Exactly `chunked`, in any case, still works.
    RawHttpClient ok;
    QVERIFY(ok.connectTo(m_port));
    ok.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: Chunked\r\n\r\n"
            "5\r\nhello\r\n0\r\n\r\n");
    const auto echoed = ok.read();
    QVERIFY(echoed);
    QCOMPARE(echoed->status, 200);
    QCOMPARE(echoed->body, QByteArray("hello"));
}

void tst_HttpServer::oneClientCannotTakeEveryConnection()
{
    // Issue 10 #12: a cap per client address.
    http::HttpLimits limits;
    limits.maxConnectionsPerClient = 3;
    startServer(limits);
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>());
        QVERIFY(clients.back()->connectTo(m_port));
        clients.back()->send(get("/items/" + QByteArray::number(i)));
        const auto r = clients.back()->read();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }
    RawHttpClient fourth;
    QVERIFY(fourth.connectTo(m_port));
    fourth.send(get("/items/4"));
    const auto refused = fourth.read();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(QJsonDocument::fromJson(refused->body).object().value(u"error"_s).toString(),
        u"too_many_connections"_s);
    QVERIFY(fourth.waitClosed());
    // Closing one frees a place.
    clients.front()->socket().disconnectFromHost();
    QTRY_COMPARE(m_server->connectionCount(), 2);
    RawHttpClient again;
    QVERIFY(again.connectTo(m_port));
    again.send(get("/items/5"));
    const auto served = again.read();
    QVERIFY(served);
    QCOMPARE(served->status, 200);
}

void tst_HttpServer::headerCheckAnswersBeforeTheBodyIsRead()
{
    // Issue 10 #12: a request the application refuses on its headers is answered before its
    // body arrives, and none of it is held.
    m_router.setHeaderCheck([](const http::Request &request) -> std::optional<http::Response> {
        if (request.header("authorization") == "Bearer good")
            return std::nullopt;
        return http::Response::error(401, "unauthorized", u"Sign in."_s);
    });
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 1000000\r\n\r\n");
    const auto refused = client.read(); // no byte of the body was sent
    QVERIFY(refused);
    QCOMPARE(refused->status, 401);
    QVERIFY(client.waitClosed());
    RawHttpClient allowed;
    QVERIFY(allowed.connectTo(m_port));
    allowed.send("POST /echo HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer good\r\n"
                 "Content-Length: 5\r\n\r\nhello");
    const auto echoed = allowed.read();
    QVERIFY(echoed);
    QCOMPARE(echoed->status, 200);
    QCOMPARE(echoed->body, QByteArray("hello"));
    // Requests without a body are not checked here (the handler checks them).
    RawHttpClient plain;
    QVERIFY(plain.connectTo(m_port));
    plain.send(get("/items/7"));
    QCOMPARE(plain.read()->status, 200);
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_HttpServer.moc"
