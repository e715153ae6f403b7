#include "services/client/PeopleClient.h"
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
    void aPersonsLedgerIsTheSameThroughBoth();
    void refusalsAreTheSameAndMoveNoMoney();
    void manualPaymentsAndAdjustmentsLandOnceThroughEither();
    void manualPaymentAndAdjustmentRefusalsAreTheSame();
    void batchAndProviderFileAreJudgedAlike();
    void payoutSettingsAreTheSameThroughBoth();

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

void tst_ReconciliationContract::manualPaymentsAndAdjustmentsLandOnceThroughEither()
{
    // A credit through HTTP, then the same form's operation sent again in process: one entry.
    const QUuid operation = QUuid::createUuid();
    const auto credited = testing::awaitClient(
        m_http->reconciliation().adjust(Mapper, core::Money(250), u"Bonus"_s, operation));
    QVERIFY2(credited.ok(), qPrintable(credited.ok() ? QString() : failure(credited.error())));
    QCOMPARE(credited.value().payable, core::Money(1800));
    const auto again = testing::awaitClient(
        m_local->reconciliation().adjust(Mapper, core::Money(250), u"Bonus"_s, operation));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : failure(again.error())));
    QCOMPARE(again.value().entryId, credited.value().entryId);
    QCOMPARE(again.value().payable, core::Money(1800));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjustment'"_s), 1);

    // A debit in process with a new operation.
    const auto debited = testing::awaitClient(m_local->reconciliation().adjust(
        Mapper, core::Money(-300), u"Task 12 paid twice"_s, QUuid::createUuid()));
    QVERIFY2(debited.ok(), qPrintable(debited.ok() ? QString() : failure(debited.error())));
    QCOMPARE(debited.value().payable, core::Money(1500));

    // A manual payment through each; the people's payable follows through both.
    QSignalSpy announced(&m_http->feed(), &client::ChangeFeed::changed);
    const auto overHttp = testing::awaitClient(
        m_http->reconciliation().payManually(Mapper, core::Money(1000), u"MANUAL-1"_s, u"Cash"_s));
    QVERIFY2(overHttp.ok(), qPrintable(overHttp.ok() ? QString() : failure(overHttp.error())));
    QCOMPARE(overHttp.value().amount, core::Money(1000));
    QTRY_COMPARE(announced.size(), 1);
    const auto inProcess = testing::awaitClient(
        m_local->reconciliation().payManually(Mapper, core::Money(500), u"MANUAL-2"_s, {}));
    QVERIFY2(inProcess.ok(), qPrintable(inProcess.ok() ? QString() : failure(inProcess.error())));
    for (client::Backend *b :
        std::initializer_list<client::Backend *> { m_http.get(), m_local.get() }) {
        const auto people = testing::awaitClient(b->people().people(false));
        QVERIFY2(people.ok(), qPrintable(people.ok() ? QString() : failure(people.error())));
        const auto mapper = std::ranges::find(people.value(), Mapper, &domain::PersonSummary::id);
        QVERIFY(mapper != people.value().end());
        QCOMPARE(mapper->payable, core::Money(0));
        QCOMPARE(mapper->paid, core::Money(1500));
    }
    const domain::PaymentRecordSet records = sameThroughBoth();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(records.payments.size(), 2);
    QCOMPARE(records.payments[0].requestId, 0); // manual: no request
}

void tst_ReconciliationContract::manualPaymentAndAdjustmentRefusalsAreTheSame()
{
    const qint64 payments = scalar(u"SELECT COUNT(*) FROM payments"_s);
    const qint64 ledger = scalar(u"SELECT COUNT(*) FROM ledger_entries"_s);
    using Refusal = testing::Refusal<void>;
    const auto manual = [](const QString &who, qint64 cents, const QString &reference) {
        return [who, cents, reference](client::Backend &b) {
            return b.reconciliation()
                .payManually(who, core::Money(cents), reference, {})
                .then([](const core::Result<client::PaymentMade> &r) -> core::Result<void> {
                    if (!r.ok())
                        return r.error();
                    return {};
                });
        };
    };
    const auto adjust = [](const QString &who, qint64 cents, const QString &reason) {
        return [who, cents, reason](client::Backend &b) {
            return b.reconciliation()
                .adjust(who, core::Money(cents), reason, QUuid::createUuid())
                .then([](const core::Result<client::AdjustmentMade> &r) -> core::Result<void> {
                    if (!r.ok())
                        return r.error();
                    return {};
                });
        };
    };
    expectRefusedAlike<void>({
        Refusal { "a manual payment above payable", manual(Mapper, 1551, u"M-1"_s),
            core::ErrorKind::Refused, "exceeds_payable" },
        Refusal { "a manual payment of nothing", manual(Mapper, 0, u"M-2"_s),
            core::ErrorKind::Refused, "exceeds_payable" },
        Refusal { "a manual payment to someone unknown", manual(u"auth0|nobody"_s, 100, u"M-3"_s),
            core::ErrorKind::NotFound, "not_found" },
        Refusal { "a manual payment to oneself", manual(Admin, 100, u"M-4"_s),
            core::ErrorKind::Forbidden, "own_account" },
        Refusal { "an adjustment of nothing", adjust(Mapper, 0, u"Zero"_s),
            core::ErrorKind::InvalidInput, "invalid_amount" },
        Refusal { "an adjustment without a reason", adjust(Mapper, 100, QString()),
            core::ErrorKind::InvalidInput, "missing_field" },
        Refusal { "an adjustment of one's own payable", adjust(Admin, 100, u"Mine"_s),
            core::ErrorKind::Forbidden, "own_account" },
    });
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), payments);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), ledger);
}

void tst_ReconciliationContract::batchAndProviderFileAreJudgedAlike()
{
    const qint64 request = mapperRequests();
    QVERIFY(request > 0);
    const auto overHttp = testing::awaitClient(m_http->reconciliation().exportBatch());
    const auto inProcess = testing::awaitClient(m_local->reconciliation().exportBatch());
    QVERIFY2(overHttp.ok(), qPrintable(overHttp.ok() ? QString() : failure(overHttp.error())));
    QVERIFY2(inProcess.ok(), qPrintable(inProcess.ok() ? QString() : failure(inProcess.error())));
    QCOMPARE(overHttp.value().csv, inProcess.value().csv);
    QCOMPARE(overHttp.value().rows, 1);
    QCOMPARE(inProcess.value().rows, 1);
    QCOMPARE(overHttp.value().total, core::Money(1550));
    QVERIFY(overHttp.value().filename.startsWith(u"mikro-payouts-"_s));
    QVERIFY(overHttp.value().csv.contains("mapper_osm@pay.example,15.50,"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending'"_s), 1);

    // The provider paid the request and knew nothing of another.
    const QByteArray file = "request_id,email,amount,reference,status\r\n"
        + QByteArray::number(request) + ",mapper_osm@pay.example,15.50,TX-1,paid\r\n"
        + "424242,ghost@pay.example,3.00,TX-2,paid\r\n";
    const auto dryHttp
        = testing::awaitClient(m_http->reconciliation().importResults(file, true, std::nullopt));
    const auto dryLocal
        = testing::awaitClient(m_local->reconciliation().importResults(file, true, std::nullopt));
    QVERIFY2(dryHttp.ok(), qPrintable(dryHttp.ok() ? QString() : failure(dryHttp.error())));
    QVERIFY2(dryLocal.ok(), qPrintable(dryLocal.ok() ? QString() : failure(dryLocal.error())));
    QCOMPARE(dryHttp.value(), dryLocal.value());
    QCOMPARE(dryHttp.value().rows.size(), 2);
    QCOMPARE(dryHttp.value().rows[0].verdict, domain::ImportVerdict::Matched);
    QCOMPARE(dryHttp.value().rows[0].line, 2);
    QCOMPARE(dryHttp.value().rows[0].amount, core::Money(1550));
    QCOMPARE(dryHttp.value().rows[1].verdict, domain::ImportVerdict::NotFound);
    QCOMPARE(dryHttp.value().paidCount, 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);

    // A preview that no longer holds pays nothing, through either.
    for (client::Backend *b :
        std::initializer_list<client::Backend *> { m_http.get(), m_local.get() }) {
        const auto stale = testing::awaitClient(b->reconciliation().importResults(file, false, 2));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, core::ErrorKind::Conflict);
        QCOMPARE(stale.error().code, "preview_changed");
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);

    const auto applied
        = testing::awaitClient(m_http->reconciliation().importResults(file, false, 1));
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : failure(applied.error())));
    QCOMPARE(applied.value().paidCount, 1);
    QCOMPARE(applied.value().paidTotal, core::Money(1550));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments WHERE external_ref = 'TX-1'"_s), 1);
    // The same file again, in process: already paid, nothing more.
    const auto again
        = testing::awaitClient(m_local->reconciliation().importResults(file, false, 0));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : failure(again.error())));
    QCOMPARE(again.value().paidCount, 0);
    QCOMPARE(again.value().rows[0].verdict, domain::ImportVerdict::AlreadyPaid);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
}

/// UI.md §5.2 Ledger: an admin reads a person's ledger a page at a time through either backend;
/// someone who is not in the organisation is not found alike; a mapper reads only their own.
void tst_ReconciliationContract::aPersonsLedgerIsTheSameThroughBoth()
{
    domain::LedgerQuery query;
    query.limit = 1;
    const auto overHttp = testing::awaitClient(m_http->people().ledger(Mapper, query));
    const auto inProcess = testing::awaitClient(m_local->people().ledger(Mapper, query));
    QVERIFY2(overHttp.ok(), qPrintable(overHttp.ok() ? QString() : failure(overHttp.error())));
    QVERIFY2(inProcess.ok(), qPrintable(inProcess.ok() ? QString() : failure(inProcess.error())));
    QCOMPARE(overHttp.value(), inProcess.value());
    QCOMPARE(overHttp.value().total, 2); // the fixture's mapping and checklist lines
    QCOMPARE(overHttp.value().rows.size(), 1);
    for (client::Backend *b : { static_cast<client::Backend *>(m_http.get()),
             static_cast<client::Backend *>(m_local.get()) }) {
        const auto nobody = testing::awaitClient(b->people().ledger(u"auth0|nobody"_s, query));
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().kind, core::ErrorKind::NotFound);
    }
    QCOMPARE(post(Mapper, "/api/transaction/fetch_user_ledger",
                 u"{\"user_id\":\"%1\"}"_s.arg(Admin).toUtf8())
                 .status,
        403);
}

void tst_ReconciliationContract::payoutSettingsAreTheSameThroughBoth()
{
    const auto read = [this](const QString &name) {
        return testing::awaitClient(backend(name).reconciliation().payoutSettings());
    };
    const auto h = read(u"http"_s);
    const auto l = read(u"inprocess"_s);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : failure(h.error())));
    QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : failure(l.error())));
    QCOMPARE(l.value(), h.value());
    QCOMPARE(h.value().currency, u"USD"_s);
    QVERIFY(h.value().currencyLocked); // the mapper's earnings are in the ledger

    // A new minimum through either is read alike through the other, and announced.
    for (const auto &[through, cents] :
        { std::pair(u"http"_s, qint64(2500)), std::pair(u"inprocess"_s, qint64(3000)) }) {
        QSignalSpy announced(&backend(through).feed(), &client::ChangeFeed::changed);
        const auto saved = testing::awaitClient(
            backend(through).reconciliation().setPayoutSettings(core::Money(cents), u"USD"_s));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : failure(saved.error())));
        QCOMPARE(saved.value().minimumPayout, core::Money(cents));
        QCOMPARE(scalar(u"SELECT min_payout_cents FROM orgs WHERE id = 'org_devstack'"_s), cents);
        const auto other = read(through == u"http"_s ? u"inprocess"_s : u"http"_s);
        QVERIFY(other.ok());
        QCOMPARE(other.value(), saved.value());
        QTRY_VERIFY(!announced.isEmpty());
    }

    // Refused alike, changing nothing: another currency once the ledger has entries, a
    // currency that is no ISO code.
    const auto set = [](qint64 cents, const QString &currency) {
        return [cents, currency](client::Backend &b) {
            return b.reconciliation()
                .setPayoutSettings(core::Money(cents), currency)
                .then([](const core::Result<domain::OrgSettings> &r) -> core::Result<void> {
                    if (!r.ok())
                        return r.error();
                    return {};
                });
        };
    };
    using Refusal = testing::Refusal<void>;
    expectRefusedAlike<void>({
        Refusal { "another currency once money moved", set(1000, u"EUR"_s),
            core::ErrorKind::Refused, "currency_in_use" },
        Refusal { "a currency that is no code", set(1000, u"US"_s), core::ErrorKind::InvalidInput,
            "invalid_field" },
    });
    QCOMPARE(scalar(u"SELECT min_payout_cents FROM orgs WHERE id = 'org_devstack'"_s), 3000);
    const auto mapperSets = testing::awaitClient(
        httpBackendFor(Mapper)->reconciliation().setPayoutSettings(core::Money(0), u"USD"_s));
    QVERIFY(!mapperSets.ok());
    QCOMPARE(mapperSets.error().kind, core::ErrorKind::Forbidden);
    QCOMPARE(scalar(u"SELECT min_payout_cents FROM orgs WHERE id = 'org_devstack'"_s), 3000);
}

QTEST_GUILESS_MAIN(tst_ReconciliationContract)
#include "tst_ReconciliationContract.moc"
