#include "services/client/ReconciliationClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// An admin's reconciliation (UI.md §5.4) through both backends on one database, both engines:
/// the organisation's records alike, a request paid through one and another rejected through the
/// other, seen alike, and the same refusals with the same kinds and codes, money unmoved.
class tst_ReconciliationContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void payAndRejectThroughEitherAreSeenAlike();
    void refusalsAreTheSameAndMoveNoMoney();

private:
    /// The mapper requests their whole payable; the request's id.
    qint64 mapperRequests();
    domain::PaymentRecordSet sameThroughBoth();
};

namespace {

QString failure(const core::Error &e)
{
    return testing::describeError(e);
}

} // namespace

void tst_ReconciliationContract::init()
{
    startBackends(Admin);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
}

qint64 tst_ReconciliationContract::mapperRequests()
{
    const auto made = post(Mapper, "/api/transaction/submit_payment_request", "{}");
    if (made.status != 200)
        return 0;
    return json(made).value(u"request_id"_s).toInteger();
}

domain::PaymentRecordSet tst_ReconciliationContract::sameThroughBoth()
{
    const auto overHttp = testing::awaitClient(m_http->reconciliation().records());
    const auto inProcess = testing::awaitClient(m_local->reconciliation().records());
    if (!overHttp.ok() || !inProcess.ok()) {
        qWarning("%s", qPrintable(failure(overHttp.ok() ? inProcess.error() : overHttp.error())));
        return {};
    }
    const domain::PaymentRecordSet &h = overHttp.value();
    const domain::PaymentRecordSet &l = inProcess.value();
    [&] {
        QCOMPARE(h.pending.size(), l.pending.size());
        QCOMPARE(h.decided.size(), l.decided.size());
        QCOMPARE(h.payments.size(), l.payments.size());
        for (qsizetype i = 0; i < h.pending.size(); ++i) {
            QCOMPARE(h.pending[i].id, l.pending[i].id);
            QCOMPARE(h.pending[i].amount, l.pending[i].amount);
            QCOMPARE(h.pending[i].userName, l.pending[i].userName);
            QCOMPARE(h.pending[i].paymentEmail, l.pending[i].paymentEmail);
        }
        for (qsizetype i = 0; i < h.decided.size(); ++i) {
            QCOMPARE(h.decided[i].id, l.decided[i].id);
            QCOMPARE(h.decided[i].status, l.decided[i].status);
            QCOMPARE(h.decided[i].decisionNote, l.decided[i].decisionNote);
        }
        for (qsizetype i = 0; i < h.payments.size(); ++i) {
            QCOMPARE(h.payments[i].id, l.payments[i].id);
            QCOMPARE(h.payments[i].amount, l.payments[i].amount);
        }
    }();
    return h;
}

void tst_ReconciliationContract::payAndRejectThroughEitherAreSeenAlike()
{
    const qint64 first = mapperRequests();
    QVERIFY(first > 0);
    domain::PaymentRecordSet records = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(records.pending.size(), 1);
    QCOMPARE(records.pending[0].amount, core::Money(1550));

    // Paid through HTTP with less than was asked: the rest is payable again.
    QSignalSpy announced(&m_http->feed(), &client::ChangeFeed::changed);
    const auto paid = testing::awaitClient(
        m_http->reconciliation().pay(first, core::Money(1000), u"PAYONEER-001"_s, u"Nov"_s));
    QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : failure(paid.error())));
    QCOMPARE(paid.value().amount, core::Money(1000));
    QTRY_COMPARE(announced.size(), 1);
    records = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(records.pending.size(), 0);
    QCOMPARE(records.payments.size(), 1);
    QCOMPARE(records.payments[0].id, paid.value().paymentId);

    // The rest requested again and rejected in process, with the reason kept.
    const qint64 second = mapperRequests();
    QVERIFY(second > 0);
    const auto rejected
        = testing::awaitClient(m_local->reconciliation().reject(second, u"Wrong payment email"_s));
    QVERIFY2(rejected.ok(), qPrintable(rejected.ok() ? QString() : failure(rejected.error())));
    records = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(records.decided.size(), 2);
    const auto it = std::ranges::find(records.decided, second, &domain::PayRequestRow::id);
    QVERIFY(it != records.decided.end());
    QCOMPARE(it->status, domain::PaymentStatus::Rejected);
    QCOMPARE(it->decisionNote, u"Wrong payment email"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
}

void tst_ReconciliationContract::refusalsAreTheSameAndMoveNoMoney()
{
    const qint64 pending = mapperRequests();
    QVERIFY(pending > 0);
    // A request decided already, and a reference used already.
    const qint64 decided = [&] {
        const auto r = testing::awaitClient(
            m_local->reconciliation().pay(pending, core::Money(500), u"REF-USED"_s, {}));
        return r.ok() ? pending : 0;
    }();
    QVERIFY(decided > 0);
    const qint64 open = mapperRequests(); // the 10.50 left
    QVERIFY(open > 0);
    const qint64 payments = scalar(u"SELECT COUNT(*) FROM payments"_s);
    const qint64 ledger = scalar(u"SELECT COUNT(*) FROM ledger_entries"_s);
    using Refusal = testing::Refusal<void>;
    const auto voided = [](QFuture<core::Result<client::PaymentMade>> f) {
        return f.then([](const core::Result<client::PaymentMade> &r) -> core::Result<void> {
            if (!r.ok())
                return r.error();
            return {};
        });
    };
    const auto pay = [voided](qint64 id, qint64 cents, const QString &reference) {
        return [voided, id, cents, reference](client::Backend &b) {
            return voided(b.reconciliation().pay(id, core::Money(cents), reference, {}));
        };
    };
    expectRefusedAlike<void>({
        Refusal { "more than was asked", pay(open, 1051, u"REF-2"_s), core::ErrorKind::Refused,
            "invalid_payment_amount" },
        Refusal { "nothing", pay(open, 0, u"REF-3"_s), core::ErrorKind::Refused,
            "invalid_payment_amount" },
        Refusal { "a reference used before", pay(open, 100, u"REF-USED"_s),
            core::ErrorKind::Conflict, "duplicate_reference" },
        Refusal { "a request decided already", pay(decided, 100, u"REF-4"_s),
            core::ErrorKind::Conflict, "already_decided" },
        Refusal { "an unknown request", pay(987654, 100, u"REF-5"_s), core::ErrorKind::NotFound,
            "not_found" },
        Refusal { "no reference", pay(open, 100, QString()), core::ErrorKind::InvalidInput,
            "missing_field" },
        Refusal { "a rejection without a reason",
            [open](client::Backend &b) { return b.reconciliation().reject(open, QString()); },
            core::ErrorKind::InvalidInput, "missing_field" },
        Refusal { "rejecting a decided request",
            [decided](client::Backend &b) { return b.reconciliation().reject(decided, u"Late"_s); },
            core::ErrorKind::Conflict, "already_decided" },
    });
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), payments);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), ledger);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending'"_s), 1);
}

QTEST_GUILESS_MAIN(tst_ReconciliationContract)
#include "tst_ReconciliationContract.moc"
