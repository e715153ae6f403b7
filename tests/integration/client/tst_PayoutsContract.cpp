#include "services/client/PayoutsClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Mapper;

namespace {

template <typename T>
core::Result<T> await(const QFuture<core::Result<T>> &future)
{
    return testing::awaitClient(future);
}

QString describe(const core::Error &e)
{
    return testing::describeError(e);
}

} // namespace

/// One contract, two backends (DESIGN.md §2.1): the person's money through HttpBackend (a real
/// mikro-server on loopback) and through InProcessBackend (the domain on the same database), on
/// both engines. A change made through one is seen alike through the other; the same refusals
/// come back as the same kinds and codes.
class tst_PayoutsContract : public QObject, private testing::BackendPair
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
    client::PayoutsClient &payouts(const QString &name) { return backend(name).payouts(); }
};

void tst_PayoutsContract::init()
{
    startBackends(Mapper);
    onboard(Mapper);
}

void tst_PayoutsContract::cleanup()
{
    stopBackends();
}

void tst_PayoutsContract::bothBackendsReportTheSameFigures()
{
    const auto overHttp = await(m_http->payouts().balance());
    const auto inProcess = await(m_local->payouts().balance());
    QVERIFY2(overHttp.ok(), qPrintable(overHttp.ok() ? QString() : describe(overHttp.error())));
    QVERIFY2(inProcess.ok(), qPrintable(inProcess.ok() ? QString() : describe(inProcess.error())));
    domain::Balance local = inProcess.value();
    local.byKind.clear(); // the per-kind map is the domain's own, not part of the answer
    QVERIFY(overHttp.value() == local);
    QCOMPARE(overHttp.value().payable, core::Money(1550)); // the fixture's 15.00 + 0.50
    QCOMPARE(overHttp.value().earned, core::Money(1550));

    const auto httpRecords = await(m_http->payouts().records());
    const auto localRecords = await(m_local->payouts().records());
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
    QSignalSpy changes(&backend(maker).feed(), &client::ChangeFeed::changed);

    const auto made = await(payouts(maker).requestPayout(u"for March"_s));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : describe(made.error())));
    QCOMPARE(made.value().amount, core::Money(1550));
    QVERIFY(changes.wait(5000) || changes.count() > 0);
    QCOMPARE(changes.first().first().value<QList<client::ChangeFeed::Area>>(),
        (QList<client::ChangeFeed::Area> {
            client::ChangeFeed::Area::Payouts, client::ChangeFeed::Area::Dashboards }));

    for (const QString &name : { maker, canceller }) {
        const auto records = await(payouts(name).records());
        QVERIFY(records.ok());
        QCOMPARE(records.value().pending.size(), 1);
        QCOMPARE(records.value().pending.first().id, made.value().requestId);
        QCOMPARE(records.value().pending.first().notes, u"for March"_s);
        const auto figures = await(payouts(name).balance());
        QVERIFY(figures.ok());
        QCOMPARE(figures.value().pending, core::Money(1550));
        QCOMPARE(figures.value().payable, core::Money(0));
        QVERIFY(!figures.value().canRequest());
    }

    const auto cancelled = await(payouts(canceller).cancelRequest(made.value().requestId));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : describe(cancelled.error())));
    for (const QString &name : { maker, canceller }) {
        const auto records = await(payouts(name).records());
        QVERIFY(records.ok());
        QVERIFY(records.value().pending.isEmpty());
        QCOMPARE(records.value().decided.size(), 1);
        QCOMPARE(records.value().decided.first().status, domain::PaymentStatus::Cancelled);
        QCOMPARE(await(payouts(name).balance()).value().payable, core::Money(1550));
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests"_s), 1);
}

void tst_PayoutsContract::refusalsAreTheSameKindAndCode()
{
    QVERIFY(await(m_http->payouts().requestPayout({})).ok());
    const auto twiceOverHttp = await(m_http->payouts().requestPayout({}));
    const auto twiceInProcess = await(m_local->payouts().requestPayout({}));
    QVERIFY(!twiceOverHttp.ok() && !twiceInProcess.ok());
    QCOMPARE(twiceOverHttp.error().kind, twiceInProcess.error().kind);
    QCOMPARE(twiceOverHttp.error().code, twiceInProcess.error().code);
    QCOMPARE(twiceOverHttp.error().message, twiceInProcess.error().message);

    const auto unknownOverHttp = await(m_http->payouts().cancelRequest(987654));
    const auto unknownInProcess = await(m_local->payouts().cancelRequest(987654));
    QVERIFY(!unknownOverHttp.ok() && !unknownInProcess.ok());
    QCOMPARE(unknownOverHttp.error().kind, core::ErrorKind::NotFound);
    QCOMPARE(unknownInProcess.error().kind, core::ErrorKind::NotFound);
    QCOMPARE(unknownOverHttp.error().code, unknownInProcess.error().code);
}

void tst_PayoutsContract::nobodySignedInIsUnauthenticatedInProcess()
{
    m_local->setClaims(std::nullopt);
    const auto figures = await(m_local->payouts().balance());
    QVERIFY(!figures.ok());
    QCOMPARE(figures.error().kind, core::ErrorKind::Unauthenticated);
}

QTEST_GUILESS_MAIN(tst_PayoutsContract)
#include "tst_PayoutsContract.moc"
