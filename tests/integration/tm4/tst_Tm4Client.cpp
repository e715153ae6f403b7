#include "services/http/HttpServer.h"
#include "services/http/Request.h"
#include "services/http/Response.h"
#include "services/http/Router.h"
#include "services/tm4/Tm4Client.h"
#include "tests/support/AwaitResult.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QPromise>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {

QFuture<http::Response> after(int ms, http::Response response)
{
    auto promise = std::make_shared<QPromise<http::Response>>();
    promise->start();
    QTimer::singleShot(ms, [promise, response] {
        promise->addResult(response);
        promise->finish();
    });
    return promise->future();
}

const QByteArray Detail = R"({"taskId": %1, "taskStatus": "READY", "taskHistory": []})"_ba;

} // namespace

/// The TM4 client against a scripted local TM4 over real HTTP: headers, typed errors, retries
/// with back-off (and Retry-After), timeouts, and the bound on requests in flight.
class tst_Tm4Client : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sendsTokenSchemeAndLanguage();
    void bearerSchemeForForks();
    void retriesServerErrorsThenSucceeds();
    void givesUpAfterTheLastRetry();
    void notFoundAndUnauthorizedAreNotRetried();
    void honoursRetryAfter();
    void aTimedOutRequestIsRetried();
    void keepsAtMostMaxConcurrencyInFlight();

private:
    std::unique_ptr<tm4::Tm4Client> client(const QString &scheme = u"Token"_s, int retries = 3,
        int concurrency = 8, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    int attemptsOf(qint64 task);

    http::Router m_router;
    std::unique_ptr<http::HttpServer> m_server;
    quint16 m_port = 0;
    QMutex m_mutex;
    QHash<qint64, int> m_attempts;
    QByteArray m_authorization;
    QByteArray m_language;
    std::atomic_int m_inFlight { 0 };
    std::atomic_int m_maxInFlight { 0 };
};

void tst_Tm4Client::initTestCase()
{
    m_router.add("GET", u"/api/v2/projects/{p}/tasks/"_s, [this](const http::Request &r) {
        QMutexLocker lock(&m_mutex);
        m_authorization = r.header("authorization");
        m_language = r.header("accept-language");
        return QtFuture::makeReadyFuture(http::Response::text(200, "application/json",
            R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null,)"
            R"( "properties": {"taskId": 1, "taskStatus": "MAPPED", "mappedBy": "mia"}}]})"_ba));
    });
    m_router.add("GET", u"/api/v2/projects/{p}/"_s, [](const http::Request &) {
        return QtFuture::makeReadyFuture(http::Response::text(404, "application/json", "{}"));
    });
    m_router.add("GET", u"/api/v2/projects/{p}/tasks/{t}/"_s, [this](const http::Request &r) {
        const qint64 task = r.pathParams.value(u"t"_s).toLongLong();
        int attempt = 0;
        {
            QMutexLocker lock(&m_mutex);
            attempt = ++m_attempts[task];
        }
        const http::Response ok = http::Response::text(
            200, "application/json", QByteArray(Detail).replace("%1", QByteArray::number(task)));
        const auto busy = http::Response::text(503, "text/html", "busy");
        if (task == 1)
            return QtFuture::makeReadyFuture(attempt <= 2 ? busy : ok);
        if (task == 2)
            return QtFuture::makeReadyFuture(busy);
        if (task == 3)
            return QtFuture::makeReadyFuture(http::Response::text(404, "application/json", "{}"));
        if (task == 4)
            return QtFuture::makeReadyFuture(http::Response::text(401, "application/json", "{}"));
        if (task == 5) {
            http::Response tooMany = http::Response::text(429, "application/json", "{}");
            tooMany.setHeader("Retry-After", "1");
            return QtFuture::makeReadyFuture(attempt == 1 ? tooMany : ok);
        }
        if (task == 6)
            return attempt == 1 ? after(3000, ok) : QtFuture::makeReadyFuture(ok);
        // 100+: count how many are in flight at once.
        const int now = ++m_inFlight;
        int seen = m_maxInFlight.load();
        while (now > seen && !m_maxInFlight.compare_exchange_weak(seen, now)) { }
        auto done = after(40, ok);
        return done.then([this](http::Response response) {
            --m_inFlight;
            return response;
        });
    });
    m_server = std::make_unique<http::HttpServer>(m_router, http::HttpLimits {});
    const auto port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    m_port = port.value();
}

std::unique_ptr<tm4::Tm4Client> tst_Tm4Client::client(
    const QString &scheme, int retries, int concurrency, std::chrono::milliseconds timeout)
{
    tm4::Tm4Settings s;
    s.apiUrl = QUrl(u"http://127.0.0.1:%1/api/v2/"_s.arg(m_port));
    s.token = core::Secret("s3cret");
    s.scheme = scheme;
    s.language = u"pt-BR"_s;
    s.maxRetries = retries;
    s.maxConcurrency = concurrency;
    s.timeout = timeout;
    s.backoffBase = std::chrono::milliseconds(10);
    s.backoffMax = std::chrono::milliseconds(2000);
    return std::make_unique<tm4::Tm4Client>(s);
}

int tst_Tm4Client::attemptsOf(qint64 task)
{
    QMutexLocker lock(&m_mutex);
    return m_attempts.value(task);
}

void tst_Tm4Client::sendsTokenSchemeAndLanguage()
{
    auto tm4 = client();
    const auto states = *testing::awaitResult(tm4->taskStates(7));
    QVERIFY(states.ok());
    QCOMPARE(states.value().size(), 1);
    QCOMPARE(states.value()[0].mappedBy, u"mia"_s);
    QMutexLocker lock(&m_mutex);
    QCOMPARE(m_authorization, QByteArray("Token s3cret"));
    QCOMPARE(m_language, QByteArray("pt-BR"));
}

void tst_Tm4Client::bearerSchemeForForks()
{
    auto tm4 = client(u"Bearer"_s);
    QVERIFY(testing::awaitResult(tm4->taskStates(7))->ok());
    QMutexLocker lock(&m_mutex);
    QCOMPARE(m_authorization, QByteArray("Bearer s3cret"));
}

void tst_Tm4Client::retriesServerErrorsThenSucceeds()
{
    auto tm4 = client();
    const auto detail = *testing::awaitResult(tm4->taskDetail(7, 1));
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().taskId, 1);
    QCOMPARE(attemptsOf(1), 3);
    QCOMPARE(tm4->requestsSent(), 3u);
}

void tst_Tm4Client::givesUpAfterTheLastRetry()
{
    auto tm4 = client(u"Token"_s, 2);
    const auto detail = *testing::awaitResult(tm4->taskDetail(7, 2));
    QVERIFY(!detail.ok());
    QCOMPARE(detail.error().code, QByteArray("tm4_unavailable"));
    QCOMPARE(detail.error().kind, core::ErrorKind::UpstreamUnavailable);
    QCOMPARE(attemptsOf(2), 3); // the first attempt and two retries
    QVERIFY(!detail.error().diagnostic.contains(u"s3cret"_s));
}

void tst_Tm4Client::notFoundAndUnauthorizedAreNotRetried()
{
    auto tm4 = client();
    const auto missing = *testing::awaitResult(tm4->taskDetail(7, 3));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QByteArray("tm4_task_not_found"));
    QCOMPARE(missing.error().kind, core::ErrorKind::NotFound);
    QCOMPARE(attemptsOf(3), 1);
    const auto refused = *testing::awaitResult(tm4->taskDetail(7, 4));
    QCOMPARE(refused.error().code, QByteArray("tm4_unauthorized"));
    QCOMPARE(attemptsOf(4), 1);
    const auto project = *testing::awaitResult(tm4->projectSummary(404));
    QCOMPARE(project.error().code, QByteArray("tm4_project_not_found"));
    QCOMPARE(project.error().kind, core::ErrorKind::Refused);
}

void tst_Tm4Client::honoursRetryAfter()
{
    auto tm4 = client();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(testing::awaitResult(tm4->taskDetail(7, 5))->ok());
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(attemptsOf(5), 2);
}

void tst_Tm4Client::aTimedOutRequestIsRetried()
{
    auto tm4 = client(u"Token"_s, 3, 8, std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(testing::awaitResult(tm4->taskDetail(7, 6))->ok());
    QCOMPARE(attemptsOf(6), 2);
    QVERIFY(timer.elapsed() < 2500); // did not wait for the 3 s answer
}

void tst_Tm4Client::keepsAtMostMaxConcurrencyInFlight()
{
    auto tm4 = client(u"Token"_s, 3, 4);
    QList<QFuture<core::Result<tm4::TaskDetail>>> all;
    for (qint64 t = 100; t < 140; ++t)
        all << tm4->taskDetail(7, t);
    for (auto &f : all)
        QVERIFY(testing::awaitResult(f)->ok());
    QCOMPARE(m_maxInFlight.load(), 4);
    QCOMPARE(tm4->requestsSent(), 40u);
}

QTEST_GUILESS_MAIN(tst_Tm4Client)
#include "tst_Tm4Client.moc"
