#include "services/domain/money/PayoutService.h"
#include "services/domain/money/ReconciliationService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QTest>
#include <QUuid>
#include <QtConcurrent>

#include <functional>
#include <latch>

using namespace Qt::StringLiterals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::Role;

namespace {

const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller SecondAdmin { u"admin-2"_s, u"org-a"_s, Role::Admin, true };

constexpr int Rounds = 12;

Caller person(int round)
{
    return Caller { u"p%1"_s.arg(round), u"org-a"_s, Role::User, true };
}

/// What each side of a race answered: ok, or its error code.
struct Outcome
{
    QByteArray first;
    QByteArray second;
    [[nodiscard]] int successes() const { return (first == "ok") + (second == "ok"); }
};

template <typename T>
QByteArray codeOf(const core::Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().code;
}

} // namespace

/// Every pair of operations that checks a person's balance and then moves money, run at the same
/// moment on real threads with their own connections (issue 10, DESIGN.md §4): each round starts
/// both from a latch, so their transactions overlap, and then checks that no money was paid or
/// requested that the person did not have. On PostgreSQL these failed before the person's row
/// lock (`Ledger::lockPerson`); SQLite's writers are serial, so there they pass either way.
class tst_MoneyRaces : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void manualPaymentTwiceAtOnce();
    void requestAndManualPaymentAtOnce();
    void debitAdjustmentAndManualPaymentAtOnce();
    void reconciliationImportAndManualPaymentAtOnce();
    void requestOnBehalfAndManualPaymentAtOnce();

private:
    using Side = std::function<QByteArray()>;
    Outcome race(const Side &first, const Side &second);
    void credit(const QString &user, qint64 cents);
    qint64 scalar(const QString &sql) { return testing::scalarSql(*m_db, sql); }
    /// paid + pending of a person never exceed what they earned (credits and adjustments).
    void verifyNothingOverdrawn(const QString &user);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::PayoutService> m_payouts;
    std::unique_ptr<domain::ReconciliationService> m_reconciliation;
};

void tst_MoneyRaces::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 4);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    QVERIFY(m_db->warm().ok()); // connect first: the races are about the transactions
    m_payouts = std::make_unique<domain::PayoutService>(*m_db, m_clock);
    m_reconciliation = std::make_unique<domain::ReconciliationService>(*m_db, m_clock);
    testing::execSql(*m_db,
        u"INSERT INTO orgs (id, name, currency, min_payout_cents, created_at) VALUES "
        "('org-a', 'A', 'USD', 0, '2026-01-01T00:00:00Z')"_s);
    QStringList people { u"admin"_s, u"admin-2"_s };
    for (int round = 0; round < Rounds; ++round)
        people << person(round).userId;
    for (const QString &id : people)
        testing::execSql(*m_db,
            u"INSERT INTO users (id, org_id, role, osm_username, payment_email, city, country, "
            "terms_accepted_at, created_at) VALUES ('%1', 'org-a', '%2', '%1_osm', "
            "'%1@pay.example', 'Lima', 'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s.arg(
                id, id.startsWith(u"admin"_s) ? u"admin"_s : u"user"_s));
}

void tst_MoneyRaces::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_reconciliation.reset();
    m_payouts.reset();
    m_db.reset();
    m_temp.reset();
}

Outcome tst_MoneyRaces::race(const Side &first, const Side &second)
{
    std::latch start(2);
    Outcome outcome;
    QFuture<void> a = QtConcurrent::run(&m_db->pool(), [&] {
        start.arrive_and_wait();
        outcome.first = first();
    });
    QFuture<void> b = QtConcurrent::run(&m_db->pool(), [&] {
        start.arrive_and_wait();
        outcome.second = second();
    });
    testing::joinWithin(a);
    testing::joinWithin(b);
    return outcome;
}

void tst_MoneyRaces::credit(const QString &user, qint64 cents)
{
    testing::execSql(*m_db,
        u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, created_at) "
        "VALUES ('org-a', '%1', 'mapping', %2, 'credit:%1:%2', '2026-01-02T00:00:00Z')"_s.arg(user)
            .arg(cents));
}

void tst_MoneyRaces::verifyNothingOverdrawn(const QString &user)
{
    const qint64 earned = scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries "
                                 "WHERE user_id = '%1' AND kind <> 'payout'"_s.arg(user));
    const qint64 paid = scalar(u"SELECT COALESCE(-SUM(amount_cents), 0) FROM ledger_entries "
                               "WHERE user_id = '%1' AND kind = 'payout'"_s.arg(user));
    const qint64 pending = scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM payment_requests "
                                  "WHERE user_id = '%1' AND status = 'pending'"_s.arg(user));
    QVERIFY2(paid + pending <= qMax<qint64>(earned, 0),
        qPrintable(
            u"%1: earned %2, paid %3, pending %4"_s.arg(user).arg(earned).arg(paid).arg(pending)));
}

void tst_MoneyRaces::manualPaymentTwiceAtOnce()
{
    for (int round = 0; round < Rounds; ++round) {
        const QString user = person(round).userId;
        credit(user, 1000);
        const Outcome outcome = race(
            [&] {
                return codeOf(m_payouts->recordManualPayment(
                    Admin, user, Money(1000), u"A-%1"_s.arg(round), {}));
            },
            [&] {
                return codeOf(m_payouts->recordManualPayment(
                    SecondAdmin, user, Money(1000), u"B-%1"_s.arg(round), {}));
            });
        QCOMPARE(outcome.successes(), 1);
        QVERIFY(outcome.first == "exceeds_payable" || outcome.second == "exceeds_payable");
        verifyNothingOverdrawn(user);
    }
}

void tst_MoneyRaces::requestAndManualPaymentAtOnce()
{
    for (int round = 0; round < Rounds; ++round) {
        const Caller payee = person(round);
        credit(payee.userId, 1000);
        const Outcome outcome = race([&] { return codeOf(m_payouts->requestPayout(payee, {})); },
            [&] {
                return codeOf(m_payouts->recordManualPayment(
                    Admin, payee.userId, Money(1000), u"M-%1"_s.arg(round), {}));
            });
        QCOMPARE(outcome.successes(), 1);
        verifyNothingOverdrawn(payee.userId);
    }
}

void tst_MoneyRaces::debitAdjustmentAndManualPaymentAtOnce()
{
    // A debit may leave payable negative (DESIGN.md §3.2), but a payment must never be made
    // against money a debit already took: if both land, the payment came first.
    for (int round = 0; round < Rounds; ++round) {
        const QString user = person(round).userId;
        credit(user, 1000);
        const Outcome outcome = race(
            [&] {
                return codeOf(m_payouts->recordAdjustment(SecondAdmin, user, Money(-1000),
                    u"clawback"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)));
            },
            [&] {
                return codeOf(m_payouts->recordManualPayment(
                    Admin, user, Money(1000), u"D-%1"_s.arg(round), {}));
            });
        QCOMPARE(outcome.first, QByteArray("ok"));
        if (outcome.second == "ok") {
            const qint64 payout = scalar(u"SELECT id FROM ledger_entries WHERE user_id = '%1' "
                                         "AND kind = 'payout'"_s.arg(user));
            const qint64 debit = scalar(u"SELECT id FROM ledger_entries WHERE user_id = '%1' "
                                        "AND kind = 'adjustment'"_s.arg(user));
            QVERIFY2(payout < debit, "the payment was made after the debit had taken the money");
        } else {
            QCOMPARE(outcome.second, QByteArray("exceeds_payable"));
        }
    }
}

void tst_MoneyRaces::reconciliationImportAndManualPaymentAtOnce()
{
    // The import pays a 6.00 request while an admin pays the remaining 4.00 by hand: both land,
    // and nothing is paid twice or beyond what was earned.
    for (int round = 0; round < Rounds; ++round) {
        const Caller payee = person(round);
        credit(payee.userId, 1000);
        const auto request = m_payouts->requestOnBehalf(Admin, payee.userId, Money(600), {});
        QVERIFY(request.ok());
        const QByteArray csv = u"request_id,email,amount,status,reference\n%1,%2@pay.example,6.00,"
                               "paid,R-%3\n"_s.arg(request.value().id)
                                   .arg(payee.userId)
                                   .arg(round)
                                   .toUtf8();
        const Outcome outcome
            = race([&] { return codeOf(m_reconciliation->apply(SecondAdmin, csv)); },
                [&] {
                    return codeOf(m_payouts->recordManualPayment(
                        Admin, payee.userId, Money(400), u"H-%1"_s.arg(round), {}));
                });
        QCOMPARE(outcome.first, QByteArray("ok"));
        QCOMPARE(outcome.second, QByteArray("ok"));
        QCOMPARE(
            scalar(u"SELECT COUNT(*) FROM payments WHERE user_id = '%1'"_s.arg(payee.userId)), 2);
        verifyNothingOverdrawn(payee.userId);
    }
}

void tst_MoneyRaces::requestOnBehalfAndManualPaymentAtOnce()
{
    for (int round = 0; round < Rounds; ++round) {
        const QString user = person(round).userId;
        credit(user, 1000);
        const Outcome outcome = race(
            [&] { return codeOf(m_payouts->requestOnBehalf(SecondAdmin, user, Money(1000), {})); },
            [&] {
                return codeOf(m_payouts->recordManualPayment(
                    Admin, user, Money(1000), u"O-%1"_s.arg(round), {}));
            });
        QCOMPARE(outcome.successes(), 1);
        verifyNothingOverdrawn(user);
    }
}

QTEST_GUILESS_MAIN(tst_MoneyRaces)
#include "tst_MoneyRaces.moc"
