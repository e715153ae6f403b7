#include "services/store/SqlScript.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using mikro::store::splitSqlScript;

class tst_SqlScript : public QObject
{
    Q_OBJECT
private slots:
    void splitsOnSemicolons();
    void keepsSemicolonsInsideQuotesAndComments();
    void keepsDollarQuotedBodiesWhole();
    void keepsTriggerBodiesWhole();
    void triggerAfterACommentIsStillATrigger();
    void dropsCommentOnlyPieces();
    void shippedMigrationsSplitIntoCreateStatements();
};

void tst_SqlScript::splitsOnSemicolons()
{
    QCOMPARE(splitSqlScript(u"CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);"_s),
        QStringList({ u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s }));
}

void tst_SqlScript::keepsSemicolonsInsideQuotesAndComments()
{
    const QStringList parts = splitSqlScript(
        u"INSERT INTO t VALUES ('a;b', 'it''s;');\n-- a comment; with a semicolon\n"
        "SELECT \"odd;name\" FROM t; /* block; comment */ SELECT 2;"_s);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0], u"INSERT INTO t VALUES ('a;b', 'it''s;')"_s);
    QCOMPARE(parts[1], u"SELECT \"odd;name\" FROM t"_s);
    QCOMPARE(parts[2], u"SELECT 2"_s);
}

void tst_SqlScript::keepsDollarQuotedBodiesWhole()
{
    const QStringList parts = splitSqlScript(u"CREATE FUNCTION f() RETURNS trigger LANGUAGE "
                                             u"plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\n"
                                             "  RETURN NULL;\nEND;\n$$;\nSELECT 1;"_s);
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts[0].endsWith(u"END;\n$$"_s));
}

void tst_SqlScript::keepsTriggerBodiesWhole()
{
    const QStringList parts = splitSqlScript(
        u"CREATE TRIGGER t BEFORE UPDATE ON x\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\n"
        "CREATE TABLE y (begin_at TEXT, end_at TEXT);"_s);
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts[0].endsWith(u"END"_s));
    QCOMPARE(parts[1], u"CREATE TABLE y (begin_at TEXT, end_at TEXT)"_s);
}

void tst_SqlScript::triggerAfterACommentIsStillATrigger()
{
    const QStringList parts = splitSqlScript(
        u"-- why the trigger exists\nCREATE TRIGGER t BEFORE DELETE ON x\nBEGIN\n    SELECT 1;\nEND;"_s);
    QCOMPARE(parts.size(), 1);
    QVERIFY(parts[0].startsWith(u"CREATE TRIGGER"_s));
    QVERIFY(parts[0].endsWith(u"END"_s));
}

void tst_SqlScript::dropsCommentOnlyPieces()
{
    QCOMPARE(splitSqlScript(u"-- only a comment\n;\n/* and another */;"_s), QStringList());
}

void tst_SqlScript::shippedMigrationsSplitIntoCreateStatements()
{
    for (const QString &name : { u"0001_schema.postgres.sql"_s, u"0001_schema.sqlite.sql"_s }) {
        QFile file(u":/mikro/migrations/"_s + name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QStringList parts = splitSqlScript(QString::fromUtf8(file.readAll()));
        QVERIFY(parts.size() > 40);
        for (const QString &part : parts) {
            const QString head = part.simplified().section(u' ', 0, 0);
            QVERIFY2(head == "CREATE"_L1, qPrintable(name + u": "_s + part.left(80)));
        }
    }
}

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_SqlScript.moc"
