#include "services/client/PayoutsClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

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
    void theLedgerIsReadInTheSamePagesThroughBoth_data();
    void theLedgerIsReadInTheSamePagesThroughBoth();
    void aLedgerQueryOutOfRangeIsRefusedAlike_data();
    void aLedgerQueryOutOfRangeIsRefusedAlike();
    void aLedgerQueryTheServerCannotReadIsRefused();

private:
    /// `count` more ledger lines for the mapper, a minute apart, every third an adjustment.
    void seedLedger(int count);
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

void tst_PayoutsContract::seedLedger(int count)
{
    QStringList rows;
    const QDateTime start(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 1; i <= count; ++i) {
        const bool adjustment = i % 3 == 0;
        rows << u"('org_devstack', '%1', '%2', %3, 'seed-%4', '%5')"_s.arg(Mapper,
            adjustment ? u"adjustment"_s : u"mapping"_s,
            QString::number(adjustment ? -(i % 7 + 1) : i * 10), QString::number(i),
            start.addSecs(60LL * i).toString(Qt::ISODate));
    }
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES "_s
        + rows.join(u", "_s));
}

void tst_PayoutsContract::theLedgerIsReadInTheSamePagesThroughBoth_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("total");
    QTest::newRow("newest first") << int(domain::LedgerQuery::Sort::Date) << true << QString()
                                  << qint64(452);
    QTest::newRow("largest amount first")
        << int(domain::LedgerQuery::Sort::Amount) << true << QString() << qint64(452);
    QTest::newRow("by kind, oldest first")
        << int(domain::LedgerQuery::Sort::Kind) << false << QString() << qint64(452);
    QTest::newRow("adjustments only")
        << int(domain::LedgerQuery::Sort::Date) << true << u"adjustment"_s << qint64(150);
}

void tst_PayoutsContract::theLedgerIsReadInTheSamePagesThroughBoth()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(QString, kind);
    QFETCH(qint64, total);
    seedLedger(450);
    domain::LedgerQuery query;
    query.sort = static_cast<domain::LedgerQuery::Sort>(sort);
    query.descending = descending;
    if (!kind.isEmpty())
        query.kind = domain::ledgerKindFromText(kind);
    QSet<qint64> seen;
    QList<domain::LedgerRow> all;
    for (query.offset = 0; query.offset < total; query.offset += query.limit) {
        const auto overHttp = await(m_http->payouts().ledger(query));
        const auto inProcess = await(m_local->payouts().ledger(query));
        QVERIFY2(overHttp.ok(), qPrintable(overHttp.ok() ? QString() : describe(overHttp.error())));
        QVERIFY2(
            inProcess.ok(), qPrintable(inProcess.ok() ? QString() : describe(inProcess.error())));
        QVERIFY(overHttp.value() == inProcess.value());
        QCOMPARE(overHttp.value().total, total);
        QCOMPARE(overHttp.value().rows.size(), qMin<qint64>(200, total - query.offset));
        for (const domain::LedgerRow &row : overHttp.value().rows) {
            QVERIFY2(!seen.contains(row.id), "a line on two pages");
            seen.insert(row.id);
            all << row;
        }
    }
    QCOMPARE(seen.size(), total);
    // Each line is where the order puts it.
    for (qsizetype i = 1; i < all.size(); ++i) {
        const domain::LedgerRow &a = all[i - 1];
        const domain::LedgerRow &b = all[i];
        switch (query.sort) {
        case domain::LedgerQuery::Sort::Date:
            QVERIFY(descending ? a.createdAt >= b.createdAt : a.createdAt <= b.createdAt);
            break;
        case domain::LedgerQuery::Sort::Amount:
            QVERIFY(descending ? a.amount >= b.amount : a.amount <= b.amount);
            break;
        case domain::LedgerQuery::Sort::Kind:
            QVERIFY(domain::ledgerKindText(a.kind) <= domain::ledgerKindText(b.kind));
            break;
        }
        if (query.kind)
            QCOMPARE(b.kind, *query.kind);
    }
}

void tst_PayoutsContract::aLedgerQueryOutOfRangeIsRefusedAlike_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("field");
    QTest::newRow("no lines") << 0 << qint64(0) << u"limit"_s;
    QTest::newRow("more than a page") << 201 << qint64(0) << u"limit"_s;
    QTest::newRow("negative offset") << 10 << qint64(-1) << u"offset"_s;
}

void tst_PayoutsContract::aLedgerQueryOutOfRangeIsRefusedAlike()
{
    QFETCH(int, limit);
    QFETCH(qint64, offset);
    QFETCH(QString, field);
    domain::LedgerQuery query;
    query.limit = limit;
    query.offset = offset;
    const auto overHttp = await(m_http->payouts().ledger(query));
    const auto inProcess = await(m_local->payouts().ledger(query));
    QVERIFY(!overHttp.ok() && !inProcess.ok());
    for (const core::Error &e : { overHttp.error(), inProcess.error() }) {
        QCOMPARE(e.kind, core::ErrorKind::InvalidInput);
        QCOMPARE(e.code, QByteArray("invalid_field"));
        QCOMPARE(e.field, field);
    }
}

void tst_PayoutsContract::aLedgerQueryTheServerCannotReadIsRefused()
{
    const QList<std::pair<QByteArray, QString>> bodies {
        { R"({"kind":"bonus"})", u"kind"_s },
        { R"({"sort":"name"})", u"sort"_s },
        { R"({"limit":"lots"})", u"limit"_s },
        { R"({"limit":99999999999999999999})", u"limit"_s },
        { R"({"descending":"maybe"})", u"descending"_s },
    };
    for (const auto &[body, field] : bodies) {
        const auto refused = post(Mapper, "/api/transaction/fetch_user_ledger", body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(json(refused).value(u"field"_s).toString(), field);
    }
    // Another person's lines are never in one's own ledger.
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES ('org_devstack', '%1', 'mapping', 999, 'theirs', "
         "'2026-03-01T00:00:00Z')"_s.arg(testing::Admin));
    const auto mine = post(Mapper, "/api/transaction/fetch_user_ledger", "{}");
    QCOMPARE(mine.status, 200);
    QCOMPARE(json(mine).value(u"total"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_PayoutsContract)
#include "tst_PayoutsContract.moc"
