#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace mikro;

/// Database::SharedReads: a request's reads share one transaction; a write on the thread ends
/// it; refreshReads() ends it so that a poll sees other requests' commits (SQLite keeps a read
/// transaction's snapshot to its end — the idempotent replay's wait depended on this).
class tst_SharedReads : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSharedReadKeepsItsSnapshotUntilRefreshed();
    void aWriteOnTheThreadEndsTheSharedRead();
    void refreshingWithoutASharedReadChangesNothing();

private:
    [[nodiscard]] qint64 orgCount();
    [[nodiscard]] bool insertOrg(const QString &id);
    [[nodiscard]] bool insertOrgOnAnotherThread(const QString &id);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
};

void tst_SharedReads::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config());
    const auto migrated = store::Migrator(*m_db, m_clock).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().diagnostic));
}

void tst_SharedReads::cleanup()
{
    m_db.reset();
    m_temp.reset();
}

qint64 tst_SharedReads::orgCount()
{
    auto counted = m_db->inReadTransaction([](store::Transaction &tx) -> core::Result<qint64> {
        auto rows = tx.exec(u"SELECT COUNT(*) FROM orgs"_s);
        if (!rows.ok())
            return rows.error();
        if (!rows.value().next())
            return core::Error::make(core::ErrorKind::Internal, "no_row", u"no row"_s);
        return rows.value().value(0).toLongLong();
    });
    return counted.ok() ? counted.value() : -1;
}

bool tst_SharedReads::insertOrg(const QString &id)
{
    auto inserted = m_db->inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto rows = tx.exec(u"INSERT INTO orgs (id, name, currency, min_payout_cents, created_at) "
                            "VALUES (:id, :id, 'USD', 0, '2026-01-01T00:00:00Z')"_s,
            { { u"id"_s, id } });
        if (!rows.ok())
            return rows.error();
        return {};
    });
    return inserted.ok();
}

bool tst_SharedReads::insertOrgOnAnotherThread(const QString &id)
{
    return QtConcurrent::run(&m_db->pool(), [this, id] { return insertOrg(id); }).result();
}

void tst_SharedReads::aSharedReadKeepsItsSnapshotUntilRefreshed()
{
    const store::Database::SharedReads reads(*m_db);
    QCOMPARE(orgCount(), 0);
    QVERIFY(insertOrgOnAnotherThread(u"org-elsewhere"_s));
    if (m_db->engine() == store::Engine::Sqlite)
        QCOMPARE(orgCount(), 0); // the shared transaction's snapshot: what a poll would see forever
    m_db->refreshReads();
    QCOMPARE(orgCount(), 1);
    QVERIFY(insertOrgOnAnotherThread(u"org-elsewhere-2"_s));
    m_db->refreshReads();
    QCOMPARE(orgCount(), 2);
}

void tst_SharedReads::aWriteOnTheThreadEndsTheSharedRead()
{
    const store::Database::SharedReads reads(*m_db);
    QCOMPARE(orgCount(), 0);
    // On SQLite a write inside the open read transaction could not begin at all.
    QVERIFY(insertOrg(u"org-here"_s));
    QCOMPARE(orgCount(), 1);
}

void tst_SharedReads::refreshingWithoutASharedReadChangesNothing()
{
    m_db->refreshReads();
    QVERIFY(insertOrg(u"org-plain"_s));
    m_db->refreshReads();
    QCOMPARE(orgCount(), 1);
}

QTEST_GUILESS_MAIN(tst_SharedReads)
#include "tst_SharedReads.moc"
