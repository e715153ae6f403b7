#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The two migration sets (resources/sql/migrations/*.postgres.sql and *.sqlite.sql) describe one
/// schema: after migrating both engines, their catalogs must list the same tables, columns
/// (nullability, primary keys), unique keys (partial ones too), foreign keys and named indexes,
/// and the same writes must leave the same rows in the tables that triggers maintain.
class tst_SchemaParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameTables();
    void sameColumns();
    void sameUniqueKeys();
    void sameForeignKeys();
    void sameNamedIndexes();
    void triggersHaveTheSameEffects();

private:
    /// The lines only one side has, for a failure message.
    static QByteArray difference(const QStringList &sqlite, const QStringList &pg);
    /// Rows of a catalog query as one text line each, sorted.
    static QStringList lines(store::Database &db, const QString &sql);
    QStringList tables(store::Database &db) const;
    QStringList sqliteEach(const QString &pragma,
        const std::function<QString(const QString &table, const store::Rows &)> &line);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_pgTemp;
    std::shared_ptr<testing::TempDatabase> m_sqliteTemp;
    std::unique_ptr<store::Database> m_pg;
    std::unique_ptr<store::Database> m_sqlite;
};

void tst_SchemaParity::initTestCase()
{
    auto pg = testing::TempDatabase::create(store::Engine::Postgres);
    if (!pg.ok()) {
        if (testing::TempDatabase::postgresRequired())
            QFAIL(qPrintable(pg.error().diagnostic));
        QSKIP(qPrintable(pg.error().diagnostic));
    }
    auto sqlite = testing::TempDatabase::create(store::Engine::Sqlite);
    QVERIFY(sqlite.ok());
    m_pgTemp = pg.value();
    m_sqliteTemp = sqlite.value();
    m_pg = std::make_unique<store::Database>(m_pgTemp->config(), 1);
    m_sqlite = std::make_unique<store::Database>(m_sqliteTemp->config(), 1);
    QVERIFY(store::Migrator(*m_pg, m_clock).migrate().ok());
    QVERIFY(store::Migrator(*m_sqlite, m_clock).migrate().ok());
}

void tst_SchemaParity::cleanupTestCase()
{
    m_pg.reset();
    m_sqlite.reset();
    m_pgTemp.reset();
    m_sqliteTemp.reset();
}

QByteArray tst_SchemaParity::difference(const QStringList &sqlite, const QStringList &pg)
{
    QStringList only;
    for (const QString &line : sqlite)
        if (!pg.contains(line))
            only << u"only SQLite: "_s + line;
    for (const QString &line : pg)
        if (!sqlite.contains(line))
            only << u"only PostgreSQL: "_s + line;
    return only.join(u"; "_s).toUtf8();
}

QStringList tst_SchemaParity::lines(store::Database &db, const QString &sql)
{
    QStringList out;
    auto read = db.inReadTransaction([&](store::Transaction &tx) -> core::Result<void> {
        auto rows = tx.exec(sql);
        if (!rows.ok())
            return rows.error();
        const int columns = rows.value().record().count();
        while (rows.value().next()) {
            QStringList fields;
            for (int i = 0; i < columns; ++i)
                fields << rows.value().value(i).toString();
            out << fields.join(u' ');
        }
        return {};
    });
    if (!read.ok())
        qWarning() << read.error();
    out.sort();
    return out;
}

QStringList tst_SchemaParity::tables(store::Database &db) const
{
    return db.engine() == store::Engine::Postgres
        ? lines(db,
            u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE'"_s)
        : lines(db,
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
}

QStringList tst_SchemaParity::sqliteEach(const QString &pragma,
    const std::function<QString(const QString &table, const store::Rows &)> &line)
{
    QStringList out;
    for (const QString &table : tables(*m_sqlite)) {
        auto read = m_sqlite->inReadTransaction([&](store::Transaction &tx) -> core::Result<void> {
            auto rows = tx.exec(pragma.arg(table));
            if (!rows.ok())
                return rows.error();
            while (rows.value().next()) {
                const QString text = line(table, rows.value());
                if (!text.isEmpty())
                    out << text;
            }
            return {};
        });
        if (!read.ok())
            qWarning() << read.error();
    }
    out.sort();
    return out;
}

void tst_SchemaParity::sameTables()
{
    const QStringList pg = tables(*m_pg);
    QVERIFY(pg.size() > 20);
    QVERIFY2(tables(*m_sqlite) == pg, difference(tables(*m_sqlite), pg).constData());
}

void tst_SchemaParity::sameColumns()
{
    // table column nullable primary-key-position
    const QStringList pg = lines(*m_pg,
        u"SELECT c.table_name, c.column_name, "
        "CASE WHEN c.is_nullable = 'YES' THEN 'null' ELSE 'not-null' END, "
        "COALESCE((SELECT k.ordinal_position FROM information_schema.table_constraints t "
        "  JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name "
        "  AND k.table_name = t.table_name WHERE t.constraint_type = 'PRIMARY KEY' "
        "  AND t.table_name = c.table_name AND k.column_name = c.column_name), 0) "
        "FROM information_schema.columns c JOIN information_schema.tables t "
        "ON t.table_name = c.table_name AND t.table_schema = c.table_schema "
        "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"_s);
    const QStringList sqlite
        = sqliteEach(u"PRAGMA table_info(%1)"_s, [](const QString &table, const store::Rows &r) {
              const int pk = r.value(u"pk"_s).toInt();
              // SQLite lets a primary key column hold NULL unless it says NOT NULL; an INTEGER
              // PRIMARY KEY is the rowid and never null: both are "not null" as on PostgreSQL.
              const bool notNull = r.value(u"notnull"_s).toInt() == 1 || pk > 0;
              return u"%1 %2 %3 %4"_s.arg(table, r.value(u"name"_s).toString(),
                  notNull ? u"not-null"_s : u"null"_s, QString::number(pk));
          });
    QVERIFY(pg.size() > 150);
    QVERIFY2(sqlite == pg, difference(sqlite, pg).constData());
}

void tst_SchemaParity::sameUniqueKeys()
{
    // table(columns) [partial]: unique constraints and unique indexes alike, primary keys apart.
    const QStringList pg = lines(*m_pg,
        u"SELECT c.relname || '(' || string_agg(COALESCE(a.attname, 'expression'), ',' ORDER BY "
        u"k.n) "
        "|| ')' || "
        "CASE WHEN i.indpred IS NOT NULL THEN ' partial' ELSE '' END "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
        "JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public' "
        "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
        "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
        "WHERE i.indisunique AND NOT i.indisprimary "
        "GROUP BY c.relname, i.indexrelid, i.indpred"_s);
    QStringList sqlite;
    for (const QString &table : tables(*m_sqlite)) {
        const QStringList indexes = lines(*m_sqlite,
            u"SELECT name || ' ' || \"partial\" FROM pragma_index_list('%1') "
            "WHERE \"unique\" = 1 AND origin <> 'pk'"_s.arg(table));
        for (const QString &index : indexes) {
            const QString name = index.section(u' ', 0, 0);
            const bool partial = index.section(u' ', 1, 1) == "1"_L1;
            const QStringList columns = lines(*m_sqlite,
                u"SELECT printf('%03d', seqno) || ' ' || name FROM pragma_index_info('%1')"_s.arg(
                    name));
            QStringList names;
            for (const QString &c : columns) // an expression has no column name
                names << (c.section(u' ', 1).isEmpty() ? u"expression"_s : c.section(u' ', 1));
            sqlite << u"%1(%2)%3"_s.arg(
                table, names.join(u','), partial ? u" partial"_s : QString());
        }
    }
    sqlite.sort();
    QVERIFY(pg.size() > 5);
    QVERIFY2(sqlite == pg, difference(sqlite, pg).constData());
}

void tst_SchemaParity::sameForeignKeys()
{
    // table.column -> table.column
    const QStringList pg = lines(*m_pg,
        u"SELECT c.relname || '.' || a.attname || ' -> ' || rc.relname || '.' || ra.attname "
        "FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid "
        "JOIN pg_class rc ON rc.oid = f.confrelid "
        "CROSS JOIN LATERAL unnest(f.conkey, f.confkey) AS k(col, refcol) "
        "JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.col "
        "JOIN pg_attribute ra ON ra.attrelid = f.confrelid AND ra.attnum = k.refcol "
        "JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = 'public' "
        "WHERE f.contype = 'f'"_s);
    const QStringList sqlite = sqliteEach(
        u"PRAGMA foreign_key_list(%1)"_s, [this](const QString &table, const store::Rows &r) {
            QString to = r.value(u"to"_s).toString();
            const QString parent = r.value(u"table"_s).toString();
            if (to.isEmpty()) { // REFERENCES parent without columns: its primary key
                const QStringList pk = lines(*m_sqlite,
                    u"SELECT name FROM pragma_table_info('%1') WHERE pk = 1"_s.arg(parent));
                to = pk.value(0);
            }
            return u"%1.%2 -> %3.%4"_s.arg(table, r.value(u"from"_s).toString(), parent, to);
        });
    QVERIFY(pg.size() > 10);
    QVERIFY2(sqlite == pg, difference(sqlite, pg).constData());
}

void tst_SchemaParity::sameNamedIndexes()
{
    // Indexes made by CREATE INDEX (not those behind a key or a unique constraint).
    const QStringList pg = lines(*m_pg,
        u"SELECT i.indexname FROM pg_indexes i WHERE i.schemaname = 'public' AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"_s);
    // Engine-specific on purpose: SQLite's rollup triggers sweep emptied rows with one
    // DELETE … WHERE events = 0 (this partial index finds them); PostgreSQL's function deletes
    // the row it emptied by its key.
    const QStringList sqliteOnly { u"idx_org_task_activity_spent"_s };
    QStringList sqlite = lines(*m_sqlite,
        u"SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"_s);
    for (const QString &name : sqliteOnly)
        QVERIFY2(sqlite.removeAll(name) == 1, qPrintable(name + u" is no longer on SQLite"_s));
    QVERIFY(pg.size() > 5);
    QVERIFY2(sqlite == pg, difference(sqlite, pg).constData());
}

void tst_SchemaParity::triggersHaveTheSameEffects()
{
    // The same writes on both engines; every table a trigger maintains ends the same.
    const QStringList writes {
        u"INSERT INTO orgs (id, name, currency, min_payout_cents, created_at) VALUES "
        "('org-a', 'Org A', 'USD', 1000, '2026-01-01T00:00:00Z')"_s,
        u"INSERT INTO users (id, org_id, osm_username, role, created_at) VALUES "
        "('admin-a', 'org-a', 'AdminOne', 'admin', '2026-01-01T00:00:00Z'), "
        "('user-a', 'org-a', 'mapper_two', 'user', '2026-01-01T00:00:00Z')"_s,
        u"UPDATE users SET osm_username = 'mapper_2' WHERE id = 'user-a'"_s,
        u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents, "
        "created_at) VALUES (101, 'org-a', 'P', 'https://tasks.example/projects/101', 150, 50, "
        "'2026-01-01T00:00:00Z')"_s,
        u"INSERT INTO tasks (project_id, task_id, status, mapping_rate_cents, "
        "validation_rate_cents, mapper_user_id, updated_at) VALUES "
        "(101, 1, 'MAPPED', 150, 50, 'user-a', '2026-01-01T00:00:00Z'), "
        "(101, 2, 'MAPPED', 150, 50, 'user-a', '2026-01-01T00:00:00Z'), "
        "(101, 3, 'READY', 150, 50, NULL, '2026-01-01T00:00:00Z')"_s,
        u"UPDATE tasks SET status = 'VALIDATED', validator_user_id = 'admin-a' WHERE task_id = 2"_s,
        u"UPDATE tasks SET status = 'INVALIDATED' WHERE task_id = 1"_s,
        u"UPDATE tasks SET needs_review = TRUE, review_reason = 'self_validation' WHERE task_id = 1"_s,
        u"UPDATE tasks SET status = 'VALIDATED' WHERE task_id = 1"_s,
        u"UPDATE tasks SET needs_review = FALSE WHERE task_id = 1"_s,
        u"INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, "
        "action_at, ingested_at) VALUES "
        "(101, 1, 11, 'MAPPED', 'mapper_2', '2026-01-05T10:19:53Z', '2026-01-06T00:00:00Z'), "
        "(101, 2, 12, 'MAPPED', 'mapper_2', '2026-01-05T10:29:53Z', '2026-01-06T00:00:00Z'), "
        "(101, 2, 13, 'VALIDATED', 'AdminOne', '2026-01-05T11:00:00Z', '2026-01-06T00:00:00Z'), "
        "(101, 1, 14, 'MAPPED', 'mapper_2', '2026-01-05T10:20:00Z', '2026-01-06T00:00:00Z')"_s,
        u"DELETE FROM task_events WHERE history_id = 14"_s,
        u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
        "project_id, created_at) VALUES "
        "('org-a', 'user-a', 'mapping', 150, 'k1', 101, '2026-01-06T00:00:00Z'), "
        "('org-a', 'user-a', 'mapping', 150, 'k2', 101, '2026-01-06T00:00:00Z'), "
        "('org-a', 'admin-a', 'validation', 50, 'k3', 101, '2026-01-06T00:00:00Z'), "
        "('org-a', 'user-a', 'reversal', -150, 'k4', 101, '2026-01-07T00:00:00Z'), "
        "('org-a', 'user-a', 'adjustment', 70, 'k5', 101, '2026-01-07T00:00:00Z'), "
        "('org-a', 'user-a', 'checklist', 20, 'k6', NULL, '2026-01-07T00:00:00Z')"_s,
        u"DELETE FROM tasks WHERE task_id = 3"_s,
    };
    for (store::Database *db : { m_pg.get(), m_sqlite.get() })
        for (const QString &sql : writes)
            testing::execSql(*db, sql);
    const QStringList derived { u"ledger_totals"_s, u"task_counts"_s, u"org_task_activity"_s,
        u"project_task_status"_s, u"osm_usernames"_s, u"project_spent"_s, u"mapper_outcomes"_s };
    for (const QString &table : derived) {
        // Every column as text, times compared by their instant.
        const QStringList columns = lines(*m_sqlite,
            u"SELECT printf('%03d', cid) || ' ' || name || ' ' || type FROM pragma_table_info('%1')"_s
                .arg(table));
        QStringList select;
        for (const QString &c : columns) {
            const QString name = c.section(u' ', 1, 1);
            select << name;
        }
        const QString sql = u"SELECT %1 FROM %2"_s.arg(select.join(u", "_s), table);
        QStringList pg = lines(*m_pg, sql);
        QStringList sqlite = lines(*m_sqlite, sql);
        // PostgreSQL prints booleans and times its own way: normalise both to the same text.
        auto normalise = [](QStringList rows) {
            for (QString &row : rows)
                row.replace(u"+00:00"_s, u"Z"_s).replace(u".000Z"_s, u"Z"_s);
            rows.sort();
            return rows;
        };
        QVERIFY2(!pg.isEmpty() || table == "osm_username_changes"_L1, qPrintable(table));
        QVERIFY2(normalise(sqlite) == normalise(pg),
            (table.toUtf8() + ": " + difference(normalise(sqlite), normalise(pg))).constData());
    }
}

QTEST_GUILESS_MAIN(tst_SchemaParity)
#include "tst_SchemaParity.moc"
