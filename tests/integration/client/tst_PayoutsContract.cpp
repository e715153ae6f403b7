#include "services/client/ChangeFeed.h"
#include "services/client/http/ApiConnection.h"
#include "services/client/http/HttpPayoutsClient.h"
#include "services/client/inprocess/InProcessContext.h"
#include "services/client/inprocess/InProcessPayoutsClient.h"
#include "services/store/Database.h"
#include "tests/integration/server/ServerFixture.h"
#include "tests/support/AwaitResult.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Mapper;

namespace {

template <typename T>
core::Result<T> await(const QFuture<core::Result<T>> &future)
{
    const auto done = testing::awaitResult(future);
    if (!done)
        return core::Error::make(core::ErrorKind::Internal, "test_timeout", u"no answer"_s);
    return *done;
}

QString describe(const core::Error &e)
{
    return u"%1 %2: %3"_s.arg(QString::fromLatin1(core::errorKindName(e.kind)),
        QString::fromUtf8(e.code), e.diagnostic.isEmpty() ? e.message : e.diagnostic);
}

} // namespace

/// One contract, two backends (DESIGN.md §2.1): the person's money through HttpBackend (a real
/// mikro-server on loopback) and through InProcessBackend (the domain on the same database), on
/// both engines. A change made through one is seen alike through the other; the same refusals
/// come back as the same kinds and codes.
class tst_PayoutsContract : public QObject, private testing::ServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup();
    void bothBackendsReportTheSameFigures();
    void aRequestMadeThroughOneIsSeenAndCancelledThroughTheOther_data();
    void aRequestMadeThroughOneIsSeenAndCancelledThroughTheOther();
    void refusalsAreTheSameKindAndCode();
    void nobodySignedInIsUnauthenticatedInProcess();

private:
    client::PayoutsClient &backend(const QString &name)
    {
        return name == "http"_L1 ? static_cast<client::PayoutsClient &>(*m_http) : *m_local;
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<client::ChangeFeed> m_feed;
    std::unique_ptr<client::ApiConnection> m_api;
    std::unique_ptr<client::HttpPayoutsClient> m_http;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<client::InProcessContext> m_context;
    std::unique_ptr<client::InProcessPayoutsClient> m_local;
};

void tst_PayoutsContract::init()
{
    startServer();
    onboard(Mapper);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_feed = std::make_unique<client::ChangeFeed>();
    const QByteArray token = m_idp->provider().mintAccessToken(Mapper);
    const auto ready = [token] {
        return QtFuture::makeReadyFuture(core::Result<core::Secret>(core::Secret(token)));
    };
    m_api = std::make_unique<client::ApiConnection>(*m_network,
        QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)), client::TokenSource { ready, ready });
    m_http = std::make_unique<client::HttpPayoutsClient>(*m_api, *m_feed);
    m_db = std::make_unique<store::Database>(m_temp->config(), 2);
    m_context = std::make_unique<client::InProcessContext>(*m_db, m_clock, *m_feed);
    m_context->setClaims(domain::SignInClaims { Mapper, {}, {}, {}, {}, {} });
    m_local = std::make_unique<client::InProcessPayoutsClient>(*m_context);
}

void tst_PayoutsContract::cleanup()
{
    m_local.reset();
    m_context.reset();
    m_db.reset();
    m_http.reset();
    m_api.reset();
    m_feed.reset();
    m_network.reset();
    stopServer();
}

void tst_PayoutsContract::bothBackendsReportTheSameFigures()
{
    const auto overHttp = await(m_http->balance());
    const auto inProcess = await(m_local->balance());
    QVERIFY2(overHttp.ok(), qPrintable(overHttp.ok() ? QString() : describe(overHttp.error())));
    QVERIFY2(inProcess.ok(), qPrintable(inProcess.ok() ? QString() : describe(inProcess.error())));
    domain::Balance local = inProcess.value();
    local.byKind.clear(); // the per-kind map is the domain's own, not part of the answer
    QVERIFY(overHttp.value() == local);
    QCOMPARE(overHttp.value().payable, core::Money(1550)); // the fixture's 15.00 + 0.50
    QCOMPARE(overHttp.value().earned, core::Money(1550));

    const auto httpRecords = await(m_http->records());
    const auto localRecords = await(m_local->records());
    QVERIFY(httpRecords.ok() && localRecords.ok());
    QVERIFY(httpRecords.value() == localRecords.value());
}

void tst_PayoutsContract::aRequestMadeThroughOneIsSeenAndCancelledThroughTheOther_data()
{
    QTest::addColumn<QString>("maker");
    QTest::addColumn<QString>("canceller");
    QTest::newRow("http → in-process") << u"http"_s << u"inprocess"_s;
    QTest::newRow("in-process → http") << u"inprocess"_s << u"http"_s;
}

void tst_PayoutsContract::aRequestMadeThroughOneIsSeenAndCancelledThroughTheOther()
{
    QFETCH(QString, maker);
    QFETCH(QString, canceller);
    QSignalSpy changes(m_feed.get(), &client::ChangeFeed::changed);

    const auto made = await(backend(maker).requestPayout(u"for March"_s));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : describe(made.error())));
    QCOMPARE(made.value().amount, core::Money(1550));
    QVERIFY(changes.wait(5000) || changes.count() > 0);
    QCOMPARE(changes.first().first().value<QList<client::ChangeFeed::Area>>(),
        (QList<client::ChangeFeed::Area> {
            client::ChangeFeed::Area::Payouts, client::ChangeFeed::Area::Dashboards }));

    for (const QString &name : { maker, canceller }) {
        const auto records = await(backend(name).records());
        QVERIFY(records.ok());
        QCOMPARE(records.value().pending.size(), 1);
        QCOMPARE(records.value().pending.first().id, made.value().requestId);
        QCOMPARE(records.value().pending.first().notes, u"for March"_s);
        const auto figures = await(backend(name).balance());
        QVERIFY(figures.ok());
        QCOMPARE(figures.value().pending, core::Money(1550));
        QCOMPARE(figures.value().payable, core::Money(0));
        QVERIFY(!figures.value().canRequest());
    }

    const auto cancelled = await(backend(canceller).cancelRequest(made.value().requestId));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : describe(cancelled.error())));
    for (const QString &name : { maker, canceller }) {
        const auto records = await(backend(name).records());
        QVERIFY(records.ok());
        QVERIFY(records.value().pending.isEmpty());
        QCOMPARE(records.value().decided.size(), 1);
        QCOMPARE(records.value().decided.first().status, domain::PaymentStatus::Cancelled);
        QCOMPARE(await(backend(name).balance()).value().payable, core::Money(1550));
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests"_s), 1);
}

void tst_PayoutsContract::refusalsAreTheSameKindAndCode()
{
    QVERIFY(await(m_http->requestPayout({})).ok());
    const auto twiceOverHttp = await(m_http->requestPayout({}));
    const auto twiceInProcess = await(m_local->requestPayout({}));
    QVERIFY(!twiceOverHttp.ok() && !twiceInProcess.ok());
    QCOMPARE(twiceOverHttp.error().kind, twiceInProcess.error().kind);
    QCOMPARE(twiceOverHttp.error().code, twiceInProcess.error().code);
    QCOMPARE(twiceOverHttp.error().message, twiceInProcess.error().message);

    const auto unknownOverHttp = await(m_http->cancelRequest(987654));
    const auto unknownInProcess = await(m_local->cancelRequest(987654));
    QVERIFY(!unknownOverHttp.ok() && !unknownInProcess.ok());
    QCOMPARE(unknownOverHttp.error().kind, core::ErrorKind::NotFound);
    QCOMPARE(unknownInProcess.error().kind, core::ErrorKind::NotFound);
    QCOMPARE(unknownOverHttp.error().code, unknownInProcess.error().code);
}

void tst_PayoutsContract::nobodySignedInIsUnauthenticatedInProcess()
{
    m_context->setClaims(std::nullopt);
    const auto figures = await(m_local->balance());
    QVERIFY(!figures.ok());
    QCOMPARE(figures.error().kind, core::ErrorKind::Unauthenticated);
}

QTEST_GUILESS_MAIN(tst_PayoutsContract)
#include "tst_PayoutsContract.moc"
