#include "services/domain/money/PayoutService.h"
#include "services/domain/policy/AccessPolicy.h"
#include "services/domain/reporting/DashboardService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

#include <atomic>
#include <latch>

using namespace Qt::StringLiterals;
using namespace mikro;
using core::Money;
using domain::Action;
using domain::Caller;
using domain::Role;

Q_DECLARE_METATYPE(mikro::domain::Action)

namespace {

const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller SecondAdmin { u"admin-2"_s, u"org-a"_s, Role::Admin, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
const Caller NoOrg { u"no-org"_s, QString(), Role::User, true };
const Caller NotOnboarded { u"newcomer"_s, u"org-a"_s, Role::User, false };

} // namespace

/// Payouts on both engines (DESIGN.md §4 Payouts, §3.2 Balances, API.md §7), with the ledger's
/// invariants checked after every scenario and the exactly-once races run on real threads with
/// their own connections.
class tst_PayoutService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void requestThenPayMovesTheMoneyOnce();
    void payingLessReturnsTheRestToPayable();
    void rejectingReturnsTheAmountAndNeedsAReason();
    void onlyTheRequesterCancelsAPendingRequest();
    void refusals_data();
    void refusals();
    void policyMatrix_data();
    void policyMatrix();
    void adjustmentsAreIdempotentByOperationKey();
    void adminsRequestAndPayOnSomeonesBehalf();
    void historyIsOwnOrTheAdminsOrgs();
    void everyPathReportsTheSameFigures();
    void thirtyTwoAdminsPayingOneRequestPayItOnce();
    void sixteenSimultaneousRequestsLeaveOnePending();

private:
    void exec(const QString &sql);
    void credit(const QString &user, qint64 cents, const QString &key);
    qint64 scalar(const QString &sql);
    void verifyLedgerInvariants();

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::PayoutService> m_payouts;
};

void tst_PayoutService::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 32);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_payouts = std::make_unique<domain::PayoutService>(*m_db, m_clock);
    exec(
        u"INSERT INTO orgs (id, name, currency, min_payout_cents, created_at) VALUES "
        "('org-a', 'A', 'USD', 500, '2026-01-01T00:00:00Z'), ('org-b', 'B', 'USD', 0, '2026-01-01T00:00:00Z')"_s);
    for (const auto &[id, org, role] : { std::tuple(u"mapper"_s, u"'org-a'"_s, u"user"_s),
             std::tuple(u"validator"_s, u"'org-a'"_s, u"validator"_s),
             std::tuple(u"admin"_s, u"'org-a'"_s, u"admin"_s),
             std::tuple(u"admin-2"_s, u"'org-a'"_s, u"admin"_s),
             std::tuple(u"admin-b"_s, u"'org-b'"_s, u"admin"_s),
             std::tuple(u"no-org"_s, u"NULL"_s, u"user"_s) }) {
        exec(u"INSERT INTO users (id, org_id, role, osm_username, payment_email, city, country, "
             "terms_accepted_at, created_at) VALUES ('%1', %2, '%3', '%1_osm', '%1@pay.example', "
             "'Lima', "
             "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s.arg(id, org, role));
    }
}

void tst_PayoutService::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    if (m_db && !QTest::currentTestFailed())
        verifyLedgerInvariants();
    m_payouts.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_PayoutService::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

void tst_PayoutService::credit(const QString &user, qint64 cents, const QString &key)
{
    exec(
        u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, created_at) "
        "VALUES ('org-a', '%1', 'mapping', %2, '%3', '2026-01-02T00:00:00Z')"_s.arg(user)
            .arg(cents)
            .arg(key));
}

qint64 tst_PayoutService::scalar(const QString &sql)
{
    return testing::scalarSql(*m_db, sql);
}

void tst_PayoutService::verifyLedgerInvariants()
{
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM (SELECT source_key FROM ledger_entries GROUP BY source_key "
               "HAVING COUNT(*) > 1) d"_s),
        0);
    // Every payment has exactly one payout entry of its amount, and nothing else is a payout.
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM payments p WHERE (SELECT COUNT(*) FROM ledger_entries e "
            "WHERE e.payment_id = p.id AND e.kind = 'payout' AND e.amount_cents = -p.amount_cents) <> 1"_s),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'payout'"_s),
        scalar(u"SELECT COUNT(*) FROM payments"_s));
    if (m_temp->config().engine == store::Engine::Sqlite)
        QCOMPARE(
            scalar(
                u"SELECT COUNT(*) FROM ledger_entries WHERE typeof(amount_cents) <> 'integer'"_s),
            0);
    // For each person: payable = credits − payouts − pending, worked out here in plain SQL and
    // compared with the service's figure.
    for (const Caller &person : { Mapper, Validator, Admin, SecondAdmin }) {
        const qint64 credits
            = scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries "
                     "WHERE user_id = '%1' AND kind <> 'payout'"_s.arg(person.userId));
        const qint64 payouts
            = scalar(u"SELECT COALESCE(-SUM(amount_cents), 0) FROM ledger_entries "
                     "WHERE user_id = '%1' AND kind = 'payout'"_s.arg(person.userId));
        const qint64 pending
            = scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM payment_requests "
                     "WHERE user_id = '%1' AND status = 'pending'"_s.arg(person.userId));
        const auto balance = m_payouts->balance(person);
        QVERIFY(balance.ok());
        QCOMPARE(balance.value().payable.cents(), credits - payouts - pending);
        QCOMPARE(balance.value().paid.cents(), payouts);
        QCOMPARE(balance.value().pending.cents(), pending);
    }
}

void tst_PayoutService::requestThenPayMovesTheMoneyOnce()
{
    credit(u"mapper"_s, 1250, u"k1"_s);
    credit(u"mapper"_s, 250, u"k2"_s);
    const auto request = m_payouts->requestPayout(Mapper, u"June"_s);
    QVERIFY(request.ok());
    QCOMPARE(request.value().amount, Money(1500));
    QCOMPARE(request.value().paymentEmail, u"mapper@pay.example"_s);
    QCOMPARE(m_payouts->balance(Mapper).value().pending, Money(1500));
    QCOMPARE(m_payouts->balance(Mapper).value().payable, Money(0));

    const auto paid = m_payouts->pay(Admin, request.value().id, std::nullopt, u"PAYONEER-77"_s, {});
    QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().diagnostic));
    QCOMPARE(paid.value().amount, Money(1500));
    const auto after = m_payouts->balance(Mapper).value();
    QCOMPARE(after.earned, Money(1500));
    QCOMPARE(after.paid, Money(1500));
    QCOMPARE(after.pending, Money(0));
    QCOMPARE(after.payable, Money(0));
    QCOMPARE(after.byKind.value(domain::LedgerKind::Mapping), Money(1500));

    const auto twice
        = m_payouts->pay(SecondAdmin, request.value().id, std::nullopt, u"PAYONEER-78"_s, {});
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, QByteArray("already_decided"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'pay_request'"_s), 1);
}

void tst_PayoutService::payingLessReturnsTheRestToPayable()
{
    credit(u"mapper"_s, 1500, u"k1"_s);
    const auto request = m_payouts->requestPayout(Mapper, {});
    QVERIFY(request.ok());
    QVERIFY(m_payouts->pay(Admin, request.value().id, Money(1000), u"P-1"_s, u"partial"_s).ok());
    const auto after = m_payouts->balance(Mapper).value();
    QCOMPARE(after.paid, Money(1000));
    QCOMPARE(after.payable, Money(500));
}

void tst_PayoutService::rejectingReturnsTheAmountAndNeedsAReason()
{
    credit(u"mapper"_s, 900, u"k1"_s);
    const auto request = m_payouts->requestPayout(Mapper, {});
    QVERIFY(request.ok());
    const auto noReason = m_payouts->reject(Admin, request.value().id, u"   "_s);
    QCOMPARE(noReason.error().code, QByteArray("missing_field"));
    QCOMPARE(noReason.error().field, u"reason"_s);
    QCOMPARE(m_payouts->balance(Mapper).value().pending, Money(900)); // nothing changed
    QVERIFY(m_payouts->reject(Admin, request.value().id, u"Wrong payment email"_s).ok());
    QCOMPARE(m_payouts->balance(Mapper).value().payable, Money(900));
    QCOMPARE(m_payouts->pay(Admin, request.value().id, std::nullopt, u"P-9"_s, {}).error().code,
        QByteArray("already_decided"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reject_request'"_s), 1);
}

void tst_PayoutService::onlyTheRequesterCancelsAPendingRequest()
{
    credit(u"mapper"_s, 900, u"k1"_s);
    const auto request = m_payouts->requestPayout(Mapper, {});
    QVERIFY(request.ok());
    QCOMPARE(
        m_payouts->cancel(Validator, request.value().id).error().code, QByteArray("not_found"));
    QVERIFY(m_payouts->cancel(Mapper, request.value().id).ok());
    QCOMPARE(
        m_payouts->cancel(Mapper, request.value().id).error().code, QByteArray("already_decided"));
    QCOMPARE(m_payouts->balance(Mapper).value().payable, Money(900));
    // A new request is possible once the old one is cancelled.
    QVERIFY(m_payouts->requestPayout(Mapper, {}).ok());
}

void tst_PayoutService::refusals_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("nothing payable") << u"nothing"_s << QByteArray("nothing_payable");
    QTest::newRow("below the org minimum") << u"below"_s << QByteArray("below_minimum");
    QTest::newRow("a second pending request") << u"second"_s << QByteArray("request_pending");
    QTest::newRow("an admin pays their own request") << u"own"_s << QByteArray("own_account");
    QTest::newRow("an admin rejects their own request")
        << u"own-reject"_s << QByteArray("own_account");
    QTest::newRow("an admin pays themselves by hand")
        << u"own-manual"_s << QByteArray("own_account");
    QTest::newRow("an admin credits themselves") << u"own-credit"_s << QByteArray("own_account");
    QTest::newRow("an admin debits themselves") << u"own-debit"_s << QByteArray("own_account");
    QTest::newRow("an admin requests for themselves on behalf")
        << u"own-behalf"_s << QByteArray("own_account");
    QTest::newRow("paying more than requested")
        << u"more"_s << QByteArray("invalid_payment_amount");
    QTest::newRow("paying zero") << u"zero"_s << QByteArray("invalid_payment_amount");
    QTest::newRow("a transfer reference used twice")
        << u"reference"_s << QByteArray("duplicate_reference");
    QTest::newRow("an admin of another org") << u"other-org"_s << QByteArray("not_found");
    QTest::newRow("an unknown request") << u"unknown"_s << QByteArray("not_found");
    QTest::newRow("a mapper pays") << u"mapper-pays"_s << QByteArray("forbidden");
    QTest::newRow("no transfer reference") << u"no-reference"_s << QByteArray("missing_field");
}

void tst_PayoutService::refusals()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, code);
    credit(u"mapper"_s, 1500, u"k1"_s);
    credit(u"admin"_s, 800, u"k2"_s);
    credit(u"validator"_s, 700, u"k3"_s);
    const qint64 before = scalar(u"SELECT COUNT(*) FROM ledger_entries"_s);
    auto request = [&] { return m_payouts->requestPayout(Mapper, {}).value().id; };
    core::Error error;
    if (scenario == "nothing"_L1) {
        error = m_payouts->requestPayout(SecondAdmin, {}).error();
    } else if (scenario == "below"_L1) {
        exec(u"UPDATE orgs SET min_payout_cents = 2000 WHERE id = 'org-a'"_s);
        error = m_payouts->requestPayout(Mapper, {}).error();
        QCOMPARE(error.details.value(u"min_payout_cents"_s).toLongLong(), 2000);
    } else if (scenario == "second"_L1) {
        request();
        error = m_payouts->requestPayout(Mapper, {}).error();
    } else if (scenario == "own"_L1) {
        const qint64 own = m_payouts->requestPayout(Admin, {}).value().id;
        error = m_payouts->pay(Admin, own, std::nullopt, u"P-1"_s, {}).error();
    } else if (scenario == "own-reject"_L1) {
        const qint64 own = m_payouts->requestPayout(Admin, {}).value().id;
        QVERIFY(m_payouts->reject(Admin, own, u"no"_s).error().code == "own_account");
        error = m_payouts->pay(Admin, own, std::nullopt, u"P-1"_s, {}).error();
        QCOMPARE(m_payouts->balance(Admin).value().pending, Money(800)); // still waiting
    } else if (scenario == "own-manual"_L1) {
        error = m_payouts->recordManualPayment(Admin, u"admin"_s, Money(800), u"M-1"_s, {}).error();
    } else if (scenario == "own-credit"_L1) {
        error = m_payouts
                    ->recordAdjustment(Admin, u"admin"_s, Money(100000000), u"bonus"_s,
                        u"6f1c4b52-1111-4a4a-9c9c-000000000001"_s)
                    .error();
    } else if (scenario == "own-debit"_L1) {
        error = m_payouts
                    ->recordAdjustment(Admin, u"admin"_s, Money(-100), u"fix"_s,
                        u"6f1c4b52-1111-4a4a-9c9c-000000000002"_s)
                    .error();
    } else if (scenario == "own-behalf"_L1) {
        error = m_payouts->requestOnBehalf(Admin, u"admin"_s, Money(800), {}).error();
    } else if (scenario == "more"_L1) {
        error = m_payouts->pay(Admin, request(), Money(1501), u"P-1"_s, {}).error();
    } else if (scenario == "zero"_L1) {
        error = m_payouts->pay(Admin, request(), Money(0), u"P-1"_s, {}).error();
    } else if (scenario == "reference"_L1) {
        QVERIFY(m_payouts->pay(Admin, request(), std::nullopt, u"P-1"_s, {}).ok());
        const qint64 second = m_payouts->requestPayout(Validator, {}).value().id;
        error = m_payouts->pay(Admin, second, std::nullopt, u"P-1"_s, {}).error();
    } else if (scenario == "other-org"_L1) {
        error = m_payouts->pay(OtherOrgAdmin, request(), std::nullopt, u"P-1"_s, {}).error();
    } else if (scenario == "unknown"_L1) {
        error = m_payouts->pay(Admin, 987654, std::nullopt, u"P-1"_s, {}).error();
    } else if (scenario == "mapper-pays"_L1) {
        error = m_payouts->pay(Mapper, request(), std::nullopt, u"P-1"_s, {}).error();
    } else if (scenario == "no-reference"_L1) {
        error = m_payouts->pay(Admin, request(), std::nullopt, u"  "_s, {}).error();
    }
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
    // A refusal changes nothing: no payout entry beyond what a successful step made.
    const qint64 payouts = scalar(u"SELECT COUNT(*) FROM payments"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), before + payouts);
}

void tst_PayoutService::policyMatrix_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QList<QByteArray>>(
        "codes"); // mapper, validator, admin, other-org admin, no org, not onboarded
    const QByteArray ok;
    const QByteArray forbidden("forbidden");
    const QByteArray noOrg("no_organisation");
    const QByteArray onboarding("onboarding_required");
    QTest::newRow("view own balance") << Action::ViewOwnBalance << QList { ok, ok, ok, ok, ok, ok };
    QTest::newRow("request payout")
        << Action::RequestPayout << QList { ok, ok, ok, ok, noOrg, onboarding };
    QTest::newRow("cancel own request")
        << Action::CancelOwnPayoutRequest << QList { ok, ok, ok, ok, noOrg, onboarding };
    QTest::newRow("view org payments")
        << Action::ViewOrgPayments << QList { forbidden, forbidden, ok, ok, noOrg, onboarding };
    QTest::newRow("pay a request")
        << Action::PayPayoutRequest << QList { forbidden, forbidden, ok, ok, noOrg, onboarding };
    QTest::newRow("reject a request")
        << Action::RejectPayoutRequest << QList { forbidden, forbidden, ok, ok, noOrg, onboarding };
    QTest::newRow("manual payment")
        << Action::RecordManualPayment << QList { forbidden, forbidden, ok, ok, noOrg, onboarding };
    QTest::newRow("adjustment") << Action::RecordAdjustment
                                << QList { forbidden, forbidden, ok, ok, noOrg, onboarding };
}

void tst_PayoutService::policyMatrix()
{
    QFETCH(Action, action);
    QFETCH(QList<QByteArray>, codes);
    const QList<Caller> callers { Mapper, Validator, Admin, OtherOrgAdmin, NoOrg, NotOnboarded };
    for (qsizetype i = 0; i < callers.size(); ++i) {
        const auto allowed = domain::AccessPolicy::check(callers[i], action);
        QCOMPARE(allowed.ok() ? QByteArray() : allowed.error().code, codes[i]);
    }
}

void tst_PayoutService::adjustmentsAreIdempotentByOperationKey()
{
    const auto first = m_payouts->recordAdjustment(
        Admin, u"mapper"_s, Money(-250), u"Overpaid in May"_s, u"op-1"_s);
    QVERIFY(first.ok());
    const auto replay = m_payouts->recordAdjustment(
        Admin, u"mapper"_s, Money(-250), u"Overpaid in May"_s, u"op-1"_s);
    QVERIFY(replay.ok());
    QCOMPARE(replay.value(), first.value());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries"_s), 1);
    QCOMPARE(m_payouts->recordAdjustment(Admin, u"mapper"_s, Money(-300), u"x"_s, u"op-1"_s)
                 .error()
                 .code,
        QByteArray("idempotency_conflict"));
    QCOMPARE(
        m_payouts->recordAdjustment(Admin, u"mapper"_s, Money(0), u"x"_s, u"op-2"_s).error().code,
        QByteArray("invalid_amount"));
    QCOMPARE(m_payouts->recordAdjustment(OtherOrgAdmin, u"mapper"_s, Money(5), u"x"_s, u"op-3"_s)
                 .error()
                 .code,
        QByteArray("not_found"));
    QCOMPARE(m_payouts->balance(Mapper).value().payable, Money(-250)); // negative after a debit
    QCOMPARE(m_payouts->requestPayout(Mapper, {}).error().code, QByteArray("nothing_payable"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'adjustment'"_s), 1);
}

void tst_PayoutService::adminsRequestAndPayOnSomeonesBehalf()
{
    credit(u"mapper"_s, 1500, u"k1"_s);
    QCOMPARE(m_payouts->requestOnBehalf(Admin, u"mapper"_s, Money(1501), {}).error().code,
        QByteArray("exceeds_payable"));
    QCOMPARE(m_payouts->requestOnBehalf(Admin, u"mapper"_s, Money(0), {}).error().code,
        QByteArray("exceeds_payable"));
    const auto request
        = m_payouts->requestOnBehalf(Admin, u"mapper"_s, Money(600), u"asked by phone"_s);
    QVERIFY(request.ok());
    QCOMPARE(m_payouts->requestOnBehalf(Admin, u"mapper"_s, Money(100), {}).error().code,
        QByteArray("request_pending"));
    QCOMPARE(m_payouts->balance(Mapper).value().payable, Money(900));
    // A manual payment draws on what is left.
    QCOMPARE(
        m_payouts->recordManualPayment(Admin, u"mapper"_s, Money(901), u"M-1"_s, {}).error().code,
        QByteArray("exceeds_payable"));
    QVERIFY(
        m_payouts->recordManualPayment(Admin, u"mapper"_s, Money(900), u"M-1"_s, u"cash"_s).ok());
    QCOMPARE(
        m_payouts->recordManualPayment(Admin, u"mapper"_s, Money(1), u"M-2"_s, {}).error().code,
        QByteArray("exceeds_payable"));
    QCOMPARE(
        m_payouts->recordManualPayment(Mapper, u"mapper"_s, Money(1), u"M-3"_s, {}).error().code,
        QByteArray("forbidden"));
    QCOMPARE(m_payouts->recordManualPayment(OtherOrgAdmin, u"mapper"_s, Money(1), u"M-4"_s, {})
                 .error()
                 .code,
        QByteArray("not_found"));
    const auto after = m_payouts->balance(Mapper).value();
    QCOMPARE(after.paid, Money(900));
    QCOMPARE(after.pending, Money(600));
    QCOMPARE(after.payable, Money(0));
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM audit_log WHERE action IN ('request_on_behalf', 'manual_payment')"_s),
        2);
}

void tst_PayoutService::historyIsOwnOrTheAdminsOrgs()
{
    for (int i = 0; i < 3; ++i)
        credit(u"mapper"_s, 100 + i, u"h%1"_s.arg(i));
    const auto own = m_payouts->history(Mapper, u"mapper"_s, 2, 0);
    QVERIFY(own.ok());
    QCOMPARE(own.value().size(), 2);
    QCOMPARE(own.value()[0].amount, Money(102)); // newest first
    QCOMPARE(m_payouts->history(Mapper, u"mapper"_s, 2, 2).value().size(), 1);
    QCOMPARE(m_payouts->history(Admin, u"mapper"_s, 200, 0).value().size(), 3);
    QCOMPARE(
        m_payouts->history(Validator, u"mapper"_s, 200, 0).error().code, QByteArray("forbidden"));
    QCOMPARE(m_payouts->history(OtherOrgAdmin, u"mapper"_s, 200, 0).value().size(), 0);
}

void tst_PayoutService::everyPathReportsTheSameFigures()
{
    // Issue 11 #1 (DESIGN.md §3.2): every kind of entry, and the balance and the dashboard agree
    // with the definitions — "earned" leaves adjustments out.
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES ('org-a', 'mapper', 'mapping', 1500, 'm', '2026-01-02T00:00:00Z'), "
         "('org-a', 'mapper', 'reversal', -150, 'r', '2026-01-02T00:00:00Z'), "
         "('org-a', 'mapper', 'validation', 300, 'v', '2026-01-02T00:00:00Z'), "
         "('org-a', 'mapper', 'checklist', 200, 'c', '2026-01-02T00:00:00Z'), "
         "('org-a', 'mapper', 'checklist_validation', 50, 'cv', '2026-01-02T00:00:00Z')"_s);
    QVERIFY(m_payouts
                ->recordAdjustment(Admin, u"mapper"_s, Money(500), u"bonus"_s,
                    u"5c0ffee0-0000-4000-8000-000000000001"_s)
                .ok());
    QVERIFY(m_payouts
                ->recordAdjustment(Admin, u"mapper"_s, Money(-100), u"fix"_s,
                    u"5c0ffee0-0000-4000-8000-000000000002"_s)
                .ok());
    QVERIFY(m_payouts->recordManualPayment(Admin, u"mapper"_s, Money(700), u"P-1"_s, {}).ok());
    QVERIFY(m_payouts->requestOnBehalf(Admin, u"mapper"_s, Money(600), {}).ok());

    const domain::Balance b = m_payouts->balance(Mapper).value();
    QCOMPARE(b.earned, Money(1500 - 150 + 300 + 200 + 50));
    QCOMPARE(b.adjustments, Money(400));
    QCOMPARE(b.paid, Money(700));
    QCOMPARE(b.pending, Money(600));
    QCOMPARE(b.payable, Money(1900 + 400 - 700 - 600));
    QCOMPARE(b.mappingEarnings, Money(1350));
    QCOMPARE(b.validationEarnings, Money(300));
    QCOMPARE(b.checklistEarnings, Money(250));
    const auto dashboard = domain::DashboardService(*m_db, m_clock)
                               .person(Mapper, QTimeZone::utc(), Qt::Monday)
                               .value()
                               .money;
    for (const auto &[what, ledger, board] : { std::tuple("earned", b.earned, dashboard.earned),
             std::tuple("adjustments", b.adjustments, dashboard.adjustments),
             std::tuple("paid", b.paid, dashboard.paid),
             std::tuple("pending", b.pending, dashboard.pending),
             std::tuple("payable", b.payable, dashboard.payable),
             std::tuple("mapping", b.mappingEarnings, dashboard.mappingEarnings),
             std::tuple("validation", b.validationEarnings, dashboard.validationEarnings),
             std::tuple("checklist", b.checklistEarnings, dashboard.checklistEarnings) })
        QVERIFY2(ledger == board, what);
}

void tst_PayoutService::thirtyTwoAdminsPayingOneRequestPayItOnce()
{
    credit(u"mapper"_s, 4200, u"k1"_s);
    const qint64 request = m_payouts->requestPayout(Mapper, {}).value().id;
    std::atomic<int> paid { 0 };
    std::atomic<int> decided { 0 };
    std::atomic<int> other { 0 };
    // Every pool thread connects first, so the race is about the transactions, not the connects.
    QVERIFY(m_db->warm().ok());
    QList<QFuture<void>> attempts;
    std::latch start(32); // all attempts leave the gate together, so their transactions overlap
    for (int i = 0; i < 32; ++i) {
        const Caller admin = i % 2 ? Admin : SecondAdmin;
        attempts << QtConcurrent::run(&m_db->pool(), [&, admin, i] {
            start.arrive_and_wait();
            const auto result
                = m_payouts->pay(admin, request, std::nullopt, u"RACE-%1"_s.arg(i), {});
            if (result.ok())
                ++paid;
            else if (result.error().code == "already_decided")
                ++decided;
            else
                ++other;
        });
    }
    for (auto &attempt : attempts)
        testing::joinWithin(attempt);
    QCOMPARE(paid.load(), 1);
    QCOMPARE(decided.load(), 31);
    QCOMPARE(other.load(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'payout'"_s), 1);
    QCOMPARE(m_payouts->balance(Mapper).value().paid, Money(4200));
}

void tst_PayoutService::sixteenSimultaneousRequestsLeaveOnePending()
{
    credit(u"mapper"_s, 4200, u"k1"_s);
    // Every pool thread connects first, so the race is about the transactions, not the connects.
    QVERIFY(m_db->warm().ok());
    std::atomic<int> created { 0 };
    std::atomic<int> pending { 0 };
    std::atomic<int> other { 0 };
    QList<QFuture<void>> attempts;
    std::latch start(16);
    for (int i = 0; i < 16; ++i) {
        attempts << QtConcurrent::run(&m_db->pool(), [&] {
            start.arrive_and_wait();
            const auto result = m_payouts->requestPayout(Mapper, {});
            if (result.ok())
                ++created;
            else if (result.error().code == "request_pending")
                ++pending;
            else
                ++other;
        });
    }
    for (auto &attempt : attempts)
        testing::joinWithin(attempt);
    QCOMPARE(created.load(), 1);
    QCOMPARE(pending.load(), 15);
    QCOMPARE(other.load(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending'"_s), 1);
}

QTEST_GUILESS_MAIN(tst_PayoutService)
#include "tst_PayoutService.moc"
