#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {

const QStringList ExpectedTables {
    u"applied_operations"_s,
    u"audit_log"_s,
    u"checklist_comments"_s,
    u"checklist_items"_s,
    u"checklists"_s,
    u"ledger_entries"_s,
    u"ledger_totals"_s,
    u"org_task_activity"_s,
    u"mapper_outcomes"_s,
    u"orgs"_s,
    u"osm_username_changes"_s,
    u"osm_usernames"_s,
    u"payment_requests"_s,
    u"payments"_s,
    u"project_members"_s,
    u"project_spent"_s,
    u"project_task_status"_s,
    u"project_trainings"_s,
    u"projects"_s,
    u"schema_migrations"_s,
    u"sync_runs"_s,
    u"task_events"_s,
    u"task_counts"_s,
    u"tasks"_s,
    u"training_answers"_s,
    u"training_attempts"_s,
    u"training_completions"_s,
    u"training_questions"_s,
    u"trainings"_s,
    u"user_checklist_items"_s,
    u"user_checklists"_s,
    u"users"_s,
};

/// Tables and indexes with their definitions: equal before and after means nothing changed.
QStringList schemaSnapshot(store::Database &db)
{
    auto tx = db.begin();
    if (!tx.ok())
        return { u"error: "_s + tx.error().diagnostic };
    const QString sql = db.engine() == store::Engine::Sqlite
        ? u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
          "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s
        : u"SELECT 'table ' || table_name FROM information_schema.tables WHERE table_schema = "
          u"'public' "
          "UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes "
          "WHERE schemaname = 'public' ORDER BY 1"_s;
    auto rows = tx.value().exec(sql);
    if (!rows.ok())
        return { u"error: "_s + rows.error().diagnostic };
    QStringList out;
    while (rows.value().next())
        out << rows.value().value(0).toString();
    return out;
}

QStringList tableNames(store::Database &db)
{
    QStringList tables;
    for (const QString &entry : schemaSnapshot(db)) {
        if (entry.startsWith(u"table "_s))
            tables << entry.section(u' ', 1, 1);
    }
    tables.sort();
    return tables;
}

/// The versions the shipped migrations carry, in order (what a fresh database must end up with).
QList<int> shippedVersions(store::Database &db, const core::Clock &clock)
{
    QList<int> versions;
    const auto available = store::Migrator(db, clock).available();
    if (available.ok()) {
        for (const store::Migration &m : available.value())
            versions << m.version;
    }
    return versions;
}

QList<int> recordedVersions(store::Database &db)
{
    auto tx = db.begin();
    auto rows = tx.value().exec(u"SELECT version FROM schema_migrations ORDER BY version"_s);
    QList<int> versions;
    if (!rows.ok())
        return versions;
    while (rows.value().next())
        versions << rows.value().value(0).toInt();
    return versions;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

class tst_Migrator : public QObject
{
    Q_OBJECT
private slots:
    void emptyDatabaseGetsTheWholeSchema();
    void secondRunChangesNothing();
    void failingMigrationLeavesNothingBehind();
    void editedMigrationIsRefused();
    void concurrentProcessesApplyEachMigrationOnce();

private:
    testing::TestClock m_clock;
};

void tst_Migrator::emptyDatabaseGetsTheWholeSchema()
{
    MIKRO_TEMP_DATABASE(temp);
    store::Database db(temp->config());
    QCOMPARE(tableNames(db), QStringList());
    const QList<int> shipped = shippedVersions(db, m_clock);
    QVERIFY(shipped.size() >= 2);
    QCOMPARE(shipped.constFirst(), 1);
    const auto report = store::Migrator(db, m_clock).migrate();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().diagnostic));
    QCOMPARE(report.value().applied, shipped);
    QCOMPARE(report.value().alreadyApplied, 0);
    QCOMPARE(report.value().schemaVersion, shipped.constLast());
    QStringList expected = ExpectedTables;
    if (db.engine() == store::Engine::Sqlite)
        expected << u"sqlite_sequence"_s; // AUTOINCREMENT bookkeeping
    expected.sort();
    QStringList actual = tableNames(db);
    actual.removeAll(u"sqlite_sequence"_s);
    expected.removeAll(u"sqlite_sequence"_s);
    QCOMPARE(actual, expected);
    QCOMPARE(recordedVersions(db), shipped);
}

void tst_Migrator::secondRunChangesNothing()
{
    MIKRO_TEMP_DATABASE(temp);
    store::Database db(temp->config());
    QVERIFY(store::Migrator(db, m_clock).migrate().ok());
    const QStringList before = schemaSnapshot(db);
    QVERIFY(before.size() > ExpectedTables.size());
    const auto again = store::Migrator(db, m_clock).migrate();
    QVERIFY(again.ok());
    QCOMPARE(again.value().applied, QList<int>());
    QCOMPARE(again.value().alreadyApplied, shippedVersions(db, m_clock).size());
    QCOMPARE(schemaSnapshot(db), before);
    QCOMPARE(recordedVersions(db), shippedVersions(db, m_clock));
}

void tst_Migrator::failingMigrationLeavesNothingBehind()
{
    MIKRO_TEMP_DATABASE(temp);
    QTemporaryDir dir;
    writeFile(
        dir.filePath(u"0001_first.sql"_s), "CREATE TABLE first_table (id INTEGER PRIMARY KEY);");
    writeFile(dir.filePath(u"0002_broken.sql"_s),
        "CREATE TABLE second_table (id INTEGER PRIMARY KEY);\nCREATE TABLE oops (;");
    store::Database db(temp->config());
    const auto report = store::Migrator(db, m_clock, dir.path()).migrate();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, core::ErrorKind::Internal);
    // One transaction: neither the first migration nor the bookkeeping table survived.
    QCOMPARE(tableNames(db), QStringList());
}

void tst_Migrator::editedMigrationIsRefused()
{
    MIKRO_TEMP_DATABASE(temp);
    QTemporaryDir dir;
    writeFile(
        dir.filePath(u"0001_first.sql"_s), "CREATE TABLE first_table (id INTEGER PRIMARY KEY);");
    store::Database db(temp->config());
    QVERIFY(store::Migrator(db, m_clock, dir.path()).migrate().ok());
    writeFile(dir.filePath(u"0001_first.sql"_s),
        "CREATE TABLE first_table (id INTEGER PRIMARY KEY, extra TEXT);");
    const auto report = store::Migrator(db, m_clock, dir.path()).migrate();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, QByteArray("migration_changed"));
}

void tst_Migrator::concurrentProcessesApplyEachMigrationOnce()
{
    MIKRO_TEMP_DATABASE(temp);
    constexpr int Processes = 4;
    std::vector<std::unique_ptr<QProcess>> processes;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto extra = temp->environment();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    for (int i = 0; i < Processes; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        processes.push_back(std::move(process));
    }
    int latest = 0;
    {
        store::Database probe(temp->config());
        latest = shippedVersions(probe, m_clock).constLast();
    }
    // Started back to back, so their migration transactions overlap.
    for (auto &process : processes)
        process->start(QStringLiteral(MIKRO_SERVER_BIN), { u"--migrate-only"_s });
    for (auto &process : processes) {
        QVERIFY(QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 60000));
        const QByteArray output = process->readAll();
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
            output.constData());
        QVERIFY2(
            output.contains("schema version " + QByteArray::number(latest)), output.constData());
    }
    store::Database db(temp->config());
    QCOMPARE(recordedVersions(db), shippedVersions(db, m_clock));
    QCOMPARE(store::Migrator(db, m_clock).migrate().value().applied, QList<int>());
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_Migrator.moc"
