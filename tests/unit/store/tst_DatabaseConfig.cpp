#include "services/store/DatabaseConfig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mikro::core::ConfigReader;
using mikro::store::DatabaseConfig;
using mikro::store::Engine;

class tst_DatabaseConfig : public QObject
{
    Q_OBJECT
private slots:
    void nothingConfiguredMeansEmbeddedSqlite();
    void databaseUrlIsParsed();
    void postgresVariablesAsDeployed();
    void halfConfiguredPostgresIsAnErrorNotAFallback();
    void badDatabaseUrlIsNamed();
    void describeNeverShowsThePassword();
};

void tst_DatabaseConfig::nothingConfiguredMeansEmbeddedSqlite()
{
    ConfigReader reader({});
    const DatabaseConfig config = DatabaseConfig::fromSettings(reader, u"/data/mikro.sqlite"_s);
    QCOMPARE(config.engine, Engine::Sqlite);
    QCOMPARE(config.sqlitePath, u"/data/mikro.sqlite"_s);
    QVERIFY(reader.finish().ok());
}

void tst_DatabaseConfig::databaseUrlIsParsed()
{
    ConfigReader reader({ { u"DATABASE_URL"_s,
        u"postgresql://mikro:p%40ss@db.example:25060/mikro?sslmode=require"_s } });
    const DatabaseConfig config = DatabaseConfig::fromSettings(reader, {});
    QVERIFY(reader.finish().ok());
    QCOMPARE(config.engine, Engine::Postgres);
    QCOMPARE(config.host, u"db.example"_s);
    QCOMPARE(config.port, 25060);
    QCOMPARE(config.databaseName, u"mikro"_s);
    QCOMPARE(config.user, u"mikro"_s);
    QCOMPARE(config.password.reveal(), QByteArray("p@ss"));
    QCOMPARE(config.sslMode, u"require"_s);
}

void tst_DatabaseConfig::postgresVariablesAsDeployed()
{
    ConfigReader reader({ { u"POSTGRES_DB"_s, u"mikro"_s }, { u"POSTGRES_USER"_s, u"app"_s },
        { u"POSTGRES_PASSWORD"_s, u"pw"_s }, { u"POSTGRES_ENDPOINT"_s, u"10.0.0.5"_s },
        { u"POSTGRES_PORT"_s, u"25060"_s }, { u"POSTGRES_SSLMODE"_s, u"verify-full"_s } });
    const DatabaseConfig config = DatabaseConfig::fromSettings(reader, {});
    QVERIFY(reader.finish().ok());
    QCOMPARE(config.engine, Engine::Postgres);
    QCOMPARE(config.host, u"10.0.0.5"_s);
    QCOMPARE(config.port, 25060);
    QCOMPARE(config.sslMode, u"verify-full"_s);
}

void tst_DatabaseConfig::halfConfiguredPostgresIsAnErrorNotAFallback()
{
    ConfigReader reader({ { u"POSTGRES_DB"_s, u"mikro"_s }, { u"POSTGRES_PORT"_s, u"0"_s } });
    const DatabaseConfig config = DatabaseConfig::fromSettings(reader, u"/data/x.sqlite"_s);
    QCOMPARE(config.engine, Engine::Postgres);
    const auto result = reader.finish();
    QVERIFY(!result.ok());
    for (const auto *name : { "POSTGRES_USER", "POSTGRES_ENDPOINT", "POSTGRES_PORT" })
        QVERIFY2(result.error().message.contains(QLatin1StringView(name)),
            qPrintable(result.error().message));
}

void tst_DatabaseConfig::badDatabaseUrlIsNamed()
{
    ConfigReader reader({ { u"DATABASE_URL"_s, u"mysql://x@y/z"_s } });
    (void)DatabaseConfig::fromSettings(reader, {});
    const auto result = reader.finish();
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"DATABASE_URL"_s));
}

void tst_DatabaseConfig::describeNeverShowsThePassword()
{
    ConfigReader reader({ { u"DATABASE_URL"_s, u"postgresql://mikro:topsecret@db:5432/mikro"_s } });
    const DatabaseConfig config = DatabaseConfig::fromSettings(reader, {});
    QVERIFY(!config.describe().contains(u"topsecret"_s));
    QVERIFY(config.describe().contains(u"db:5432/mikro"_s));
}

QTEST_GUILESS_MAIN(tst_DatabaseConfig)
#include "tst_DatabaseConfig.moc"
