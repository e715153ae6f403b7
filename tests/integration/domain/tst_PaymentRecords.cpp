#include "services/domain/money/PaymentRecords.h"
#include "services/domain/money/PayoutService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "services/store/SqlValues.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::PaymentRecords;
using domain::PaymentStatus;
using domain::Role;

Q_DECLARE_METATYPE(mikro::domain::Caller)

namespace {

const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller Payee { u"payee"_s, u"org-a"_s, Role::User, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
const Caller NoOrg { u"no-org"_s, QString(), Role::User, true };
const Caller NotOnboarded { u"newcomer"_s, u"org-a"_s, Role::User, false };
const Caller NotOnboardedAdmin { u"admin"_s, u"org-a"_s, Role::Admin, false };

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

template <typename T>
QByteArray codeOf(const core::Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().code;
}

template <typename T>
QByteArray why(const core::Result<T> &result)
{
    return result.ok() ? QByteArray()
                       : result.error().code + ": " + result.error().diagnostic.toUtf8();
}

template <typename Row>
QList<qint64> idsOf(const QList<Row> &rows)
{
    QList<qint64> out;
    for (const Row &row : rows)
        out << row.id;
    return out;
}

} // namespace

/// PaymentRecords (API.md §7 `fetch_org_transactions`, `fetch_user_transactions`) called
/// directly on both engines: the lists and their order, a person's own view with rejection
/// reasons and adjustments, organisation isolation, who may read what, and lists that are
/// complete however long.
class tst_PaymentRecords : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void orgViewListsEachKindInItsOrder();
    void rowsCarryWhatTheListsShow();
    void anAdminReadsOnePersonOfTheOrganisation();
    void anotherOrganisationsRowsNeverAppear();
    void aPersonReadsTheirOwnRecordsWithAdjustments();
    void whoMayRead_data();
    void whoMayRead();
    void recordsFollowWhatThePayoutServiceWrote();
    void everyListIsComplete();

private:
    void seedRecords();
    void exec(const QString &sql);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<PaymentRecords> m_records;
};

void tst_PaymentRecords::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 4);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_records = std::make_unique<PaymentRecords>(*m_db);
    exec(u"INSERT INTO orgs (id, name, currency, min_payout_cents, created_at) VALUES "
         "('org-a', 'A', 'USD', 0, '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', 'USD', 0, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO users (id, org_id, role, first_name, last_name, osm_username, "
         "payment_email, city, country, terms_accepted_at, created_at) VALUES "
         "('admin', 'org-a', 'admin', 'Ada', 'Admin', 'ada_osm', 'ada@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('mapper', 'org-a', 'user', 'Mia', 'Maps', 'mia_osm', 'mia@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('mapper-2', 'org-a', 'user', 'Max', NULL, 'max_osm', 'max@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('validator', 'org-a', 'validator', NULL, NULL, 'val_osm', 'val@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('payee', 'org-a', 'user', 'Pat', 'Payee', 'pat_osm', 'pat@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('newcomer', 'org-a', 'user', NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
         "'2026-01-01T00:00:00Z'), "
         "('no-org', NULL, 'user', NULL, NULL, 'nora_osm', 'nora@pay.example', 'Lima', 'PE', "
         "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('admin-b', 'org-b', 'admin', 'Bo', 'Boss', 'bo_osm', 'bo@pay.example', 'Quito', "
         "'EC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('mapper-b', 'org-b', 'user', 'Bea', 'B', 'bea_osm', 'bea@pay.example', 'Quito', "
         "'EC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s);
}

void tst_PaymentRecords::cleanup()
{
    m_records.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_PaymentRecords::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

/// Requests, payments and adjustments of both organisations, with times chosen so that any
/// ordering mistake or any leaked row of org-b lands in the middle of org-a's lists.
void tst_PaymentRecords::seedRecords()
{
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, created_at) VALUES (77, 'org-a', 'Roads', "
         "'https://tasks.example/projects/77', 150, 50, '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO payment_requests (id, org_id, user_id, amount_cents, payment_email, "
         "status, notes, requested_at, decided_by, decided_at, decision_note) VALUES "
         "(11, 'org-a', 'mapper', 700, 'old@pay.example', 'pending', 'January', "
         "'2026-01-10T09:00:00Z', NULL, NULL, NULL), "
         "(12, 'org-a', 'mapper-2', 300, 'max@pay.example', 'pending', NULL, "
         "'2026-01-05T09:00:00Z', NULL, NULL, NULL), "
         "(13, 'org-a', 'validator', 200, 'val@pay.example', 'pending', NULL, "
         "'2026-01-05T09:00:00Z', NULL, NULL, NULL), "
         "(21, 'org-a', 'mapper', 400, 'old@pay.example', 'rejected', NULL, "
         "'2026-01-02T09:00:00Z', 'admin', '2026-01-03T10:00:00Z', 'Wrong payment email'), "
         "(22, 'org-a', 'mapper', 500, 'old@pay.example', 'paid', 'December', "
         "'2026-01-03T09:00:00Z', 'admin', '2026-01-04T10:00:00Z', NULL), "
         "(23, 'org-a', 'mapper-2', 100, 'max@pay.example', 'cancelled', NULL, "
         "'2026-01-06T09:00:00Z', 'mapper-2', '2026-01-06T12:00:00Z', NULL), "
         "(41, 'org-b', 'mapper-b', 900, 'bea@pay.example', 'pending', NULL, "
         "'2026-01-01T09:00:00Z', NULL, NULL, NULL), "
         "(42, 'org-b', 'mapper-b', 800, 'bea@pay.example', 'rejected', NULL, "
         "'2025-12-01T09:00:00Z', 'admin-b', '2026-01-05T00:00:00Z', 'No')"_s);
    // 34 and 31 were paid at the same moment: the higher id comes first.
    exec(u"INSERT INTO payments (id, org_id, user_id, request_id, amount_cents, external_ref, "
         "payment_email, paid_by, paid_at, notes) VALUES "
         "(31, 'org-a', 'mapper', 22, 500, 'PAY-1', 'old@pay.example', 'admin', "
         "'2026-01-04T10:00:00Z', NULL), "
         "(32, 'org-a', 'mapper', NULL, 250, 'MANUAL-2', 'mia@pay.example', 'admin', "
         "'2026-01-08T00:00:00Z', 'cash'), "
         "(33, 'org-b', 'mapper-b', NULL, 600, 'B-1', 'bea@pay.example', 'admin-b', "
         "'2026-01-06T00:00:00Z', NULL), "
         "(34, 'org-a', 'mapper-2', NULL, 150, 'MANUAL-3', 'max@pay.example', 'admin', "
         "'2026-01-04T10:00:00Z', NULL)"_s);
    // The mapper's adjustments, a credit that is no adjustment, someone else's adjustment and
    // one booked for the mapper in org-b: only the first two are the mapper's adjustments here.
    exec(u"INSERT INTO ledger_entries (id, org_id, user_id, kind, amount_cents, source_key, "
         "project_id, note, created_by, created_at) VALUES "
         "(61, 'org-a', 'mapper', 'mapping', 2000, 'seed-mapping', 77, NULL, NULL, "
         "'2026-01-01T00:00:00Z'), "
         "(62, 'org-a', 'mapper', 'adjustment', 300, 'seed-adj-1', 77, 'Bonus', 'admin', "
         "'2026-01-09T00:00:00Z'), "
         "(63, 'org-a', 'mapper', 'adjustment', -100, 'seed-adj-2', NULL, 'Correction', "
         "'admin', '2026-01-11T00:00:00Z'), "
         "(64, 'org-a', 'mapper-2', 'adjustment', 50, 'seed-adj-3', NULL, 'Other person', "
         "'admin', '2026-01-12T00:00:00Z'), "
         "(65, 'org-b', 'mapper', 'adjustment', 999, 'seed-adj-4', NULL, 'Elsewhere', "
         "'admin-b', '2026-01-13T00:00:00Z')"_s);
}

void tst_PaymentRecords::orgViewListsEachKindInItsOrder()
{
    seedRecords();
    const auto records = m_records->org(Admin, {});
    QVERIFY2(records.ok(), why(records).constData());
    // Pending: oldest request first, a tie (12 and 13) by id.
    QCOMPARE(idsOf(records.value().pending), QList<qint64>({ 12, 13, 11 }));
    // Decided: newest decision first, whatever the request times.
    QCOMPARE(idsOf(records.value().decided), QList<qint64>({ 23, 22, 21 }));
    // Payments: newest first, a tie (31 and 34) by id, newest id first.
    QCOMPARE(idsOf(records.value().payments), QList<qint64>({ 32, 34, 31 }));
    // Adjustments belong to a person's own view only.
    QVERIFY(records.value().adjustments.isEmpty());
}

void tst_PaymentRecords::rowsCarryWhatTheListsShow()
{
    seedRecords();
    const auto records = m_records->org(Admin, {});
    QVERIFY2(records.ok(), why(records).constData());
    const auto &pending = records.value().pending;
    QCOMPARE(pending.size(), 3);

    const domain::PayRequestRow &open = pending.at(2);
    QCOMPARE(open.id, 11);
    QCOMPARE(open.userId, u"mapper"_s);
    QCOMPARE(open.userName, u"Mia Maps"_s);
    QCOMPARE(open.osmUsername, u"mia_osm"_s);
    // The payee's current payment email, not the one stored with the request.
    QCOMPARE(open.paymentEmail, u"mia@pay.example"_s);
    QCOMPARE(open.amount, Money(700));
    QCOMPARE(open.requestedAt, utc(u"2026-01-10T09:00:00Z"_s));
    QCOMPARE(open.notes, u"January"_s);
    QCOMPARE(open.status, PaymentStatus::Pending);
    QCOMPARE(open.decidedBy, QString());
    QVERIFY(!open.decidedAt.isValid());
    QCOMPARE(open.decisionNote, QString());
    QCOMPARE(open.paymentId, 0);
    // Names are trimmed when a part is missing.
    QCOMPARE(pending.at(0).userName, u"Max"_s);
    QCOMPARE(pending.at(1).userName, QString());
    QCOMPARE(pending.at(1).osmUsername, u"val_osm"_s);

    const auto &decided = records.value().decided;
    QCOMPARE(decided.size(), 3);
    const domain::PayRequestRow &cancelled = decided.at(0);
    QCOMPARE(cancelled.status, PaymentStatus::Cancelled);
    QCOMPARE(cancelled.decidedBy, u"mapper-2"_s);
    QCOMPARE(cancelled.paymentId, 0);
    const domain::PayRequestRow &paid = decided.at(1);
    QCOMPARE(paid.status, PaymentStatus::Paid);
    QCOMPARE(paid.amount, Money(500));
    QCOMPARE(paid.notes, u"December"_s);
    QCOMPARE(paid.decidedBy, u"admin"_s);
    QCOMPARE(paid.decidedAt, utc(u"2026-01-04T10:00:00Z"_s));
    QCOMPARE(paid.paymentId, 31);
    const domain::PayRequestRow &rejected = decided.at(2);
    QCOMPARE(rejected.status, PaymentStatus::Rejected);
    QCOMPARE(rejected.decidedAt, utc(u"2026-01-03T10:00:00Z"_s));
    QCOMPARE(rejected.decisionNote, u"Wrong payment email"_s);
    QCOMPARE(rejected.paymentId, 0);

    const auto &payments = records.value().payments;
    QCOMPARE(payments.size(), 3);
    const domain::PaymentRow &manual = payments.at(0);
    QCOMPARE(manual.id, 32);
    QCOMPARE(manual.requestId, 0);
    QCOMPARE(manual.userId, u"mapper"_s);
    QCOMPARE(manual.userName, u"Mia Maps"_s);
    QCOMPARE(manual.osmUsername, u"mia_osm"_s);
    QCOMPARE(manual.amount, Money(250));
    QCOMPARE(manual.externalRef, u"MANUAL-2"_s);
    QCOMPARE(manual.paidAt, utc(u"2026-01-08T00:00:00Z"_s));
    QCOMPARE(manual.paidBy, u"admin"_s);
    QCOMPARE(manual.notes, u"cash"_s);
    const domain::PaymentRow &forRequest = payments.at(2);
    QCOMPARE(forRequest.id, 31);
    QCOMPARE(forRequest.requestId, 22);
    // The payment email at payment time, not the payee's current one.
    QCOMPARE(forRequest.paymentEmail, u"old@pay.example"_s);
    QCOMPARE(forRequest.externalRef, u"PAY-1"_s);
    QCOMPARE(forRequest.notes, QString());
}

void tst_PaymentRecords::anAdminReadsOnePersonOfTheOrganisation()
{
    seedRecords();
    const auto mapper = m_records->org(Admin, u"mapper"_s);
    QVERIFY2(mapper.ok(), why(mapper).constData());
    QCOMPARE(idsOf(mapper.value().pending), QList<qint64>({ 11 }));
    QCOMPARE(idsOf(mapper.value().decided), QList<qint64>({ 22, 21 }));
    QCOMPARE(idsOf(mapper.value().payments), QList<qint64>({ 32, 31 }));
    QVERIFY(mapper.value().adjustments.isEmpty());

    const auto second = m_records->org(Admin, u"mapper-2"_s);
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(idsOf(second.value().pending), QList<qint64>({ 12 }));
    QCOMPARE(idsOf(second.value().decided), QList<qint64>({ 23 }));
    QCOMPARE(idsOf(second.value().payments), QList<qint64>({ 34 }));

    // A person of another organisation, or nobody, has no records here.
    for (const QString &stranger : { u"mapper-b"_s, u"nobody"_s }) {
        const auto none = m_records->org(Admin, stranger);
        QVERIFY2(none.ok(), why(none).constData());
        QVERIFY(none.value().pending.isEmpty());
        QVERIFY(none.value().decided.isEmpty());
        QVERIFY(none.value().payments.isEmpty());
    }
}

void tst_PaymentRecords::anotherOrganisationsRowsNeverAppear()
{
    seedRecords();
    const auto b = m_records->org(OtherOrgAdmin, {});
    QVERIFY2(b.ok(), why(b).constData());
    QCOMPARE(idsOf(b.value().pending), QList<qint64>({ 41 }));
    QCOMPARE(idsOf(b.value().decided), QList<qint64>({ 42 }));
    QCOMPARE(idsOf(b.value().payments), QList<qint64>({ 33 }));
    QCOMPARE(b.value().decided.at(0).decisionNote, u"No"_s);

    const auto aPersonOfA = m_records->org(OtherOrgAdmin, u"mapper"_s);
    QVERIFY2(aPersonOfA.ok(), why(aPersonOfA).constData());
    QVERIFY(aPersonOfA.value().pending.isEmpty());
    QVERIFY(aPersonOfA.value().decided.isEmpty());
    QVERIFY(aPersonOfA.value().payments.isEmpty());
}

void tst_PaymentRecords::aPersonReadsTheirOwnRecordsWithAdjustments()
{
    seedRecords();
    const auto mine = m_records->mine(Mapper);
    QVERIFY2(mine.ok(), why(mine).constData());
    QCOMPARE(idsOf(mine.value().pending), QList<qint64>({ 11 }));
    QCOMPARE(idsOf(mine.value().decided), QList<qint64>({ 22, 21 }));
    QCOMPARE(mine.value().decided.at(1).decisionNote, u"Wrong payment email"_s);
    QCOMPARE(idsOf(mine.value().payments), QList<qint64>({ 32, 31 }));

    // Adjustments, newest first: not the mapping credit, not mapper-2's, not org-b's.
    const auto &adjustments = mine.value().adjustments;
    QCOMPARE(idsOf(adjustments), QList<qint64>({ 63, 62 }));
    QCOMPARE(adjustments.at(0).kind, domain::LedgerKind::Adjustment);
    QCOMPARE(adjustments.at(0).amount, Money(-100));
    QCOMPARE(adjustments.at(0).note, u"Correction"_s);
    QCOMPARE(adjustments.at(0).projectId, 0);
    QCOMPARE(adjustments.at(0).createdBy, u"admin"_s);
    QCOMPARE(adjustments.at(0).createdAt, utc(u"2026-01-11T00:00:00Z"_s));
    QCOMPARE(adjustments.at(1).amount, Money(300));
    QCOMPARE(adjustments.at(1).note, u"Bonus"_s);
    QCOMPARE(adjustments.at(1).projectId, 77);

    const auto validator = m_records->mine(Validator);
    QVERIFY2(validator.ok(), why(validator).constData());
    QCOMPARE(idsOf(validator.value().pending), QList<qint64>({ 13 }));
    QVERIFY(validator.value().decided.isEmpty());
    QVERIFY(validator.value().payments.isEmpty());
    QVERIFY(validator.value().adjustments.isEmpty());
}

void tst_PaymentRecords::whoMayRead_data()
{
    QTest::addColumn<Caller>("caller");
    QTest::addColumn<QByteArray>("orgView");
    QTest::addColumn<QByteArray>("ownView");
    QTest::addColumn<int>("ownPending"); // requests in the caller's own view

    QTest::newRow("a mapper reads only their own")
        << Mapper << QByteArray("forbidden") << QByteArray("ok") << 1;
    QTest::newRow("a validator reads only their own")
        << Validator << QByteArray("forbidden") << QByteArray("ok") << 1;
    QTest::newRow("an admin reads the organisation's")
        << Admin << QByteArray("ok") << QByteArray("ok") << 0;
    QTest::newRow("the admin of another org reads theirs")
        << OtherOrgAdmin << QByteArray("ok") << QByteArray("ok") << 0;
    QTest::newRow("a person without an organisation has an empty own view")
        << NoOrg << QByteArray("no_organisation") << QByteArray("ok") << 0;
    QTest::newRow("a person not onboarded reads their own")
        << NotOnboarded << QByteArray("onboarding_required") << QByteArray("ok") << 0;
    QTest::newRow("an admin not onboarded reads no organisation's")
        << NotOnboardedAdmin << QByteArray("onboarding_required") << QByteArray("ok") << 0;
}

void tst_PaymentRecords::whoMayRead()
{
    QFETCH(Caller, caller);
    QFETCH(QByteArray, orgView);
    QFETCH(QByteArray, ownView);
    QFETCH(int, ownPending);
    seedRecords();
    QCOMPARE(codeOf(m_records->org(caller, {})), orgView);
    QCOMPARE(codeOf(m_records->org(caller, u"mapper"_s)), orgView);
    const auto own = m_records->mine(caller);
    QCOMPARE(codeOf(own), ownView);
    QVERIFY(own.ok());
    QCOMPARE(own.value().pending.size(), ownPending);
}

void tst_PaymentRecords::recordsFollowWhatThePayoutServiceWrote()
{
    const domain::PayoutService payouts(*m_db, m_clock);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "created_at) VALUES ('org-a', 'payee', 'mapping', 1000, 'k1', "
         "'2026-01-02T00:00:00Z')"_s);
    const QDateTime t0 = m_clock.nowUtc();
    const auto first = payouts.requestPayout(Payee, u"first"_s);
    QVERIFY2(first.ok(), why(first).constData());
    m_clock.advance(1h);
    const QDateTime t1 = m_clock.nowUtc();
    QVERIFY(payouts.reject(Admin, first.value().id, u"Wrong payment email"_s).ok());
    const auto second = payouts.requestPayout(Payee, u"second"_s);
    QVERIFY2(second.ok(), why(second).constData());
    m_clock.advance(1h);
    const QDateTime t2 = m_clock.nowUtc();
    const auto paid = payouts.pay(Admin, second.value().id, Money(600), u"PAY-9"_s, u"partial"_s);
    QVERIFY2(paid.ok(), why(paid).constData());
    m_clock.advance(1h);
    const QDateTime t3 = m_clock.nowUtc();
    const auto adjusted
        = payouts.recordAdjustment(Admin, u"payee"_s, Money(-50), u"Duplicate credit"_s, u"op-1"_s);
    QVERIFY2(adjusted.ok(), why(adjusted).constData());
    m_clock.advance(1h);
    const QDateTime t4 = m_clock.nowUtc();
    // 1000 earned, 600 paid, 50 taken back: 350 left to request.
    const auto third = payouts.requestPayout(Payee, u"third"_s);
    QVERIFY2(third.ok(), why(third).constData());
    QCOMPARE(third.value().amount, Money(350));

    const auto mine = m_records->mine(Payee);
    QVERIFY2(mine.ok(), why(mine).constData());
    QCOMPARE(idsOf(mine.value().pending), QList<qint64>({ third.value().id }));
    const domain::PayRequestRow &open = mine.value().pending.at(0);
    QCOMPARE(open.amount, Money(350));
    QCOMPARE(open.notes, u"third"_s);
    QCOMPARE(open.requestedAt, t4);
    QCOMPARE(open.paymentEmail, u"pat@pay.example"_s);

    QCOMPARE(idsOf(mine.value().decided), QList<qint64>({ second.value().id, first.value().id }));
    const domain::PayRequestRow &paidRow = mine.value().decided.at(0);
    QCOMPARE(paidRow.status, PaymentStatus::Paid);
    QCOMPARE(paidRow.amount, Money(1000)); // the amount requested; the payment says 600
    QCOMPARE(paidRow.requestedAt, t1);
    QCOMPARE(paidRow.decidedAt, t2);
    QCOMPARE(paidRow.decidedBy, u"admin"_s);
    QCOMPARE(paidRow.paymentId, paid.value().id);
    const domain::PayRequestRow &rejectedRow = mine.value().decided.at(1);
    QCOMPARE(rejectedRow.status, PaymentStatus::Rejected);
    QCOMPARE(rejectedRow.requestedAt, t0);
    QCOMPARE(rejectedRow.decidedAt, t1);
    QCOMPARE(rejectedRow.decisionNote, u"Wrong payment email"_s);
    QCOMPARE(rejectedRow.notes, u"first"_s);

    QCOMPARE(idsOf(mine.value().payments), QList<qint64>({ paid.value().id }));
    const domain::PaymentRow &payment = mine.value().payments.at(0);
    QCOMPARE(payment.requestId, second.value().id);
    QCOMPARE(payment.amount, Money(600));
    QCOMPARE(payment.externalRef, u"PAY-9"_s);
    QCOMPARE(payment.paidAt, t2);
    QCOMPARE(payment.paidBy, u"admin"_s);
    QCOMPARE(payment.notes, u"partial"_s);
    QCOMPARE(payment.paymentEmail, u"pat@pay.example"_s);
    QCOMPARE(payment.userName, u"Pat Payee"_s);

    QCOMPARE(idsOf(mine.value().adjustments), QList<qint64>({ adjusted.value() }));
    QCOMPARE(mine.value().adjustments.at(0).amount, Money(-50));
    QCOMPARE(mine.value().adjustments.at(0).note, u"Duplicate credit"_s);
    QCOMPARE(mine.value().adjustments.at(0).createdBy, u"admin"_s);
    QCOMPARE(mine.value().adjustments.at(0).createdAt, t3);

    // The admin's view of the organisation holds the same rows.
    const auto org = m_records->org(Admin, {});
    QVERIFY2(org.ok(), why(org).constData());
    QCOMPARE(idsOf(org.value().pending), idsOf(mine.value().pending));
    QCOMPARE(idsOf(org.value().decided), idsOf(mine.value().decided));
    QCOMPARE(idsOf(org.value().payments), idsOf(mine.value().payments));
}

void tst_PaymentRecords::everyListIsComplete()
{
    // 501 decided requests, payments and adjustments of the validator, one minute apart and
    // written newest first, so that the oldest has the highest id: every one is listed (the
    // lists stopped at 500 before, and said nothing), newest first by time, not by id.
    const QDateTime base = utc(u"2025-01-01T00:00:00Z"_s);
    const auto written = m_db->inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        for (int i = 500; i >= 0; --i) {
            const QVariant at = store::utcValue(base.addSecs(60 * i));
            auto request = tx.exec(u"INSERT INTO payment_requests (org_id, user_id, amount_cents, "
                                   "payment_email, status, requested_at, decided_by, decided_at, "
                                   "decision_note) VALUES ('org-a', 'validator', :amount, "
                                   "'val@pay.example', 'rejected', :at, 'admin', :at, 'No')"_s,
                { { u"amount"_s, 100 + i }, { u"at"_s, at } });
            if (!request.ok())
                return request.error();
            auto payment = tx.exec(u"INSERT INTO payments (org_id, user_id, amount_cents, "
                                   "external_ref, payment_email, paid_by, paid_at) VALUES "
                                   "('org-a', 'validator', :amount, :ref, 'val@pay.example', "
                                   "'admin', :at)"_s,
                { { u"amount"_s, 100 + i }, { u"ref"_s, u"REF-%1"_s.arg(i) }, { u"at"_s, at } });
            if (!payment.ok())
                return payment.error();
            auto adjustment = tx.exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, "
                                      "amount_cents, source_key, note, created_by, created_at) "
                                      "VALUES ('org-a', 'validator', 'adjustment', :amount, "
                                      ":key, 'n', 'admin', :at)"_s,
                { { u"amount"_s, 100 + i }, { u"key"_s, u"adj-%1"_s.arg(i) }, { u"at"_s, at } });
            if (!adjustment.ok())
                return adjustment.error();
        }
        return {};
    });
    QVERIFY2(written.ok(), why(written).constData());

    const auto mine = m_records->mine(Validator);
    QVERIFY2(mine.ok(), why(mine).constData());
    const auto &set = mine.value();
    QCOMPARE(set.decided.size(), 501);
    QCOMPARE(set.payments.size(), 501);
    QCOMPARE(set.adjustments.size(), 501);
    // Amount 100 + i marks the minute: newest (i = 500) first, the oldest (i = 0) last.
    QCOMPARE(set.decided.constFirst().amount, Money(600));
    QCOMPARE(set.decided.constLast().amount, Money(100));
    QCOMPARE(set.payments.constFirst().amount, Money(600));
    QCOMPARE(set.payments.constLast().amount, Money(100));
    QCOMPARE(set.adjustments.constFirst().amount, Money(600));
    QCOMPARE(set.adjustments.constLast().amount, Money(100));

    const auto org = m_records->org(Admin, {});
    QVERIFY2(org.ok(), why(org).constData());
    QCOMPARE(org.value().decided.size(), 501);
    QCOMPARE(org.value().decided.constLast().amount, Money(100));
    QCOMPARE(org.value().payments.size(), 501);
    QCOMPARE(org.value().payments.constLast().amount, Money(100));
    // The admin's adjustments are the organisation's, each naming its person and its maker.
    QCOMPARE(org.value().orgAdjustments.size(), 501);
    QCOMPARE(org.value().orgAdjustments.constLast().entry.amount, Money(100));
    QCOMPARE(org.value().orgAdjustments.constFirst().userId, u"validator"_s);
    QCOMPARE(org.value().orgAdjustments.constFirst().osmUsername, u"val_osm"_s);
    QCOMPARE(org.value().orgAdjustments.constFirst().createdByName, u"Ada Admin"_s);
    QVERIFY(org.value().adjustments.isEmpty());
    QCOMPARE(org.value().payments.constFirst().paidByName, u"Ada Admin"_s);
}

QTEST_GUILESS_MAIN(tst_PaymentRecords)
#include "tst_PaymentRecords.moc"
