#include "services/domain/money/PayoutService.h"
#include "services/domain/money/ReconciliationService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using core::Money;
using domain::Caller;
using domain::Role;

namespace {
const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
} // namespace

/// Reconciliation (DESIGN.md §4): export the batch, import the provider's answer, pay what matches
/// in one transaction, never twice; both engines.
class tst_ReconciliationService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportListsPendingRequestsExactly();
    void importPaysMatchesOnceAndListsTheRest();
    void providerColumnsThroughAMapping();
    void malformedFileNamesTheLineAndPaysNothing();
    void aReferenceTwiceInOneFilePaysOnce();
    void aRowInAnotherCurrencyIsNeverPaid();
    void theAdminsOwnRequestWaitsForAnotherAdmin();

private:
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);
    qint64 request(const QString &user, qint64 cents, const QString &notes);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::ReconciliationService> m_reconcile;
    std::unique_ptr<domain::PayoutService> m_payouts;
};

void tst_ReconciliationService::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config());
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_reconcile = std::make_unique<domain::ReconciliationService>(*m_db, m_clock);
    m_payouts = std::make_unique<domain::PayoutService>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, currency, created_at) VALUES ('org-a', 'A', 'EUR', "
         u"'2026-01-01T00:00:00Z'), "
         "('org-b', 'B', 'USD', '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO users (id, org_id, role, created_at) VALUES ('admin', 'org-a', 'admin', "
        u"'2026-01-01T00:00:00Z'), "
        "('ana', 'org-a', 'user', '2026-01-01T00:00:00Z'), ('ben', 'org-a', 'user', "
        "'2026-01-01T00:00:00Z'), "
        "('cai', 'org-a', 'user', '2026-01-01T00:00:00Z'), ('admin-b', 'org-b', 'admin', '2026-01-01T00:00:00Z')"_s);
}

void tst_ReconciliationService::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_reconcile.reset();
    m_payouts.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_ReconciliationService::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

qint64 tst_ReconciliationService::scalar(const QString &sql)
{
    return testing::scalarSql(*m_db, sql);
}

qint64 tst_ReconciliationService::request(const QString &user, qint64 cents, const QString &notes)
{
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         u"created_at) VALUES "
         "('org-a', '%1', 'mapping', %2, 'credit-%1', '2026-01-01T00:00:00Z')"_s.arg(user)
             .arg(cents));
    exec(u"INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, status, "
         u"notes, requested_at) "
         "VALUES ('org-a', '%1', %2, '%1@pay.example', 'pending', '%3', '2026-01-02T00:00:00Z')"_s
             .arg(user)
             .arg(cents)
             .arg(notes));
    return scalar(u"SELECT id FROM payment_requests WHERE user_id = '%1'"_s.arg(user));
}

void tst_ReconciliationService::exportListsPendingRequestsExactly()
{
    const qint64 a = request(u"ana"_s, 1250, u"June, thanks"_s);
    const qint64 b = request(u"ben"_s, 5, u"=cmd()"_s);
    const auto csv = m_reconcile->exportPending(Admin);
    QVERIFY(csv.ok());
    const QByteArray expected = "email,amount,currency,request_id,note\r\n"
                                "ana@pay.example,12.50,EUR,"
        + QByteArray::number(a)
        + ",\"June, thanks\"\r\n"
          "ben@pay.example,0.05,EUR,"
        + QByteArray::number(b) + ",'=cmd()\r\n";
    QCOMPARE(csv.value().csv, expected);
    QCOMPARE(csv.value().rows, 2);
    QCOMPARE(csv.value().total, core::Money(1255));
    QCOMPARE(m_reconcile->exportPending(OtherOrgAdmin).value().csv,
        QByteArray("email,amount,currency,request_id,note\r\n"));
    QCOMPARE(m_reconcile->exportPending(OtherOrgAdmin).value().rows, 0);
}

void tst_ReconciliationService::importPaysMatchesOnceAndListsTheRest()
{
    const qint64 a = request(u"ana"_s, 1250, {});
    const qint64 b = request(u"ben"_s, 700, {});
    const qint64 c = request(u"cai"_s, 300, {});
    const QByteArray file = "email,amount,currency,request_id,note,status,reference\n"
                            "ana@pay.example,12.50,EUR,"
        + QByteArray::number(a)
        + ",,paid,TX-1\n"
          "ben@pay.example,7.01,EUR,"
        + QByteArray::number(b)
        + ",,paid,TX-2\n"
          "wrong@pay.example,3.00,EUR,"
        + QByteArray::number(c)
        + ",,paid,TX-3\n"
          "x@pay.example,1.00,EUR,999999,,paid,TX-4\n"
          "cai@pay.example,3.00,EUR,"
        + QByteArray::number(c) + ",,failed,TX-5\n";
    const auto preview = m_reconcile->preview(Admin, file);
    QVERIFY(preview.ok());
    QCOMPARE(preview.value().count(domain::ImportVerdict::Matched), 1);
    QCOMPARE(preview.value().count(domain::ImportVerdict::AmountMismatch), 1);
    QCOMPARE(preview.value().count(domain::ImportVerdict::EmailMismatch), 1);
    QCOMPARE(preview.value().count(domain::ImportVerdict::NotFound), 1);
    QCOMPARE(preview.value().count(domain::ImportVerdict::ProviderFailed), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0); // a preview pays nothing

    const auto applied = m_reconcile->apply(Admin, file);
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().diagnostic));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(scalar(u"SELECT external_ref = 'TX-1' FROM payments"_s), 1);
    QCOMPARE(
        scalar(
            u"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'payout' AND amount_cents = -1250"_s),
        1);

    // The same file again pays nothing: the row is now already decided.
    const auto again = m_reconcile->apply(Admin, file);
    QVERIFY(again.ok());
    QCOMPARE(again.value().count(domain::ImportVerdict::Matched), 0);
    QCOMPARE(again.value().count(domain::ImportVerdict::AlreadyPaid), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
}

void tst_ReconciliationService::providerColumnsThroughAMapping()
{
    const qint64 a = request(u"ana"_s, 1250, {});
    domain::ColumnMapping provider;
    provider.requestId = u"Custom ID"_s;
    provider.email = u"Payee Email"_s;
    provider.amount = u"Net Amount"_s;
    provider.status = u"Transaction Status"_s;
    provider.reference = u"Transaction ID"_s;
    const QByteArray file = "Transaction ID,Payee Email,Net Amount,Transaction Status,Custom ID\n"
                            "PP-9,ANA@pay.example,12.50,Completed,"
        + QByteArray::number(a) + "\n";
    const auto applied = m_reconcile->apply(Admin, file, provider);
    QVERIFY(applied.ok());
    QCOMPARE(applied.value().count(domain::ImportVerdict::Matched), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments WHERE external_ref = 'PP-9'"_s), 1);
}

void tst_ReconciliationService::malformedFileNamesTheLineAndPaysNothing()
{
    const qint64 a = request(u"ana"_s, 1250, {});
    const QByteArray file = "email,amount,currency,request_id,note,status,reference\n"
                            "ana@pay.example,12.50,EUR,"
        + QByteArray::number(a)
        + ",,paid,TX-1\n"
          "ben@pay.example,12.505,EUR,2,,paid,TX-2\n";
    const auto refused = m_reconcile->apply(Admin, file);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QByteArray("invalid_csv"));
    QCOMPARE(refused.error().details.value(u"line"_s).toInt(), 3);
    QVERIFY(refused.error().message.contains(u"3"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
    QCOMPARE(m_reconcile->apply(Admin, "request_id,amount\n1,2.00\n").error().code,
        QByteArray("invalid_csv"));
}

void tst_ReconciliationService::aReferenceTwiceInOneFilePaysOnce()
{
    const qint64 a = request(u"ana"_s, 1250, {});
    const qint64 b = request(u"ben"_s, 700, {});
    // Both rows match, but they share a transfer reference: the second is a duplicate row of the
    // file (API.md §11.1) and is left unpaid, in the preview and when applied.
    const QByteArray file = "email,amount,currency,request_id,note,status,reference\n"
                            "ana@pay.example,12.50,EUR,"
        + QByteArray::number(a)
        + ",,paid,TX-1\n"
          "ben@pay.example,7.00,EUR,"
        + QByteArray::number(b) + ",,paid,TX-1\n";
    const auto applied = m_reconcile->apply(Admin, file);
    QVERIFY(applied.ok());
    QCOMPARE(applied.value().rows[1].verdict, domain::ImportVerdict::DuplicateRow);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE status = 'pending'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE id = %1 AND status = "
                    "'pending'"_s.arg(b)),
        1);
}

void tst_ReconciliationService::aRowInAnotherCurrencyIsNeverPaid()
{
    // Issue 10 #3: a EUR organisation; the header in other cases and without a status column.
    const qint64 a = request(u"ana"_s, 1250, {});
    const qint64 b = request(u"ben"_s, 700, {});
    const QByteArray file = " EMAIL ,Amount,CURRENCY,Request_Id,Reference\n"
                            "ana@pay.example,12.50,USD,"
        + QByteArray::number(a)
        + ",TX-1\n"
          "ben@pay.example,7.00,eur,"
        + QByteArray::number(b) + ",TX-2\n";
    const auto preview = m_reconcile->preview(Admin, file);
    QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().diagnostic));
    QCOMPARE(preview.value().rows.size(), 2);
    QCOMPARE(preview.value().rows[0].verdict, domain::ImportVerdict::CurrencyMismatch);
    QCOMPARE(domain::verdictName(preview.value().rows[0].verdict), u"currency_mismatch"_s);
    QCOMPARE(preview.value().rows[1].verdict, domain::ImportVerdict::Matched);

    const auto applied = m_reconcile->apply(Admin, file);
    QVERIFY(applied.ok());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments WHERE external_ref = 'TX-2'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payment_requests WHERE id = %1 AND status = "
                    "'pending'"_s.arg(a)),
        1);
    // A file without the currency column is in the organisation's currency.
    const QByteArray plain = "request_id,email,amount,reference\n" + QByteArray::number(a)
        + ",ana@pay.example,12.50,TX-3\n";
    QCOMPARE(m_reconcile->preview(Admin, plain).value().count(domain::ImportVerdict::Matched), 1);
}

void tst_ReconciliationService::theAdminsOwnRequestWaitsForAnotherAdmin()
{
    // Issue 10 #2: no money to oneself without a second admin, in an import too.
    const qint64 own = request(u"admin"_s, 900, {});
    const QByteArray file = "request_id,email,amount,reference\n" + QByteArray::number(own)
        + ",admin@pay.example,9.00,TX-9\n";
    const auto applied = m_reconcile->apply(Admin, file);
    QVERIFY(applied.ok());
    QCOMPARE(applied.value().count(domain::ImportVerdict::OwnAccount), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
}

QTEST_GUILESS_MAIN(tst_ReconciliationService)
#include "tst_ReconciliationService.moc"
